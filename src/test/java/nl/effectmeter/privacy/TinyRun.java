package nl.effectmeter.privacy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.CellMeasures;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorCalculator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;

/**
 * A hand-made run: cases with their dimensions, request and decision month, added up into every
 * cell of every breakdown and granularity (as the job would, for received, decided, timely and open
 * cases only), put through disclosure control and read back the way a reader reads the table.
 */
final class TinyRun {
  static final YearMonth FIRST = YearMonth.of(2025, 1);
  static final YearMonth LAST = YearMonth.of(2025, 12);
  static final PublishedMonths MONTHS = new PublishedMonths(FIRST, LAST);

  /** One case: where it belongs, when it was requested and decided (null: still open). */
  record Case(
      String organisation,
      String layer,
      String regulation,
      String municipality,
      String province,
      YearMonth requested,
      YearMonth decided,
      boolean timely) {}

  private final List<Case> cases = new ArrayList<>();
  private final YearMonth last;

  /** A run as of the end of 2025. */
  TinyRun() {
    this(LAST);
  }

  /** A run as of the end of the given month of 2025: later months are not published yet. */
  TinyRun(YearMonth last) {
    this.last = last;
  }

  /** The last month this run publishes. */
  YearMonth last() {
    return last;
  }

  /** The months this run publishes. */
  PublishedMonths months() {
    return new PublishedMonths(FIRST, last);
  }

  /** Adds n cases of an organisation (layer "gemeente") and regulation in a municipality. */
  TinyRun cases(int n, String org, String reg, String mun, YearMonth requested, YearMonth decided) {
    for (int i = 0; i < n; i++) {
      cases.add(
          new Case(org, "gemeente", reg, mun, "PV" + mun.substring(2), requested, decided, false));
    }
    return this;
  }

  /** Adds n decided cases that were timely. */
  TinyRun timely(int n, String org, String reg, String mun, YearMonth month) {
    for (int i = 0; i < n; i++) {
      cases.add(new Case(org, "gemeente", reg, mun, "PV" + mun.substring(2), month, month, true));
    }
    return this;
  }

  private List<String> periods(Granularity g) {
    List<String> periods = new ArrayList<>();
    for (YearMonth month = FIRST; !month.isAfter(last); month = month.plusMonths(1)) {
      String period = g.periodOf(month.atDay(1));
      if (!periods.contains(period)) {
        periods.add(period);
      }
    }
    return periods;
  }

  /** Every cell that exists, with its indicator rows before disclosure control. */
  List<CellRows> cells() {
    Map<CellKey, long[]> sums = new LinkedHashMap<>();
    for (Case c : cases) {
      for (Breakdown b : Breakdown.values()) {
        for (Granularity g : b.granularities()) {
          for (String period : periods(g)) {
            YearMonth start = g.firstMonth(period);
            YearMonth end = g.lastMonth(period).isAfter(last) ? last : g.lastMonth(period);
            long[] s = sums.computeIfAbsent(key(b, g, period, c), k -> new long[4]);
            boolean requestedIn = !c.requested().isBefore(start) && !c.requested().isAfter(end);
            boolean decidedIn =
                c.decided() != null && !c.decided().isBefore(start) && !c.decided().isAfter(end);
            boolean open =
                !c.requested().isAfter(end) && (c.decided() == null || c.decided().isAfter(end));
            s[0] += requestedIn ? 1 : 0;
            s[1] += decidedIn ? 1 : 0;
            s[2] += decidedIn && c.timely() ? 1 : 0;
            s[3] += open ? 1 : 0;
          }
        }
      }
    }
    List<CellRows> cells = new ArrayList<>();
    sums.forEach(
        (key, s) -> {
          CellMeasures m =
              new CellMeasures(
                  s[0],
                  0,
                  0,
                  s[1],
                  s[2],
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  s[3],
                  0,
                  0,
                  0,
                  0,
                  0,
                  s[1] > 0 ? 10.0 : null,
                  s[1] > 0 ? 20.0 : null,
                  null);
          if (IndicatorCalculator.exists(m)) {
            cells.add(new CellRows(key, m, IndicatorCalculator.rows(key, m)));
          }
        });
    return cells;
  }

  private static CellKey key(Breakdown b, Granularity g, String period, Case c) {
    var filled = b.filledDimensions();
    return new CellKey(
        b,
        g,
        period,
        filled.contains(Dimension.ORGANISATION) ? c.organisation() : Dimension.TOTAL,
        filled.contains(Dimension.REGULATION) ? c.regulation() : Dimension.TOTAL,
        filled.contains(Dimension.MUNICIPALITY) ? c.municipality() : Dimension.TOTAL,
        filled.contains(Dimension.PROVINCE) ? c.province() : Dimension.TOTAL,
        filled.contains(Dimension.GOVERNMENT_LAYER) ? c.layer() : Dimension.TOTAL,
        Dimension.TOTAL,
        Dimension.TOTAL);
  }

  /** The published table after disclosure control with k = 10. */
  List<IndicatorRow> published() {
    return new Disclosure(10).apply(cells(), months()).rows();
  }

  /** The table with primary suppression only: what contract v1 came close to. */
  List<IndicatorRow> primaryOnly() {
    Disclosure disclosure = new Disclosure(10);
    List<IndicatorRow> rows = new ArrayList<>();
    for (CellRows cell : cells()) {
      for (IndicatorRow row : cell.rows()) {
        rows.add(disclosure.isPrimary(row) ? row.suppressed(Status.CONFIDENTIAL) : row);
      }
    }
    return rows;
  }

  /** The published numerator of one cell's indicator, or null where it is confidential. */
  static Double numerator(List<IndicatorRow> rows, Indicator indicator, CellKey cell) {
    for (IndicatorRow row : rows) {
      if (row.indicator() == indicator && row.cell().equals(cell)) {
        return row.status() == Status.CONFIDENTIAL
            ? null
            : row.numerator() == null ? Double.valueOf(0) : row.numerator();
      }
    }
    return 0.0; // a cell that does not exist holds zeros
  }

  static CellKey cell(
      Breakdown b, Granularity g, String period, String org, String reg, String mun) {
    return new CellKey(
        b,
        g,
        period,
        org,
        reg,
        mun,
        mun.equals(Dimension.TOTAL) ? Dimension.TOTAL : "PV" + mun.substring(2),
        org.equals(Dimension.TOTAL) ? Dimension.TOTAL : "gemeente",
        Dimension.TOTAL,
        Dimension.TOTAL);
  }
}
