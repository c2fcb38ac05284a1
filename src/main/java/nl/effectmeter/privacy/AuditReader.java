package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;

/**
 * What a reader knows of one published run, for the audit: the quantities its published rows show,
 * the ones only confidential rows show (at least 1 where a hidden row has it as its base, at least
 * a published numerator it counts, at most its published denominator), and zeros for cells that do
 * not exist. The values the run hid come from its disclosure table and only tell the audit which
 * hidden values two runs share.
 */
final class AuditReader {
  private final String run;
  private final PublishedMonths months;
  private final Map<CellKey, EnumMap<Quantity, Double>> shown = new LinkedHashMap<>();
  private final Map<CellKey, EnumMap<Quantity, Integer>> hidden = new LinkedHashMap<>();
  private final Map<EarlierRuns.CellQuantity, Double> hiddenValues;

  AuditReader(
      String run,
      PublishedMonths months,
      List<IndicatorRow> rows,
      Map<EarlierRuns.CellQuantity, Double> hiddenValues) {
    this.run = run;
    this.months = months;
    this.hiddenValues = hiddenValues;
    for (IndicatorRow row : rows) {
      if (!row.indicator().isGap()) {
        read(row);
      }
    }
  }

  String run() {
    return run;
  }

  PublishedMonths months() {
    return months;
  }

  private void read(IndicatorRow row) {
    CellKey cell = row.cell();
    shown.computeIfAbsent(cell, c -> new EnumMap<>(Quantity.class));
    Shown parts = Shown.by(row.indicator());
    if (row.status() == Status.CONFIDENTIAL) {
      EnumMap<Quantity, Integer> bounds =
          hidden.computeIfAbsent(cell, c -> new EnumMap<>(Quantity.class));
      for (Quantity q : parts.all()) {
        bounds.merge(q, q == parts.base() ? 1 : 0, Math::max);
      }
      return;
    }
    for (Quantity q : Shown.readableFrom(row)) {
      shown.get(cell).put(q, Shown.valueIn(row, q));
    }
    if (row.status() == Status.NO_DATA
        && row.base() != null
        && row.base() == 0
        && row.indicator().partsCountWithinBase()) {
      // Nothing to count: the parts are sums over the base's population, so 0 as well.
      for (Quantity q : parts.all()) {
        shown.get(cell).putIfAbsent(q, 0.0);
      }
    }
  }

  /** The cells of each year, in the order read. */
  Map<String, List<CellKey>> cellsByYear() {
    Map<String, List<CellKey>> years = new TreeMap<>();
    for (CellKey cell : shown.keySet()) {
      years.computeIfAbsent(cell.period().substring(0, 4), y -> new ArrayList<>()).add(cell);
    }
    return years;
  }

  /** What a reader reads of a shown value. */
  @FunctionalInterface
  interface ShownValue {
    void accept(CellKey cell, Quantity quantity, double value);
  }

  /** Calls back with every value the run's published rows show. */
  void forEachShown(ShownValue consumer) {
    shown.forEach((cell, values) -> values.forEach((q, v) -> consumer.accept(cell, q, v)));
  }

  /** Calls back with every value the run hid, as its disclosure table gives it. */
  void forEachHiddenValue(ShownValue consumer) {
    hiddenValues.forEach((cq, v) -> consumer.accept(cq.cell(), cq.quantity(), v));
  }

  boolean exists(CellKey cell) {
    return shown.containsKey(cell);
  }

  /** The value a reader reads, 0 for a cell that does not exist, or null where it is not shown. */
  Double known(CellKey cell, Quantity q) {
    EnumMap<Quantity, Double> values = shown.get(cell);
    return values == null ? Double.valueOf(0.0) : values.get(q);
  }

  /** Whether the value is shown only by confidential rows. */
  boolean isHidden(CellKey cell, Quantity q) {
    EnumMap<Quantity, Integer> bounds = hidden.get(cell);
    return bounds != null && bounds.containsKey(q) && known(cell, q) == null;
  }

  /** The hidden value as the run's disclosure table gives it, or null. */
  Double hiddenValue(CellKey cell, Quantity q) {
    return hiddenValues.get(new EarlierRuns.CellQuantity(cell, q));
  }

  /** At least this: 1 for a hidden base, or a published numerator of the same cell it counts. */
  double lower(CellKey cell, Quantity q) {
    EnumMap<Quantity, Integer> bounds = hidden.get(cell);
    double lower = bounds == null ? 0 : bounds.getOrDefault(q, 0);
    for (Quantity part : Quantity.values()) {
      if (part.atMost() == q) {
        Double value = known(cell, part);
        if (value != null) {
          lower = Math.max(lower, value);
        }
      }
    }
    return lower;
  }

  /** At most this: the published denominator of the same cell, or infinity. */
  double upper(CellKey cell, Quantity q) {
    Quantity whole = q.atMost();
    Double value = whole == null || !exists(cell) ? null : known(cell, whole);
    return value == null ? Double.POSITIVE_INFINITY : value;
  }
}
