package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Quantity;

/**
 * A headline value (a total, layer, organisation or regulation by year or quarter) hidden for
 * another value's sake, because no finer cell could protect it (INDICATORS.md, rule 4): the value
 * it protects and the primary value that started the chain. For the data team, in the run's log and
 * manifest; the API never serves it.
 *
 * @param protects the value it keeps from being worked out (null: kept hidden from the run before)
 * @param primary the value with a small base at the start of the chain (null where none was found)
 */
public record HeadlineSuppression(
    CellKey cell,
    Quantity quantity,
    CellKey protects,
    Quantity protectsQuantity,
    CellKey primary,
    Quantity primaryQuantity) {
  public HeadlineSuppression {
    requireNonNull(cell, "cell is null");
    requireNonNull(quantity, "quantity is null");
  }

  /** One sentence for the run's log. */
  public String describe() {
    String what = "headline value " + quantity.label() + " of " + CellNames.of(cell) + " is hidden";
    if (protects == null) {
      return what + ": the run before hid the same value";
    }
    String because = " to protect " + protectsQuantity.label() + " of " + CellNames.of(protects);
    if (primary != null && !(primary.equals(protects) && primaryQuantity == protectsQuantity)) {
      because +=
          ", itself hidden for the small base of "
              + primaryQuantity.label()
              + " of "
              + CellNames.of(primary);
    }
    return what + because;
  }
}
