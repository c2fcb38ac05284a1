package nl.effectmeter.privacy;

import java.util.Locale;
import nl.effectmeter.indicator.CellMeasures;

/**
 * The additive quantities of a cell (INDICATORS.md, "Privacy"): every published number of a cell is
 * one of them, and one quantity is the same number wherever it appears.
 *
 * <p>A quantity that is some row's base is at least 1 wherever it is hidden (a base of 0 is never
 * suppressed); any other quantity is at least 0. Quantities about complaints may be dated before
 * the first published month, those about cases cannot.
 */
public enum Quantity {
  RECEIVED(true, true),
  DECIDED(true, true),
  OPEN(true, true),
  COMPLAINTS(true, false),
  TIMELY(false, true),
  UPHELD(false, false),
  UPHELD_KNOWN(true, false),
  ESCALATED(false, false),
  WITH_KEY(true, true),
  REPEATS(false, true),
  MEASURED(true, true),
  ACHIEVED(false, true),
  RESOLVED(true, false),
  COST_CASES(true, true),
  COST_SUM(false, true),
  ACHIEVED_COST(true, true),
  VALUE_SUM(false, true);

  private final boolean base;
  private final boolean aboutCases;

  Quantity(boolean base, boolean aboutCases) {
    this.base = base;
    this.aboutCases = aboutCases;
  }

  /** The name in the disclosure table, e.g. {@code upheld_known}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the quantity is the base of some indicator, so a hidden value is at least 1. */
  public boolean isBase() {
    return base;
  }

  /** What a reader knows of a hidden value: at least 1 for a base, at least 0 otherwise. */
  public int lowerBound() {
    return base ? 1 : 0;
  }

  /** Whether every unit counted is a case (none dated before the first published month). */
  public boolean isAboutCases() {
    return aboutCases;
  }

  /** A stock at the period's end (open cases) rather than a flow that adds up over time. */
  public boolean isStock() {
    return this == OPEN;
  }

  public double of(CellMeasures m) {
    return switch (this) {
      case RECEIVED -> m.received();
      case DECIDED -> m.decided();
      case OPEN -> m.open();
      case COMPLAINTS -> m.complaints();
      case TIMELY -> m.timely();
      case UPHELD -> m.upheld();
      case UPHELD_KNOWN -> m.upheldKnown();
      case ESCALATED -> m.escalated();
      case WITH_KEY -> m.receivedWithKey();
      case REPEATS -> m.repeats();
      case MEASURED -> m.measured();
      case ACHIEVED -> m.achieved();
      case RESOLVED -> m.resolved();
      case COST_CASES -> m.costCases();
      case COST_SUM -> m.costSum();
      case ACHIEVED_COST -> m.achievedWithCost();
      case VALUE_SUM -> m.valueWithCost();
    };
  }

  public static Quantity fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
