package nl.effectmeter.indicator;

import java.util.Locale;

/**
 * The additive quantities of a cell: the one declaration of what the job counts and sums per cell.
 * The events carry one column per quantity, the aggregation adds them up, {@link CellMeasures}
 * holds them, every {@link Formula} names them, and disclosure control protects them: every
 * published number of a cell is one of them, and one quantity is the same number wherever it
 * appears.
 *
 * <p>A quantity that is some row's base is at least 1 wherever it is hidden (a base of 0 is never
 * suppressed); any other quantity is at least 0. Quantities about complaints may be dated before
 * the first published month, those about cases cannot.
 */
public enum Quantity {
  RECEIVED("received", true, true),
  DECIDED("decided", true, true),
  OPEN("open", true, true),
  COMPLAINTS("complaints", true, false),
  TIMELY("timely", false, true),
  UPHELD("upheld", false, false),
  UPHELD_KNOWN("upheld_known", true, false),
  ESCALATED("escalated", false, false),
  WITH_KEY("received_with_key", true, true),
  REPEATS("repeats", false, true),
  MEASURED("measured", true, true),
  ACHIEVED("achieved", false, true),
  RESOLVED("resolved", true, false),
  COST_CASES("cost_cases", true, true),
  COST_SUM("cost_sum", false, true),
  ACHIEVED_COST("achieved_with_cost", true, true),
  VALUE_SUM("value_with_cost", false, true);

  private final String column;
  private final boolean base;
  private final boolean aboutCases;

  Quantity(String column, boolean base, boolean aboutCases) {
    this.column = column;
    this.base = base;
    this.aboutCases = aboutCases;
  }

  /** The name in the disclosure table, e.g. {@code upheld_known}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The column that carries the quantity in the job's events and aggregated cells; a stock has one
   * per granularity ({@code open_month}, {@code open_quarter}, {@code open_year}).
   */
  public String column() {
    return column;
  }

  /** Whether the quantity is a sum of euros rather than a count of cases or complaints. */
  public boolean isSum() {
    return this == COST_SUM || this == VALUE_SUM;
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

  /**
   * The quantity of the same cell this one never exceeds (the denominator of its rate), or null:
   * {@code timely} and {@code measured} are at most {@code decided}, {@code achieved} at most
   * {@code measured}, and so on (INDICATORS.md, relations between quantities).
   */
  public Quantity atMost() {
    return switch (this) {
      case TIMELY, MEASURED -> DECIDED;
      case ACHIEVED -> MEASURED;
      case UPHELD -> UPHELD_KNOWN;
      case UPHELD_KNOWN, ESCALATED -> COMPLAINTS;
      case REPEATS -> WITH_KEY;
      case ACHIEVED_COST -> COST_CASES;
      default -> null;
    };
  }

  /**
   * Whether the stock-flow identity ties the quantity to others: open at a period's end = open at
   * the end of the period before + received in it - decided in it.
   */
  public boolean isStockFlow() {
    return this == RECEIVED || this == DECIDED || this == OPEN;
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
