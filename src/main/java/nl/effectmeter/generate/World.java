package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.reference.OutcomeType;

/**
 * The world the generator simulates and writes as reference data: Dutch executing organisations,
 * regulations with their legal terms and how their cases behave, municipalities with CBS codes, and
 * outcome types. The constructor checks the bundled tables, so that a mistake in them stops the
 * generator instead of producing reference data the job would quarantine.
 */
public record World(
    List<Organisation> organisations,
    List<SimulatedRegulation> regulations,
    List<Municipality> municipalities,
    List<OutcomeType> outcomeTypes) {

  public World {
    organisations = List.copyOf(requireNonNull(organisations, "organisations is null"));
    regulations = List.copyOf(requireNonNull(regulations, "regulations is null"));
    municipalities = List.copyOf(requireNonNull(municipalities, "municipalities is null"));
    outcomeTypes = List.copyOf(requireNonNull(outcomeTypes, "outcomeTypes is null"));
    organisations.forEach(World::check);
    municipalities.forEach(World::check);
    outcomeTypes.forEach(World::check);
  }

  private static final Set<String> LAYERS = Set.copyOf(CodeLists.GOVERNMENT_LAYERS);

  private static void check(Organisation organisation) {
    requireNonNull(organisation.name(), "name of " + organisation.code() + " is null");
    if (!LAYERS.contains(organisation.governmentLayer())) {
      throw new IllegalArgumentException(
          "Unknown government layer of organisation "
              + organisation.code()
              + ": "
              + organisation.governmentLayer());
    }
  }

  private static void check(Municipality municipality) {
    String code = municipality.code();
    requireNonNull(municipality.name(), "name of " + code + " is null");
    if (!code.matches("GM\\d{4}")) {
      throw new IllegalArgumentException("Municipality code is not GM + 4 digits: " + code);
    }
    String province = municipality.provinceCode();
    if (province == null || !province.matches("PV\\d{2}")) {
      throw new IllegalArgumentException(
          "Province code of " + code + " is not PV + 2 digits: " + province);
    }
    if (municipality.population() == null || municipality.population() < 0) {
      throw new IllegalArgumentException(
          "Population of " + code + " is missing or negative: " + municipality.population());
    }
  }

  private static void check(OutcomeType type) {
    requireNonNull(type.name(), "name of " + type.code() + " is null");
    if (type.intended() == null
        || type.societalValueEur() == null
        || !(type.societalValueEur() >= 0)) {
      throw new IllegalArgumentException(
          "Outcome type " + type.code() + " needs intended and a societal value >= 0");
    }
  }

  /** The bundled Dutch reference data; populations are rounded 2024 figures. */
  public static World dutch() {
    return new World(
        DutchOrganisations.ALL, DutchRegulations.ALL, DutchMunicipalities.ALL, OUTCOME_TYPES);
  }

  private static final List<OutcomeType> OUTCOME_TYPES =
      List.of(
          new OutcomeType("employed", "Werk gevonden", true, 12000.0),
          new OutcomeType("income_secured", "Inkomen zeker gesteld", true, 2500.0),
          new OutcomeType("enrolled", "Ingeschreven in onderwijs", true, 4000.0),
          new OutcomeType("self_sufficient", "Zelfredzaam thuis", true, 6000.0),
          new OutcomeType("repayment_claim", "Terugvordering opgelegd", false, 0.0),
          new OutcomeType("project_completed", "Project gerealiseerd", true, 15000.0),
          new OutcomeType("permit_used", "Vergunning benut", true, 800.0));

  public Organisation organisation(String code) {
    return organisations.stream()
        .filter(o -> o.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown organisation: " + code));
  }

  public int municipalityIndex(String code) {
    for (int i = 0; i < municipalities.size(); i++) {
      if (municipalities.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unknown municipality: " + code);
  }

  public int regulationIndex(String code) {
    for (int i = 0; i < regulations.size(); i++) {
      if (regulations.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unknown regulation: " + code);
  }
}
