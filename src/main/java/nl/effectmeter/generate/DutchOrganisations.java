package nl.effectmeter.generate;

import static nl.effectmeter.reference.CodeLists.CENTRAL_GOVERNMENT_LAYER;
import static nl.effectmeter.reference.CodeLists.INDEPENDENT_BODY_LAYER;
import static nl.effectmeter.reference.CodeLists.MUNICIPALITY_LAYER;
import static nl.effectmeter.reference.CodeLists.PROVINCE_LAYER;
import static nl.effectmeter.reference.CodeLists.WATER_BOARD_LAYER;

import java.util.List;
import nl.effectmeter.reference.Organisation;

/** Executing organisations of the five government layers. */
final class DutchOrganisations {
  /** Municipalities that execute the municipal regulations; their code is their CBS code. */
  static final List<String> EXECUTING_MUNICIPALITIES =
      List.of(
          "GM0363", "GM0599", "GM0518", "GM0344", "GM0772", "GM0014", "GM0193", "GM0935", "GM0088");

  static final List<Organisation> ALL =
      List.of(
          new Organisation(
              "UWV", "Uitvoeringsinstituut Werknemersverzekeringen", INDEPENDENT_BODY_LAYER),
          new Organisation("SVB", "Sociale Verzekeringsbank", INDEPENDENT_BODY_LAYER),
          new Organisation("DUO", "Dienst Uitvoering Onderwijs", CENTRAL_GOVERNMENT_LAYER),
          new Organisation("BDT", "Belastingdienst/Toeslagen", CENTRAL_GOVERNMENT_LAYER),
          new Organisation("GM0363", "Gemeente Amsterdam", MUNICIPALITY_LAYER),
          new Organisation("GM0599", "Gemeente Rotterdam", MUNICIPALITY_LAYER),
          new Organisation("GM0518", "Gemeente 's-Gravenhage", MUNICIPALITY_LAYER),
          new Organisation("GM0344", "Gemeente Utrecht", MUNICIPALITY_LAYER),
          new Organisation("GM0772", "Gemeente Eindhoven", MUNICIPALITY_LAYER),
          new Organisation("GM0014", "Gemeente Groningen", MUNICIPALITY_LAYER),
          new Organisation("GM0193", "Gemeente Zwolle", MUNICIPALITY_LAYER),
          new Organisation("GM0935", "Gemeente Maastricht", MUNICIPALITY_LAYER),
          new Organisation("GM0088", "Gemeente Schiermonnikoog", MUNICIPALITY_LAYER),
          new Organisation("PV26", "Provincie Utrecht", PROVINCE_LAYER),
          new Organisation("HDSR", "Hoogheemraadschap De Stichtse Rijnlanden", WATER_BOARD_LAYER));

  private DutchOrganisations() {}
}
