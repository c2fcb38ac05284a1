package nl.effectmeter.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.effectmeter.cells.Cell;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.EquityGaps;
import nl.effectmeter.indicator.IndicatorCalculator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.privacy.Disclosure;

/**
 * Builds the published indicators table from aggregated cells: the formulas, primary and secondary
 * disclosure control, then the equity gaps over what may be published, in cell order.
 */
public final class IndicatorTable {
  /** The order of the published table: breakdown, granularity, period, codes, indicator. */
  public static final Comparator<IndicatorRow> CELL_ORDER =
      Comparator.comparing((IndicatorRow r) -> r.cell().breakdown())
          .thenComparing(r -> r.cell().granularity())
          .thenComparing(r -> r.cell().period())
          .thenComparing(r -> r.cell().organisation())
          .thenComparing(r -> r.cell().regulation())
          .thenComparing(r -> r.cell().municipality())
          .thenComparing(r -> r.cell().province())
          .thenComparing(r -> r.cell().governmentLayer())
          .thenComparing(r -> r.cell().clientSegment())
          .thenComparing(r -> r.cell().channel())
          .thenComparing(IndicatorRow::indicator);

  private final int minBase;

  public IndicatorTable(int minBase) {
    this.minBase = minBase;
  }

  public List<IndicatorRow> build(List<Cell> cells) {
    List<IndicatorRow> raw = new ArrayList<>();
    List<CellKey> existing = new ArrayList<>();
    for (Cell cell : cells) {
      if (IndicatorCalculator.exists(cell.measures())) {
        existing.add(cell.key());
        raw.addAll(IndicatorCalculator.rows(cell.key(), cell.measures()));
      }
    }
    List<IndicatorRow> published = new Disclosure(minBase, Disclosure.MARGINS).apply(raw);
    List<IndicatorRow> all = new ArrayList<>(published);
    all.addAll(EquityGaps.rows(existing, published));
    all.sort(CELL_ORDER);
    return all;
  }
}
