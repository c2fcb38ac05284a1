package nl.effectmeter.indicator;

import static java.util.Objects.requireNonNull;

/** One aggregated cell: its key and its measures. */
public record Cell(CellKey key, CellMeasures measures) {
  public Cell {
    requireNonNull(key, "key is null");
    requireNonNull(measures, "measures is null");
  }
}
