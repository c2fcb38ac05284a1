package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;

/**
 * What the warehouse's earlier runs made public (contract v3, between runs): a published run stays
 * public, so a value it published is known to every reader of a later run that has the same value,
 * and a value the previous run hid is hidden again where it has not changed. Each run comes with
 * its published rows and the values it hid (from its disclosure table).
 */
public final class EarlierRuns {
  /** A warehouse without published runs. */
  public static final EarlierRuns NONE = new EarlierRuns(List.of());

  /** One quantity of one cell. */
  public record CellQuantity(CellKey cell, Quantity quantity) {
    public CellQuantity {
      requireNonNull(cell, "cell is null");
      requireNonNull(quantity, "quantity is null");
    }
  }

  /**
   * One earlier run: its id, its months, its published rows (suppressed ones included) and the
   * value of every quantity it hid (empty for a run published before contract v3, whose disclosure
   * table has no values).
   */
  public record Run(
      String id,
      PublishedMonths months,
      List<IndicatorRow> rows,
      Map<CellQuantity, Double> hidden) {
    public Run {
      requireNonNull(id, "id is null");
      requireNonNull(months, "months is null");
      rows = List.copyOf(rows);
      hidden = Map.copyOf(hidden);
    }
  }

  private final List<Run> runs;
  private final Map<CellQuantity, List<Double>> published = new HashMap<>();
  private final List<Set<CellKey>> cellsOf = new ArrayList<>();
  private final Map<CellQuantity, Double> hiddenBefore;

  /** The runs, oldest first; the last is the previous run. */
  public EarlierRuns(List<Run> runs) {
    this.runs = List.copyOf(runs);
    for (Run run : this.runs) {
      readerKnows(run)
          .forEach(
              (cq, value) -> {
                if (run.months().isComplete(cq.cell())) {
                  // a period still running then is another number than the same period later
                  List<Double> values = published.computeIfAbsent(cq, k -> new ArrayList<>(1));
                  if (!values.contains(value)) {
                    values.add(value);
                  }
                }
              });
      Set<CellKey> cells = new HashSet<>();
      run.rows().forEach(row -> cells.add(row.cell()));
      cellsOf.add(cells);
    }
    this.hiddenBefore = runs.isEmpty() ? Map.of() : runs.get(runs.size() - 1).hidden();
  }

  /**
   * Every value a reader of the run knows: what its published rows show; the parts of a row whose
   * base is 0, where they count within the base (so 0 too); a value whose published upper bound
   * (its denominator in the same cell) is 0; and, outside the promise, what a published rate of
   * exactly 0 or 1 tells of the parts of its group (0, or their published denominator), again while
   * that tells more.
   */
  static Map<CellQuantity, Double> readerKnows(Run run) {
    Map<CellQuantity, Double> known = new HashMap<>();
    for (IndicatorRow row : run.rows()) {
      if (row.indicator().isGap()) {
        continue;
      }
      for (Quantity q : Shown.readableFrom(row)) {
        Double value = Shown.valueIn(row, q);
        if (value != null) {
          known.put(new CellQuantity(row.cell(), q), value);
        }
      }
      for (Quantity q : Shown.zeroBelowEmptyBase(row)) {
        known.putIfAbsent(new CellQuantity(row.cell(), q), 0.0);
      }
    }
    Map<String, Set<CellKey>> years = new TreeMap<>();
    for (IndicatorRow row : run.rows()) {
      years
          .computeIfAbsent(row.cell().period().substring(0, 4), y -> new LinkedHashSet<>())
          .add(row.cell());
    }
    List<Lattice> lattices = new ArrayList<>();
    for (Set<CellKey> cells : years.values()) {
      lattices.add(new Lattice(List.copyOf(cells), run.months()));
    }
    boolean changed = true;
    while (changed) {
      changed = boundedByZero(known);
      for (Lattice lattice : lattices) {
        for (Quantity q : Quantity.values()) {
          if (q.lowerBound() == 0) {
            changed |= learnFromRates(lattice, q, known);
          }
        }
      }
    }
    return known;
  }

