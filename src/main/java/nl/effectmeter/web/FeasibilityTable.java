package nl.effectmeter.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.effectmeter.feasibility.UnvoicedDistressFinder;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PublishedColumns;

/**
 * The scorecard's rows of FEASIBILITY.md's published tables: the organisation's feasibility signals
 * (feasibility_evidence) and its unvoiced distress. It writes the scorecard's values as they are; a
 * null is a dash, never a number.
 */
final class FeasibilityTable {
  /** The months unvoiced distress looks back on, up to as_of, as the job's rule counts them. */
  static final int DISTRESS_WINDOW_MONTHS = UnvoicedDistressFinder.WINDOW_MONTHS;

  private static final String NONE = "–";

  private FeasibilityTable() {}

  static void signals(HtmlWriter html, List<Map<String, Object>> rows, Language language) {
    String id = "feasibility-signals";
    if (rows.isEmpty()) {
      html.element(
          "p", Words.NO_FEASIBILITY_SIGNALS.in(language), "class", "utrecht-paragraph", "id", id);
      return;
    }
    html.open("table", "class", "utrecht-table em-table", "id", id);
    html.element(
        "caption",
        Words.FEASIBILITY_SIGNALS.in(language),
        "class",
        "utrecht-table__caption em-visually-hidden");
    header(
        html,
        language,
        Words.SIGNAL_ID,
        Words.KIND,
        Words.REGULATION,
        Words.RAISED_AT,
        Words.RESPONSE,
        Words.RESPONDED_AT,
        Words.LEAD_MONTHS);
    html.open("tbody", "class", "utrecht-table__body");
    for (Map<String, Object> row : rows) {
      String kind = text(row.get(FeasibilityColumns.KIND));
      html.open(
          "tr",
          "class",
          "utrecht-table__row",
          "data-signal-id",
          text(row.get(FeasibilityColumns.SIGNAL_ID)),
          "data-kind",
          kind);
      html.element(
          "th",
          orDash(text(row.get(FeasibilityColumns.SIGNAL_ID))),
          "scope",
          "row",
          "class",
          "utrecht-table__header-cell");
      html.element(
          "td",
          orDash(Terms.feasibilityKind(kind, language)),
          "class",
          "utrecht-table__cell",
          "data-field",
          FeasibilityColumns.KIND);
      cell(html, PublishedColumns.REGULATION, text(row.get(PublishedColumns.REGULATION)), null);
      cell(html, FeasibilityColumns.RAISED_AT, text(row.get(FeasibilityColumns.RAISED_AT)), null);
      String response = text(row.get(FeasibilityColumns.RESPONSE));
      cell(html, FeasibilityColumns.RESPONSE, Terms.response(response, language), response);
      cell(
          html,
          FeasibilityColumns.RESPONDED_AT,
          text(row.get(FeasibilityColumns.RESPONDED_AT)),
          null);
      Object lead = row.get(FeasibilityColumns.LEAD_MONTHS);
      html.element(
          "td",
          lead == null ? NONE : lead.toString(),
          "class",
          "utrecht-table__cell em-number",
          "data-field",
          FeasibilityColumns.LEAD_MONTHS,
          "data-value",
          lead == null ? null : lead.toString());
      html.close("tr");
    }
    html.close("tbody");
    html.close("table");
  }

  static void unvoicedDistress(HtmlWriter html, List<Map<String, Object>> rows, Language language) {
    String id = "unvoiced-distress";
    html.element("p", Words.UNVOICED_NOTE.in(language), "class", "utrecht-paragraph em-note");
    if (rows.isEmpty()) {
      html.element(
          "p", Words.NO_UNVOICED_DISTRESS.in(language), "class", "utrecht-paragraph", "id", id);
      return;
    }
    html.open("table", "class", "utrecht-table em-table", "id", id);
    html.element(
        "caption",
        Words.UNVOICED_DISTRESS.in(language),
        "class",
        "utrecht-table__caption em-visually-hidden");
    header(
        html,
        language,
        Words.REGULATION,
        Words.SIGNALS,
        Words.HIGH_SIGNAL_MONTHS,
        Words.FIRST_MONTH,
        Words.LAST_MONTH);
    html.open("tbody", "class", "utrecht-table__body");
    for (Map<String, Object> row : rows) {
      String regulation = text(row.get(PublishedColumns.REGULATION));
      html.open("tr", "class", "utrecht-table__row", "data-regulation", regulation);
      html.element("th", orDash(regulation), "scope", "row", "class", "utrecht-table__header-cell");
      String signals = text(row.get(FeasibilityColumns.SIGNALS));
      cell(html, FeasibilityColumns.SIGNALS, signalNames(signals, language), signals);
      Object months = row.get(FeasibilityColumns.MONTHS_WITH_HIGH_SIGNALS);
      html.element(
          "td",
          months == null
              ? NONE
              : months
                  + " "
                  + Words.OF_THE_LAST.in(language)
                  + " "
                  + DISTRESS_WINDOW_MONTHS
                  + " "
                  + Words.MONTHS.in(language),
          "class",
          "utrecht-table__cell em-number",
          "data-field",
          FeasibilityColumns.MONTHS_WITH_HIGH_SIGNALS,
          "data-value",
          months == null ? null : months.toString());
      cell(
          html,
          FeasibilityColumns.FIRST_MONTH,
          text(row.get(FeasibilityColumns.FIRST_MONTH)),
          null);
      cell(html, FeasibilityColumns.LAST_MONTH, text(row.get(FeasibilityColumns.LAST_MONTH)), null);
      html.close("tr");
    }
    html.close("tbody");
    html.close("table");
  }

  private static void header(HtmlWriter html, Language language, Words... columns) {
    html.open("thead", "class", "utrecht-table__header");
    html.open("tr", "class", "utrecht-table__row");
    for (Words column : columns) {
      html.element(
          "th", column.in(language), "scope", "col", "class", "utrecht-table__header-cell");
    }
    html.close("tr");
    html.close("thead");
  }

  private static void cell(HtmlWriter html, String field, String text, String value) {
    html.element(
        "td",
        orDash(text),
        "class",
        "utrecht-table__cell",
        "data-field",
        field,
        "data-value",
        value);
  }

  /** The comma-separated signal names of a row, each in the page's language. */
  private static String signalNames(String signals, Language language) {
    if (signals == null || signals.isEmpty()) {
      return null;
    }
    return Arrays.stream(signals.split(","))
        .map(String::trim)
        .map(s -> Terms.signal(s, language))
        .collect(Collectors.joining(", "));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String orDash(String text) {
    return text == null ? NONE : text;
  }
}
