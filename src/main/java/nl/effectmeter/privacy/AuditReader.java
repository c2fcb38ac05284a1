package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
// Arrays indexed by enum ordinal are deliberate here, for speed: the audit reads these for every
// term of every relation.
@SuppressWarnings("EnumOrdinal")
final class AuditReader {
  private static final Quantity[] QUANTITIES = Quantity.values();

  /** Per quantity, the quantities a reader knows to be at most it (its numerators). */
  private static final Quantity[][] PARTS = parts();

  /**
   * Everything the audit reads of one cell, found with one lookup: the values its published rows
   * show, the lower bound its confidential rows give, and the values the run's disclosure table
   * holds for it.
   */
  static final class CellView {
    private final int index;
    private long shownMask;
    private final double[] shown = new double[QUANTITIES.length];
    private long hiddenMask;
    private final int[] bound = new int[QUANTITIES.length];
    private long hiddenValueMask;
    private final double[] hiddenValue = new double[QUANTITIES.length];
    private final List<Set<Double>> publishedBySome =
        new ArrayList<>(Collections.nCopies(QUANTITIES.length, null));

    private CellView(int index) {
      this.index = index;
    }

    /** The cell's place among the run's cells, in the order read. */
    int index() {
      return index;
    }

    private static long bit(Quantity q) {
      return 1L << q.ordinal();
    }

    private void show(Quantity q, double value) {
      shownMask |= bit(q);
      shown[q.ordinal()] = value;
    }
  }

  private final String run;
  private final PublishedMonths months;
  private final Map<CellKey, CellView> views = new LinkedHashMap<>();
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
    hiddenValues.forEach(
        (cq, value) -> {
          CellView view = views.get(cq.cell());
          if (view != null) {
            view.hiddenValueMask |= CellView.bit(cq.quantity());
            view.hiddenValue[cq.quantity().ordinal()] = value;
          }
        });
  }

  private static Quantity[][] parts() {
    Quantity[][] parts = new Quantity[QUANTITIES.length][];
    for (Quantity whole : QUANTITIES) {
      parts[whole.ordinal()] =
          java.util.Arrays.stream(QUANTITIES)
              .filter(p -> p.atMost() == whole)
              .toArray(Quantity[]::new);
    }
    return parts;
  }

  String run() {
    return run;
  }

  PublishedMonths months() {
    return months;
  }

  private void read(IndicatorRow row) {
    CellView view = views.computeIfAbsent(row.cell(), c -> new CellView(views.size()));
    Shown parts = Shown.by(row.indicator());
    if (row.status() == Status.CONFIDENTIAL) {
      for (Quantity q : parts.all()) {
        int bound = q == parts.base() ? 1 : 0;
        long bit = CellView.bit(q);
        view.bound[q.ordinal()] =
            (view.hiddenMask & bit) == 0 ? bound : Math.max(view.bound[q.ordinal()], bound);
        view.hiddenMask |= bit;
      }
      return;
    }
    for (Quantity q : Shown.readableFrom(row)) {
      view.show(q, Shown.valueIn(row, q));
    }
    // Nothing to count: the parts are sums over the base's population, so 0 as well.
    for (Quantity q : Shown.zeroBelowEmptyBase(row)) {
      if ((view.shownMask & CellView.bit(q)) == 0) {
        view.show(q, 0.0);
      }
    }
  }

  /** The cells of each year, in the order read. */
  Map<String, List<CellKey>> cellsByYear() {
    Map<String, List<CellKey>> years = new TreeMap<>();
    for (CellKey cell : views.keySet()) {
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
    views.forEach(
        (cell, view) -> {
          for (Quantity q : QUANTITIES) {
            if ((view.shownMask & CellView.bit(q)) != 0) {
              consumer.accept(cell, q, view.shown[q.ordinal()]);
            }
          }
        });
  }

  /** Calls back with every value the run hid, as its disclosure table gives it. */
  void forEachHiddenValue(ShownValue consumer) {
    hiddenValues.forEach((cq, v) -> consumer.accept(cq.cell(), cq.quantity(), v));
  }

  /** What the audit reads of a cell, with one lookup; null for a cell that does not exist. */
  CellView view(CellKey cell) {
    return views.get(cell);
  }

  /** How many cells the run has. */
  int size() {
    return views.size();
  }

  boolean exists(CellKey cell) {
    return views.containsKey(cell);
  }

  /** The value a reader reads, 0 for a cell that does not exist, or null where it is not shown. */
  Double known(CellKey cell, Quantity q) {
    return known(views.get(cell), q);
  }

  /** {@link #known(CellKey, Quantity)} of a cell's view (null: the cell does not exist). */
  static Double known(CellView view, Quantity q) {
    if (view == null) {
      return 0.0;
    }
    return (view.shownMask & CellView.bit(q)) != 0 ? view.shown[q.ordinal()] : null;
  }

  /** Whether the value is shown only by confidential rows. */
  boolean isHidden(CellKey cell, Quantity q) {
    return isHidden(views.get(cell), q);
  }

  static boolean isHidden(CellView view, Quantity q) {
    long bit = CellView.bit(q);
    return view != null && (view.hiddenMask & bit) != 0 && (view.shownMask & bit) == 0;
  }

  /** The hidden value as the run's disclosure table gives it, or null. */
  Double hiddenValue(CellKey cell, Quantity q) {
    return hiddenValue(views.get(cell), q);
  }

  /** Null for a cell that does not exist: a value the run hid has rows of its own. */
  static Double hiddenValue(CellView view, Quantity q) {
    return view != null && (view.hiddenValueMask & CellView.bit(q)) != 0
        ? view.hiddenValue[q.ordinal()]
        : null;
  }

  /**
   * Keeps, with each cell this run has, the values of each of its quantities that some run of the
   * warehouse published (the sets of {@code published}, which must not change afterwards).
   */
  void attachPublished(Map<EarlierRuns.CellQuantity, Set<Double>> published) {
    views.forEach(
        (cell, view) -> {
          for (Quantity q : QUANTITIES) {
            view.publishedBySome.set(
                q.ordinal(), published.get(new EarlierRuns.CellQuantity(cell, q)));
          }
        });
  }

  /** The values some run published of the quantity of this cell, or null. */
  static Set<Double> publishedBySome(CellView view, Quantity q) {
    return view.publishedBySome.get(q.ordinal());
  }

  /** At least this: 1 for a hidden base, or a published numerator of the same cell it counts. */
  static double lower(CellView view, Quantity q) {
    if (view == null) {
      return 0; // a cell that does not exist holds 0 of everything
    }
    double lower = (view.hiddenMask & CellView.bit(q)) != 0 ? view.bound[q.ordinal()] : 0;
    for (Quantity part : PARTS[q.ordinal()]) {
      if ((view.shownMask & CellView.bit(part)) != 0) {
        lower = Math.max(lower, view.shown[part.ordinal()]);
      }
    }
    return lower;
  }

  /** At most this: the published denominator of the same cell, or infinity. */
  static double upper(CellView view, Quantity q) {
    Quantity whole = q.atMost();
    if (whole == null || view == null || (view.shownMask & CellView.bit(whole)) == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return view.shown[whole.ordinal()];
  }
}
