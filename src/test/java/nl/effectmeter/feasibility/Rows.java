package nl.effectmeter.feasibility;

import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.indicator.WilsonInterval;

/** Hand-made published rows for the feasibility specifications. */
final class Rows {
  private static final String T = Dimension.TOTAL;

  private Rows() {}

  static CellKey organisationMonth(String organisation, String regulation, String month) {
    return new CellKey(
        Breakdown.ORGANISATION_REGULATION,
        Granularity.MONTH,
        month,
        organisation,
        regulation,
        T,
        T,
        "zbo",
        T,
        T);
  }

  static CellKey regulationMonth(String regulation, String month) {
    return new CellKey(
        Breakdown.REGULATION_, Granularity.MONTH, month, T, regulation, T, T, T, T, T);
  }

  static CellKey municipal(String regulation, String period, String municipality) {
    return new CellKey(
        Breakdown.REGULATION_MUNICIPALITY,
        Granularity.ofPeriod(period),
        period,
        T,
        regulation,
        municipality,
        "PV27",
        T,
        T,
        T);
  }

  /** An ok rate of x out of n with its Wilson interval, as the job publishes it. */
  static IndicatorRow rate(CellKey cell, Indicator indicator, long x, long n) {
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

  /** An ok count. */
  static IndicatorRow count(CellKey cell, Indicator indicator, long count) {
    return new IndicatorRow(
        cell, indicator, (double) count, (double) count, null, count, null, null, Status.OK);
  }

  /** An ok ratio, e.g. cost per case: Σ cost / cases with a cost. */
  static IndicatorRow ratio(CellKey cell, Indicator indicator, double numerator, long cases) {
    return new IndicatorRow(
        cell,
        indicator,
        numerator / cases,
        numerator,
        (double) cases,
        cases,
        null,
        null,
        Status.OK);
  }

  /** A value hidden by disclosure control: no numbers at all. */
  static IndicatorRow confidential(CellKey cell, Indicator indicator) {
    return new IndicatorRow(
        cell, indicator, null, null, null, null, null, null, Status.CONFIDENTIAL);
  }
}
