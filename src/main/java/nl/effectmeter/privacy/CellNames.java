package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;

/** How disclosure control names a cell in a message: breakdown, period and codes. */
final class CellNames {
  private CellNames() {}

  static String of(CellKey cell) {
    List<String> codes = new ArrayList<>();
    for (Dimension d : cell.breakdown().dimensions()) {
      codes.add(d.column() + "=" + cell.code(d));
    }
    return cell.breakdown().label()
        + " "
        + cell.period()
        + (codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")");
  }
}
