package nl.effectmeter.indicator;

import static java.util.Objects.requireNonNull;

/** One row of the published indicators table: a cell, an indicator and its value. */
public record IndicatorRow(
    CellKey cell,
    Indicator indicator,
    Double value,
    Double numerator,
    Double denominator,
    Long base,
    Double ciLow,
    Double ciHigh,
    Status status) {

  public IndicatorRow {
    requireNonNull(cell, "cell is null");
    requireNonNull(indicator, "indicator is null");
    requireNonNull(status, "status is null");
    if (status.isSuppressed()
        && (value != null
            || numerator != null
            || denominator != null
            || base != null
            || ciLow != null
            || ciHigh != null)) {
      throw new IllegalArgumentException(
          "A " + status.label() + " value must carry no numbers: " + indicator.id() + " " + cell);
    }
  }

  /** A value whose population is empty: only its base (0, or the cases behind it) is shown. */
  public static IndicatorRow noData(CellKey cell, Indicator indicator, long base) {
    return new IndicatorRow(cell, indicator, null, null, null, base, null, null, Status.NO_DATA);
  }

  /** This row with every number hidden under the given suppression status. */
  public IndicatorRow suppressed(Status suppression) {
    if (!suppression.isSuppressed()) {
      throw new IllegalArgumentException("Not a suppression status: " + suppression.label());
    }
    return new IndicatorRow(cell, indicator, null, null, null, null, null, null, suppression);
  }
}
