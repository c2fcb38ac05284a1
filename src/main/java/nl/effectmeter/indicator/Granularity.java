package nl.effectmeter.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Period granularities; periods are written {@code 2025-03}, {@code 2025-Q1} and {@code 2025}. */
public enum Granularity {
  MONTH,
  QUARTER,
  YEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The period label that holds the given date. */
  public String periodOf(LocalDate date) {
    return switch (this) {
      case MONTH -> YearMonth.from(date).toString();
      case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(date.getYear());
    };
  }

  /** The first month of a period label of this granularity. */
  public YearMonth firstMonth(String period) {
    return switch (this) {
      case MONTH -> YearMonth.parse(period);
      case QUARTER ->
          YearMonth.of(
              Integer.parseInt(period.substring(0, 4)),
              (Integer.parseInt(period.substring(6)) - 1) * 3 + 1);
      case YEAR -> YearMonth.of(Integer.parseInt(period), 1);
    };
  }

  /** The last month of a period label of this granularity. */
  public YearMonth lastMonth(String period) {
    return switch (this) {
      case MONTH -> firstMonth(period);
      case QUARTER -> firstMonth(period).plusMonths(2);
      case YEAR -> firstMonth(period).plusMonths(11);
    };
  }

  /** The period label that comes right before the given one. */
  public String previous(String period) {
    return periodOf(firstMonth(period).minusMonths(1).atDay(1));
  }

  /** Whether the label is a well-formed period of this granularity. */
  public boolean accepts(String period) {
    if (period == null) {
      return false;
    }
    return period.matches(pattern());
  }

  /** The regular expression of a well-formed period label of this granularity (whole label). */
  public String pattern() {
    return switch (this) {
      case MONTH -> "[0-9]{4}-(0[1-9]|1[0-2])";
      case QUARTER -> "[0-9]{4}-Q[1-4]";
      case YEAR -> "[0-9]{4}";
    };
  }

  public static Granularity fromLabel(String label) {
    for (Granularity granularity : values()) {
      if (granularity.label().equals(label)) {
        return granularity;
      }
    }
    throw new IllegalArgumentException("Unknown granularity: " + label);
  }

  /** The granularity a period label is written in. */
  public static Granularity ofPeriod(String period) {
    for (Granularity granularity : values()) {
      if (granularity.accepts(period)) {
        return granularity;
      }
    }
    throw new IllegalArgumentException("Cannot parse period: " + period);
  }
}
