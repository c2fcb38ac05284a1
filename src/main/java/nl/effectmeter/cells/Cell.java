package nl.effectmeter.cells;

import static java.util.Objects.requireNonNull;

import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.CellMeasures;

/** One aggregated cell: its key and its measures. */
public record Cell(CellKey key, CellMeasures measures) {
  public Cell {
    requireNonNull(key, "key is null");
    requireNonNull(measures, "measures is null");
  }
}
