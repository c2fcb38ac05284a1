package nl.effectmeter.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.effectmeter.feasibility.UnvoicedDistressFinder;

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
      String kind = text(row.get("kind"));
      html.open(
          "tr",
          "class",
          "utrecht-table__row",
          "data-signal-id",
          text(row.get("signal_id")),
          "data-kind",
          kind);
      html.element(
          "th",
          orDash(text(row.get("signal_id"))),
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
          "kind");
      cell(html, "regulation", text(row.get("regulation")), null);
      cell(html, "raised_at", text(row.get("raised_at")), null);
      String response = text(row.get("response"));
      cell(html, "response", Terms.response(response, language), response);
      cell(html, "responded_at", text(row.get("responded_at")), null);
      Object lead = row.get("lead_months");
      html.element(
          "td",
          lead == null ? NONE : lead.toString(),
          "class",
          "utrecht-table__cell em-number",
          "data-field",
          "lead_months",
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
      String regulation = text(row.get("regulation"));
      html.open("tr", "class", "utrecht-table__row", "data-regulation", regulation);
      html.element("th", orDash(regulation), "scope", "row", "class", "utrecht-table__header-cell");
      String signals = text(row.get("signals"));
      cell(html, "signals", signalNames(signals, language), signals);
      Object months = row.get("months_with_high_signals");
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
          "months_with_high_signals",
          "data-value",
          months == null ? null : months.toString());
      cell(html, "first_month", text(row.get("first_month")), null);
      cell(html, "last_month", text(row.get("last_month")), null);
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
