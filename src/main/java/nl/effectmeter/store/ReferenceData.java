package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** The reference data a run used, keyed by code in code order. */
public record ReferenceData(
    Map<String, Organisation> organisations,
    Map<String, Regulation> regulations,
    Map<String, Municipality> municipalities,
    Map<String, OutcomeType> outcomeTypes) {

  public ReferenceData {
    requireNonNull(organisations, "organisations is null");
    requireNonNull(regulations, "regulations is null");
    requireNonNull(municipalities, "municipalities is null");
    requireNonNull(outcomeTypes, "outcomeTypes is null");
  }

  public record Organisation(String code, String name, String governmentLayer) {
    public Organisation {
      requireNonNull(code, "code is null");
    }
  }

  public record Regulation(
      String code, String name, Integer legalTermDays, Integer outcomeWindowDays) {
    public Regulation {
      requireNonNull(code, "code is null");
    }
  }

  public record Municipality(String code, String name, String provinceCode, Long population) {
    public Municipality {
      requireNonNull(code, "code is null");
    }
  }

  public record OutcomeType(String code, String name, Boolean intended, Double societalValueEur) {
    public OutcomeType {
      requireNonNull(code, "code is null");
    }
  }
}
