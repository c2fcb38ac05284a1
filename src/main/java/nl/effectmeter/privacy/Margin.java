package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;

/**
 * A margin for secondary suppression: the cells of one breakdown that differ only in one dimension,
 * whose total is published one level up.
 */
public record Margin(Breakdown breakdown, Dimension varying) {
  public Margin {
    requireNonNull(breakdown, "breakdown is null");
    requireNonNull(varying, "varying is null");
    if (!breakdown.dimensions().contains(varying)) {
      throw new IllegalArgumentException(
          "Breakdown " + breakdown.label() + " does not hold dimension " + varying.column());
    }
  }

  public boolean covers(CellKey cell) {
    return cell.breakdown() == breakdown;
  }

  /** The key shared by the cells that differ only in the varying dimension. */
  public CellKey groupKey(CellKey cell) {
    CellKey key = cell.with(varying, "*");
    return varying == Dimension.MUNICIPALITY ? key.with(Dimension.PROVINCE, "*") : key;
  }
}
