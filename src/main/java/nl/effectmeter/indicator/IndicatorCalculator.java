package nl.effectmeter.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one cell's measures into its indicator values, before disclosure control.
 *
 * <p>A value whose base is 0, or a ratio whose denominator is 0, is {@code no_data}; everything
 * else is {@code ok} here and judged by {@link nl.effectmeter.privacy.Disclosure} afterwards.
 */
public final class IndicatorCalculator {
  private IndicatorCalculator() {}

  /** Whether the cell exists: at least one of its indicators has a base above 0. */
  public static boolean exists(CellMeasures m) {
    return m.received() > 0
        || m.decided() > 0
        || m.open() > 0
        || m.complaints() > 0
        || m.resolved() > 0
        || m.upheldKnown() > 0
        || m.receivedWithKey() > 0;
  }

  /** Every non-equity indicator defined for the cell's breakdown and granularity. */
  public static List<IndicatorRow> rows(CellKey cell, CellMeasures m) {
    List<IndicatorRow> rows = new ArrayList<>(Indicator.values().length);
    for (Indicator indicator : Indicator.values()) {
      if (!indicator.isGap() && indicator.isDefinedFor(cell.breakdown(), cell.granularity())) {
        rows.add(row(cell, indicator, m));
      }
    }
    return rows;
  }

  static IndicatorRow row(CellKey cell, Indicator indicator, CellMeasures m) {
    return switch (indicator) {
      case CASES_RECEIVED -> count(cell, indicator, m.received());
      case CASES_DECIDED -> count(cell, indicator, m.decided());
      case OPEN_CASES -> count(cell, indicator, m.open());
      case COMPLAINTS_RECEIVED -> count(cell, indicator, m.complaints());
      case TIMELY_DECISION_RATE -> rate(cell, indicator, m.timely(), m.decided());
      case THROUGHPUT_DAYS_MEDIAN -> statistic(cell, indicator, m.throughputMedian(), m.decided());
      case THROUGHPUT_DAYS_P90 -> statistic(cell, indicator, m.throughputP90(), m.decided());
      case COST_PER_CASE -> ratio(cell, indicator, 1, m.costSum(), m.costCases(), m.costCases());
      case COMPLAINTS_PER_1000_DECISIONS ->
          ratio(cell, indicator, 1000, m.complaints(), m.decided(), m.decided());
      case COMPLAINT_UPHELD_RATE -> rate(cell, indicator, m.upheld(), m.upheldKnown());
      case COMPLAINT_RESOLUTION_DAYS_MEDIAN ->
          statistic(cell, indicator, m.resolutionMedian(), m.resolved());
      case OMBUDSMAN_ESCALATION_RATE -> rate(cell, indicator, m.escalated(), m.complaints());
      case REPEAT_REQUEST_RATE -> rate(cell, indicator, m.repeats(), m.receivedWithKey());
      case OUTCOME_MEASURED_RATE -> rate(cell, indicator, m.measured(), m.decided());
      case OUTCOME_ACHIEVEMENT_RATE -> rate(cell, indicator, m.achieved(), m.measured());
      case COST_PER_ACHIEVED_OUTCOME ->
          ratio(cell, indicator, 1, m.costSum(), m.achievedWithCost(), m.achievedWithCost());
      case SOCIETAL_VALUE_PER_EURO ->
          ratio(cell, indicator, 1, m.valueWithCost(), m.costSum(), m.costCases());
      case MUNICIPAL_OUTCOME_GAP, SEGMENT_OUTCOME_GAP ->
          throw new IllegalArgumentException(
              "Equity gaps follow from other cells, not from measures: " + indicator.id());
    };
  }

  private static IndicatorRow count(CellKey cell, Indicator indicator, long count) {
    double value = count;
    return new IndicatorRow(cell, indicator, value, value, null, count, null, null, Status.OK);
  }

  private static IndicatorRow rate(CellKey cell, Indicator indicator, long x, long n) {
    if (n == 0) {
      return IndicatorRow.noData(cell, indicator, 0);
    }
    WilsonInterval interval = WilsonInterval.of(x, n);
    return new IndicatorRow(
        cell,
        indicator,
        (double) x / n,
        (double) x,
        (double) n,
        n,
        interval.low(),
        interval.high(),
        Status.OK);
  }

  private static IndicatorRow ratio(
      CellKey cell,
      Indicator indicator,
      double scale,
      double numerator,
      double denominator,
      long base) {
    if (base == 0 || denominator == 0) {
      return IndicatorRow.noData(cell, indicator, base);
    }
    return new IndicatorRow(
        cell,
        indicator,
        scale * numerator / denominator,
        numerator,
        denominator,
        base,
        null,
        null,
        Status.OK);
  }

  private static IndicatorRow statistic(
      CellKey cell, Indicator indicator, Double value, long base) {
    if (base == 0 || value == null) {
      return IndicatorRow.noData(cell, indicator, base);
    }
    return new IndicatorRow(cell, indicator, value, null, null, base, null, null, Status.OK);
  }
}
