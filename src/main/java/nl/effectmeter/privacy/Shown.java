package nl.effectmeter.privacy;

import java.util.EnumSet;
import java.util.Set;
import nl.effectmeter.indicator.Formula;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;

/**
 * Which quantity each published number of an indicator row is: its numerator, denominator and base
 * (INDICATORS.md, the quantities table). A null part is not a quantity (a count has no denominator,
 * a percentile has only its base; the equity gaps have none).
 */
public record Shown(Quantity numerator, Quantity denominator, Quantity base) {

  /** The quantities an indicator's numbers show, from its formula. */
  public static Shown by(Indicator indicator) {
    Formula formula = indicator.formula();
    return new Shown(formula.numerator(), formula.denominator(), formula.base());
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
    Shown shown = by(row.indicator());
    return switch (row.status()) {
      case OK -> shown.all();
      case NO_DATA ->
          shown.base() == null ? EnumSet.noneOf(Quantity.class) : EnumSet.of(shown.base());
      case CONFIDENTIAL -> EnumSet.noneOf(Quantity.class);
    };
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
