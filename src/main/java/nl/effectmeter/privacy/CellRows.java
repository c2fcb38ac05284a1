package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.CellMeasures;
import nl.effectmeter.indicator.IndicatorRow;

/** One cell before disclosure control: its measures and its indicator rows as computed. */
public record CellRows(CellKey key, CellMeasures measures, List<IndicatorRow> rows) {
  public CellRows {
    requireNonNull(key, "key is null");
    requireNonNull(measures, "measures is null");
    rows = List.copyOf(rows);
  }
}
