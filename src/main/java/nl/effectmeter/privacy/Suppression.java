package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Quantity;

/**
 * One suppressed quantity of a cell, with why and its value (the run's disclosure table, for the
 * data team only: the API never serves it). The value lets a later run tell whether the same number
 * is hidden again, so that its pattern and audit answer to this run (contract v3, between runs).
 */
public record Suppression(CellKey cell, Quantity quantity, Reason reason, double value) {
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
