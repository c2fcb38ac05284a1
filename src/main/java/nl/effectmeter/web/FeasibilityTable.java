package nl.effectmeter.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.effectmeter.feasibility.UnvoicedDistressFinder;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.UnvoicedDistressRow;

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

  static void signals(HtmlWriter html, List<EvidenceRow> rows, Language language) {
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
    for (EvidenceRow row : rows) {
      String kind = row.kind();
      html.open(
          "tr", "class", "utrecht-table__row", "data-signal-id", row.signalId(), "data-kind", kind);
      html.element(
          "th", orDash(row.signalId()), "scope", "row", "class", "utrecht-table__header-cell");
      html.element(
          "td",
          orDash(Terms.feasibilityKind(kind, language)),
          "class",
          "utrecht-table__cell",
          "data-field",
          FeasibilityColumns.KIND);
      cell(html, PublishedColumns.REGULATION, row.regulation(), null);
      cell(html, FeasibilityColumns.RAISED_AT, row.raisedAt(), null);
      String response = row.response();
      cell(html, FeasibilityColumns.RESPONSE, Terms.response(response, language), response);
      cell(html, FeasibilityColumns.RESPONDED_AT, row.respondedAt(), null);
      Long lead = row.leadMonths();
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

  static void unvoicedDistress(HtmlWriter html, List<UnvoicedDistressRow> rows, Language language) {
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
    for (UnvoicedDistressRow row : rows) {
      String regulation = row.regulation();
      html.open("tr", "class", "utrecht-table__row", "data-regulation", regulation);
      html.element("th", orDash(regulation), "scope", "row", "class", "utrecht-table__header-cell");
      String signals = row.signals();
      cell(html, FeasibilityColumns.SIGNALS, signalNames(signals, language), signals);
      Long months = row.monthsWithHighSignals();
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
      cell(html, FeasibilityColumns.FIRST_MONTH, row.firstMonth(), null);
      cell(html, FeasibilityColumns.LAST_MONTH, row.lastMonth(), null);
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

  private static String orDash(String text) {
    return text == null ? NONE : text;
  }
}
