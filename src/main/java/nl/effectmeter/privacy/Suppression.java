package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Quantity;

/**
 * One suppressed quantity of a cell, with why (the run's disclosure table, for the data team only:
 * the API never serves it).
 */
public record Suppression(CellKey cell, Quantity quantity, Reason reason) {
  public Suppression {
    requireNonNull(cell, "cell is null");
    requireNonNull(quantity, "quantity is null");
    requireNonNull(reason, "reason is null");
  }

  /** Primary: shown only in rows whose base is 1 to k-1. Secondary: hidden to protect another. */
  public enum Reason {
    PRIMARY,
    SECONDARY;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
