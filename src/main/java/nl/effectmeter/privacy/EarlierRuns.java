package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<CellQuantity, Double> hiddenBefore;

  /** The runs, oldest first; the last is the previous run. */
  public EarlierRuns(List<Run> runs) {
    this.runs = List.copyOf(runs);
    for (Run run : this.runs) {
      for (IndicatorRow row : run.rows()) {
        if (!run.months().isComplete(row.cell())) {
          continue; // a period still running then: another number than the same period later
        }
        for (Quantity q : Shown.readableFrom(row)) {
          Double value = Shown.valueIn(row, q);
          if (value != null) {
            List<Double> values =
                published.computeIfAbsent(new CellQuantity(row.cell(), q), k -> new ArrayList<>(1));
            if (!values.contains(value)) {
              values.add(value);
            }
          }
        }
      }
    }
    this.hiddenBefore = runs.isEmpty() ? Map.of() : runs.get(runs.size() - 1).hidden();
  }

  public List<Run> runs() {
    return runs;
  }

  public boolean isEmpty() {
    return runs.isEmpty();
  }

  /** Whether an earlier run published this quantity of the cell with this value. */
  public boolean published(CellKey cell, Quantity quantity, double value) {
    List<Double> values = published.get(new CellQuantity(cell, quantity));
    return values != null && values.contains(value);
  }

  /** Whether the previous run hid this quantity of the cell with this same value. */
  public boolean hiddenBefore(CellKey cell, Quantity quantity, double value) {
    Double before = hiddenBefore.get(new CellQuantity(cell, quantity));
    return before != null
        && before == value
        && runs.get(runs.size() - 1).months().isComplete(cell);
  }
}
