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
    for (Quantity quantity : Quantity.values()) {
      if (quantity.isBase() && quantity.of(m) > 0) {
        return true;
      }
    }
    return false;
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
    Formula formula = indicator.formula();
    if (formula instanceof Formula.Count f) {
      return count(cell, indicator, (long) f.quantity().of(m));
    }
    if (formula instanceof Formula.Rate f) {
      return rate(cell, indicator, (long) f.numerator().of(m), (long) f.denominator().of(m));
    }
    if (formula instanceof Formula.Ratio f) {
      return ratio(
          cell,
          indicator,
          f.scale(),
          f.numerator().of(m),
          f.denominator().of(m),
          (long) f.base().of(m));
    }
    if (formula instanceof Formula.Statistic f) {
      return statistic(cell, indicator, f.percentile().of(m), (long) f.base().of(m));
    }
    throw new IllegalArgumentException(
        "Equity gaps follow from other cells, not from measures: " + indicator.id());
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
