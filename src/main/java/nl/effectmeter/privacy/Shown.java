package nl.effectmeter.privacy;

import static nl.effectmeter.privacy.Quantity.ACHIEVED;
import static nl.effectmeter.privacy.Quantity.ACHIEVED_COST;
import static nl.effectmeter.privacy.Quantity.COMPLAINTS;
import static nl.effectmeter.privacy.Quantity.COST_CASES;
import static nl.effectmeter.privacy.Quantity.COST_SUM;
import static nl.effectmeter.privacy.Quantity.DECIDED;
import static nl.effectmeter.privacy.Quantity.ESCALATED;
import static nl.effectmeter.privacy.Quantity.MEASURED;
import static nl.effectmeter.privacy.Quantity.OPEN;
import static nl.effectmeter.privacy.Quantity.RECEIVED;
import static nl.effectmeter.privacy.Quantity.REPEATS;
import static nl.effectmeter.privacy.Quantity.RESOLVED;
import static nl.effectmeter.privacy.Quantity.TIMELY;
import static nl.effectmeter.privacy.Quantity.UPHELD;
import static nl.effectmeter.privacy.Quantity.UPHELD_KNOWN;
import static nl.effectmeter.privacy.Quantity.VALUE_SUM;
import static nl.effectmeter.privacy.Quantity.WITH_KEY;

import java.util.EnumSet;
import java.util.Set;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;

/**
 * Which quantity each published number of an indicator row is: its numerator, denominator and base
 * (INDICATORS.md, the quantities table). A null part is not a quantity (a count has no denominator,
 * a percentile has only its base; the equity gaps have none).
 */
public record Shown(Quantity numerator, Quantity denominator, Quantity base) {

  public static Shown by(Indicator indicator) {
    return switch (indicator) {
      case CASES_RECEIVED -> count(RECEIVED);
      case CASES_DECIDED -> count(DECIDED);
      case OPEN_CASES -> count(OPEN);
      case COMPLAINTS_RECEIVED -> count(COMPLAINTS);
      case TIMELY_DECISION_RATE -> rate(TIMELY, DECIDED);
      case THROUGHPUT_DAYS_MEDIAN, THROUGHPUT_DAYS_P90 -> new Shown(null, null, DECIDED);
      case COST_PER_CASE -> rate(COST_SUM, COST_CASES);
      case COMPLAINTS_PER_1000_DECISIONS -> rate(COMPLAINTS, DECIDED);
      case COMPLAINT_UPHELD_RATE -> rate(UPHELD, UPHELD_KNOWN);
      case COMPLAINT_RESOLUTION_DAYS_MEDIAN -> new Shown(null, null, RESOLVED);
      case OMBUDSMAN_ESCALATION_RATE -> rate(ESCALATED, COMPLAINTS);
      case REPEAT_REQUEST_RATE -> rate(REPEATS, WITH_KEY);
      case OUTCOME_MEASURED_RATE -> rate(MEASURED, DECIDED);
      case OUTCOME_ACHIEVEMENT_RATE -> rate(ACHIEVED, MEASURED);
      case COST_PER_ACHIEVED_OUTCOME -> rate(COST_SUM, ACHIEVED_COST);
      case SOCIETAL_VALUE_PER_EURO -> new Shown(VALUE_SUM, COST_SUM, COST_CASES);
      case MUNICIPAL_OUTCOME_GAP, SEGMENT_OUTCOME_GAP -> new Shown(null, null, null);
    };
  }

  private static Shown count(Quantity quantity) {
    return new Shown(quantity, null, quantity);
  }

  private static Shown rate(Quantity numerator, Quantity denominator) {
    return new Shown(numerator, denominator, denominator);
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
