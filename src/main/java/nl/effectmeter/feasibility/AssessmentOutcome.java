package nl.effectmeter.feasibility;

import static java.util.Objects.requireNonNull;

/**
 * One row of assessment_outcomes: one stated expectation of an assessment against what the
 * published cells show over the months since the rules took effect.
 *
 * @param indicator {@code cases_received} for the expected cases per month, else the indicator the
 *     expectation names
 * @param status {@code ok}, or why realised is null: {@code not_published} or {@code too_early}
 * @param comparison for rates {@code better}, {@code worse} or {@code as_expected}; for cases
 *     {@code higher}, {@code lower} or {@code as_expected}; for cost the ratio realised ÷ expected
 *     with two decimals; null unless status is ok
 */
public record AssessmentOutcome(
    Assessment assessment,
    String indicator,
    double expected,
    int monthsObserved,
    Double realised,
    Double ciLow,
    Double ciHigh,
    String status,
    String comparison) {

  public static final String OK = "ok";

  public AssessmentOutcome {
    requireNonNull(assessment, "assessment is null");
    requireNonNull(indicator, "indicator is null");
    requireNonNull(status, "status is null");
    if (OK.equals(status) != (realised != null)) {
      throw new IllegalArgumentException(
          "Assessment "
              + assessment.id()
              + " "
              + indicator
              + ": realised "
              + realised
              + " with status "
              + status);
    }
  }
}
