package nl.effectmeter.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.effectmeter.indicator.Unit;

/**
 * Writes indicator values as a reader expects them: shares as percentages, counts whole, money in
 * euros. A value the run did not publish is written as a word, never as a number.
 */
final class Numbers {
  private Numbers() {}

  /** The value in its unit, or null when there is none (the caller writes the status instead). */
  static String value(Double value, Unit unit, Language language) {
    if (value == null) {
      return null;
    }
    return switch (unit) {
      case SHARE -> format(value * 100, "#,##0.0", language) + "%";
      case COUNT -> format(value, "#,##0", language);
      case DAYS ->
          format(value, "#,##0.#", language) + (language == Language.NL ? " dagen" : " days");
      case EUR -> "€ " + format(value, "#,##0.00", language);
      case PER_1000 -> format(value, "#,##0.0", language);
      case RATIO -> format(value, "#,##0.00", language);
    };
  }

  /** A change in the unit: percentage points for shares, with its sign. */
  static String change(double change, Unit unit, Language language) {
    String sign = change > 0 ? "+" : "";
    return switch (unit) {
      case SHARE ->
          sign
              + format(change * 100, "#,##0.0", language)
              + (language == Language.NL ? " %-punt" : " pp");
      default -> sign + value(change, unit, language);
    };
  }

  /** The words of a status that carries no number. */
  static String status(String status, Language language) {
    return switch (status) {
      case "confidential" -> Words.CONFIDENTIAL.in(language);
      case "no_data" -> Words.NO_DATA.in(language);
      default -> status;
    };
  }

  private static String format(double value, String pattern, Language language) {
    DecimalFormatSymbols symbols =
        DecimalFormatSymbols.getInstance(
            language == Language.NL ? Locale.forLanguageTag("nl-NL") : Locale.UK);
    symbols.setMinusSign('-');
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    String text = format.format(value);
    return text.equals("-0") || text.matches("-0[.,]0+") ? text.substring(1) : text;
  }
}
