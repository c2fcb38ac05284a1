package nl.effectmeter.feasibility;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An uitvoeringstoets of a regulation (a row of feasibility_assessments): assessed by an
 * organisation or, for a UDO, by a government layer, with what it expected once the rules took
 * effect. Every expectation may be null (not stated).
 */
public record Assessment(
    String id,
    String regulation,
    String organisation,
    String governmentLayer,
    LocalDate assessedOn,
    LocalDate effectiveFrom,
    String verdict,
    Double expectedCasesPerMonth,
    Double expectedTimelyDecisionRate,
    Double expectedCostPerCase,
    Double expectedOutcomeAchievementRate) {

  public Assessment {
    requireNonNull(id, "id is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(assessedOn, "assessedOn is null");
    requireNonNull(effectiveFrom, "effectiveFrom is null");
    requireNonNull(verdict, "verdict is null");
    if ((organisation == null) == (governmentLayer == null)) {
      throw new IllegalArgumentException(
          "Assessment "
              + id
              + " needs exactly one of an organisation and a government layer, got "
              + organisation
              + " and "
              + governmentLayer);
    }
  }

  /** The organisation code or the layer that made the assessment. */
  public String assessedBy() {
    return organisation != null ? organisation : governmentLayer;
  }
}
