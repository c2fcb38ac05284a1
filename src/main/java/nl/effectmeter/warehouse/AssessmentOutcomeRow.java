package nl.effectmeter.warehouse;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of assessment_outcomes as published ({@link
 * FeasibilityColumns#ASSESSMENT_OUTCOME_COLUMNS}): an assessment (its first columns, {@link
 * FeasibilityColumns#ASSESSMENT_COLUMNS}) and one of its expectations against what was realised;
 * every value may be null.
 */
public record AssessmentOutcomeRow(
    String assessmentId,
    String regulation,
    String assessedBy,
    String verdict,
    String assessedAt,
    String effectiveFrom,
    String indicator,
    Double expected,
    Long monthsObserved,
    Double realised,
    Double ciLow,
    Double ciHigh,
    String status,
    String comparison) {

  /**
   * The row by column name, in the table's column order: what Parquet and JSON are written from.
   */
  @JsonValue
  public Map<String, Object> columns() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(FeasibilityColumns.ASSESSMENT_ID, assessmentId);
    row.put(PublishedColumns.REGULATION, regulation);
    row.put(FeasibilityColumns.ASSESSED_BY, assessedBy);
    row.put(FeasibilityColumns.VERDICT, verdict);
    row.put(FeasibilityColumns.ASSESSED_AT, assessedAt);
    row.put(FeasibilityColumns.EFFECTIVE_FROM, effectiveFrom);
    row.put(PublishedColumns.INDICATOR, indicator);
    row.put(FeasibilityColumns.EXPECTED, expected);
    row.put(FeasibilityColumns.MONTHS_OBSERVED, monthsObserved);
    row.put(FeasibilityColumns.REALISED, realised);
    row.put(PublishedColumns.CI_LOW, ciLow);
    row.put(PublishedColumns.CI_HIGH, ciHigh);
    row.put(PublishedColumns.STATUS, status);
    row.put(FeasibilityColumns.COMPARISON, comparison);
    return Collections.unmodifiableMap(row);
  }

  /** The columns that describe the assessment ({@link FeasibilityColumns#ASSESSMENT_COLUMNS}). */
  public Map<String, Object> assessmentColumns() {
    Map<String, Object> assessment = new LinkedHashMap<>(columns());
    assessment.keySet().retainAll(FeasibilityColumns.ASSESSMENT_COLUMNS);
    return Collections.unmodifiableMap(assessment);
  }

  /** The columns of the expectation and what was realised: all but the assessment's. */
  public Map<String, Object> outcomeColumns() {
    Map<String, Object> outcome = new LinkedHashMap<>(columns());
    outcome.keySet().removeAll(FeasibilityColumns.ASSESSMENT_COLUMNS);
    return Collections.unmodifiableMap(outcome);
  }

  /** The row of these column values, as read back (a column missing reads as null). */
  public static AssessmentOutcomeRow of(Map<String, Object> columns) {
    return new AssessmentOutcomeRow(
        (String) columns.get(FeasibilityColumns.ASSESSMENT_ID),
        (String) columns.get(PublishedColumns.REGULATION),
        (String) columns.get(FeasibilityColumns.ASSESSED_BY),
        (String) columns.get(FeasibilityColumns.VERDICT),
        (String) columns.get(FeasibilityColumns.ASSESSED_AT),
        (String) columns.get(FeasibilityColumns.EFFECTIVE_FROM),
        (String) columns.get(PublishedColumns.INDICATOR),
        (Double) columns.get(FeasibilityColumns.EXPECTED),
        (Long) columns.get(FeasibilityColumns.MONTHS_OBSERVED),
        (Double) columns.get(FeasibilityColumns.REALISED),
        (Double) columns.get(PublishedColumns.CI_LOW),
        (Double) columns.get(PublishedColumns.CI_HIGH),
        (String) columns.get(PublishedColumns.STATUS),
        (String) columns.get(FeasibilityColumns.COMPARISON));
  }
}
