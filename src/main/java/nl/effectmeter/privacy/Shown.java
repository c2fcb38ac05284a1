package nl.effectmeter.privacy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.effectmeter.indicator.Formula;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;

/**
 * Which quantity each published number of an indicator row is: its numerator, denominator and base
 * (INDICATORS.md, the quantities table). A null part is not a quantity (a count has no denominator,
 * a percentile has only its base; the equity gaps have none).
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("EnumOrdinal")
public record Shown(Quantity numerator, Quantity denominator, Quantity base) {
  // Disclosure control asks these for every row of every cell in every round: worked out once.
  private static final Shown[] BY = new Shown[Indicator.values().length];
  private static final Set<Quantity>[] WHEN_OK = quantitySets();
  private static final Set<Quantity>[] WHEN_NO_DATA = quantitySets();
  private static final Set<Quantity> NONE =
      Collections.unmodifiableSet(EnumSet.noneOf(Quantity.class));
  private static final long[] MASK_WHEN_OK = new long[Indicator.values().length];
  private static final long[] MASK_WHEN_NO_DATA = new long[Indicator.values().length];

  static {
    if (Quantity.values().length > Long.SIZE) {
      throw new IllegalStateException("more quantities than bits in a readable mask");
    }
    for (Indicator indicator : Indicator.values()) {
      Formula formula = indicator.formula();
      Shown shown = new Shown(formula.numerator(), formula.denominator(), formula.base());
      int i = indicator.ordinal();
      BY[i] = shown;
      WHEN_OK[i] = Collections.unmodifiableSet(EnumSet.copyOf(shown.all()));
      WHEN_NO_DATA[i] =
          shown.base() == null ? NONE : Collections.unmodifiableSet(EnumSet.of(shown.base()));
      MASK_WHEN_OK[i] = maskOf(WHEN_OK[i]);
      MASK_WHEN_NO_DATA[i] = maskOf(WHEN_NO_DATA[i]);
    }
  }

  private static long maskOf(Set<Quantity> quantities) {
    long mask = 0;
    for (Quantity q : quantities) {
      mask |= bit(q);
    }
    return mask;
  }

  /** The bit of a quantity in {@link #readableMask}. */
  public static long bit(Quantity quantity) {
    return 1L << quantity.ordinal();
  }

  @SuppressWarnings("unchecked")
  private static Set<Quantity>[] quantitySets() {
    return (Set<Quantity>[]) new Set<?>[Indicator.values().length];
  }

  /** The quantities an indicator's numbers show, from its formula. */
  public static Shown by(Indicator indicator) {
    return BY[indicator.ordinal()];
  }

  /** Every quantity the row's numbers show when it is published with status ok. */
  public Set<Quantity> all() {
    EnumSet<Quantity> all = EnumSet.noneOf(Quantity.class);
    for (Quantity q : new Quantity[] {numerator, denominator, base}) {
      if (q != null) {
        all.add(q);
      }
    }
    return all;
  }

  /**
   * The quantities a published row lets a reader read: all of them when ok, only the base when
   * no_data, none when suppressed.
   */
  public static Set<Quantity> readableFrom(IndicatorRow row) {
    int i = row.indicator().ordinal();
    return switch (row.status()) {
      case OK -> WHEN_OK[i];
      case NO_DATA -> WHEN_NO_DATA[i];
      case CONFIDENTIAL -> NONE;
    };
  }

  /**
   * {@link #readableFrom} as bits, one per quantity ({@link #bit}): for loops that ask it of every
   * row of every cell for every quantity.
   */
  public static long readableMask(IndicatorRow row) {
    int i = row.indicator().ordinal();
    return switch (row.status()) {
      case OK -> MASK_WHEN_OK[i];
      case NO_DATA -> MASK_WHEN_NO_DATA[i];
      case CONFIDENTIAL -> 0L;
    };
  }

  /**
   * The quantities a published row with a base of 0 tells are 0 as well, though it shows no number
   * for them: where every quantity of the indicator counts within its base's population ({@link
   * Indicator#partsCountWithinBase}), an empty population has nothing to count. Empty for every
   * other row.
   */
  public static Set<Quantity> zeroBelowEmptyBase(IndicatorRow row) {
    return row.status() == Status.NO_DATA
            && row.base() != null
            && row.base() == 0
            && row.indicator().partsCountWithinBase()
        ? WHEN_OK[row.indicator().ordinal()]
        : NONE;
  }

  /** {@link #zeroBelowEmptyBase} as bits, one per quantity ({@link #bit}). */
  public static long zeroBelowEmptyBaseMask(IndicatorRow row) {
    return zeroBelowEmptyBase(row).isEmpty() ? 0L : MASK_WHEN_OK[row.indicator().ordinal()];
  }

  /** The value of one quantity as the published row shows it, or null where it does not. */
  public static Double valueIn(IndicatorRow row, Quantity quantity) {
    if (!readableFrom(row).contains(quantity)) {
      return null;
    }
    Shown shown = by(row.indicator());
    if (quantity == shown.base() && row.base() != null) {
      return row.base().doubleValue();
    }
    if (quantity == shown.numerator()) {
      return row.numerator();
    }
    return quantity == shown.denominator() ? row.denominator() : null;
  }
}
