package nl.effectmeter.generate;

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
          new Organisation("UWV", "Uitvoeringsinstituut Werknemersverzekeringen", "zbo"),
          new Organisation("SVB", "Sociale Verzekeringsbank", "zbo"),
          new Organisation("DUO", "Dienst Uitvoering Onderwijs", "rijk"),
          new Organisation("BDT", "Belastingdienst/Toeslagen", "rijk"),
          new Organisation("GM0363", "Gemeente Amsterdam", "gemeente"),
          new Organisation("GM0599", "Gemeente Rotterdam", "gemeente"),
          new Organisation("GM0518", "Gemeente 's-Gravenhage", "gemeente"),
          new Organisation("GM0344", "Gemeente Utrecht", "gemeente"),
          new Organisation("GM0772", "Gemeente Eindhoven", "gemeente"),
          new Organisation("GM0014", "Gemeente Groningen", "gemeente"),
          new Organisation("GM0193", "Gemeente Zwolle", "gemeente"),
          new Organisation("GM0935", "Gemeente Maastricht", "gemeente"),
          new Organisation("GM0088", "Gemeente Schiermonnikoog", "gemeente"),
          new Organisation("PV26", "Provincie Utrecht", "provincie"),
          new Organisation("HDSR", "Hoogheemraadschap De Stichtse Rijnlanden", "waterschap"));

  private DutchOrganisations() {}
}