  /** A value whose denominator in the same cell is known to be 0 is 0 as well. */
  private static boolean boundedByZero(Map<CellQuantity, Double> known) {
    List<CellQuantity> zeros = new ArrayList<>();
    known.forEach(
        (cq, value) -> {
          if (value == 0) {
            for (Quantity q : Quantity.values()) {
              if (q.atMost() == cq.quantity()) {
                zeros.add(new CellQuantity(cq.cell(), q));
              }
            }
          }
        });
    boolean changed = false;
    for (CellQuantity zero : zeros) {
      changed |= known.putIfAbsent(zero, 0.0) == null;
    }
    return changed;
  }

  /**
   * Below a known value of 0 every part is 0; below one equal to its known denominator every part
   * with a known denominator equals it; parts all 0 (or all at their denominators) make the whole 0
   * (or its denominator).
   */
  private static boolean learnFromRates(
      Lattice lattice, Quantity q, Map<CellQuantity, Double> known) {
    List<CellKey> cells = lattice.cells();
    boolean any = false;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relation relation : lattice.relations(q)) {
        if (!relation.holdsFor(q)) {
          continue;
        }
        CellKey parent = cells.get(relation.parent());
        Double whole = known.get(new CellQuantity(parent, q));
        if (whole == null) {
          boolean none = true;
          Double parentUpper = upper(known, parent, q);
          boolean all = parentUpper != null;
          for (int child : relation.children()) {
            Double v = known.get(new CellQuantity(cells.get(child), q));
            Double u = upper(known, cells.get(child), q);
            if (v == null) {
              none = false;
              all = false;
              break;
            }
            none &= v == 0;
            all &= u != null && v >= u;
          }
          if (none || all) {
            known.put(new CellQuantity(parent, q), none ? 0.0 : parentUpper);
            changed = true;
          }
          continue;
        }
        Double parentUpper = upper(known, parent, q);
        boolean none = whole == 0;
        boolean all = !none && parentUpper != null && whole >= parentUpper;
        if (!none && !all) {
          continue;
        }
        for (int child : relation.children()) {
          CellQuantity part = new CellQuantity(cells.get(child), q);
          Double u = upper(known, cells.get(child), q);
          if (!known.containsKey(part) && (none || u != null)) {
            known.put(part, none ? 0.0 : u);
            changed = true;
          }
        }
      }
      any |= changed;
    }
    return any;
  }

  private static Double upper(Map<CellQuantity, Double> known, CellKey cell, Quantity q) {
    return q.atMost() == null ? null : known.get(new CellQuantity(cell, q.atMost()));
  }

  public List<Run> runs() {
    return runs;
  }

  public boolean isEmpty() {
    return runs.isEmpty();
  }

  /**
   * Whether a reader of an earlier run knows this quantity of the cell to have this value: shown by
   * its rows or told by them (see {@link #readerKnows}), or 0 in a cell that run covered and did
   * not hold.
   */
  public boolean published(CellKey cell, Quantity quantity, double value) {
    List<Double> values = published.get(new CellQuantity(cell, quantity));
    if (values != null && values.contains(value)) {
      return true;
    }
    if (value != 0) {
      return false;
    }
    for (int r = 0; r < runs.size(); r++) {
      PublishedMonths months = runs.get(r).months();
      if (months.isComplete(cell)
          && !cell.granularity().lastMonth(cell.period()).isBefore(months.first())
          && !cellsOf.get(r).contains(cell)) {
        return true; // a cell that does not exist holds 0 of everything
      }
    }
    return false;
  }

  /** Whether the previous run hid this quantity of the cell with this same value. */
  public boolean hiddenBefore(CellKey cell, Quantity quantity, double value) {
    Double before = hiddenBefore.get(new CellQuantity(cell, quantity));
    return before != null && before == value && runs.get(runs.size() - 1).months().isComplete(cell);
  }
}
