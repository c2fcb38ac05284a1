package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The reference data the generator writes and draws from: Dutch executing organisations,
 * regulations with their legal terms, municipalities with CBS codes, and outcome types.
 */
public record ReferenceData(
    List<Organisation> organisations,
    List<Regulation> regulations,
    List<Municipality> municipalities,
    List<OutcomeType> outcomeTypes) {

  public ReferenceData {
    organisations = List.copyOf(requireNonNull(organisations, "organisations is null"));
    regulations = List.copyOf(requireNonNull(regulations, "regulations is null"));
    municipalities = List.copyOf(requireNonNull(municipalities, "municipalities is null"));
    outcomeTypes = List.copyOf(requireNonNull(outcomeTypes, "outcomeTypes is null"));
  }

  /** The bundled Dutch reference data; populations are rounded 2024 figures. */
  public static ReferenceData dutch() {
    return new ReferenceData(
        DutchOrganisations.ALL, DutchRegulations.ALL, DutchMunicipalities.ALL, OUTCOME_TYPES);
  }

  private static final List<OutcomeType> OUTCOME_TYPES =
      List.of(
          new OutcomeType("employed", "Werk gevonden", true, 12000),
          new OutcomeType("income_secured", "Inkomen zeker gesteld", true, 2500),
          new OutcomeType("enrolled", "Ingeschreven in onderwijs", true, 4000),
          new OutcomeType("self_sufficient", "Zelfredzaam thuis", true, 6000),
          new OutcomeType("repayment_claim", "Terugvordering opgelegd", false, 0),
          new OutcomeType("project_completed", "Project gerealiseerd", true, 15000),
          new OutcomeType("permit_used", "Vergunning benut", true, 800));

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
