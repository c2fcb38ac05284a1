package nl.effectmeter.web;

import java.util.List;
import nl.effectmeter.reference.Signal;

/** A table of early-warning signals, each linked to its organisation and regulation's trend. */
final class SignalTable {
  private SignalTable() {}

  static void write(HtmlWriter html, List<Signal> signals, Language language, String id) {
    if (signals.isEmpty()) {
      html.element("p", Words.NO_SIGNALS.in(language), "class", "utrecht-paragraph", "id", id);
      return;
    }
    html.open("table", "class", "utrecht-table em-table", "id", id);
    html.element(
        "caption",
        Words.SIGNALS.in(language),
        "class",
        "utrecht-table__caption em-visually-hidden");
    html.open("thead", "class", "utrecht-table__header");
    html.open("tr", "class", "utrecht-table__row");
    for (Words column :
        new Words[] {
          Words.MONTH,
          Words.ORGANISATION,
          Words.REGULATION,
          Words.SIGNAL,
          Words.SEVERITY,
          Words.MESSAGE
        }) {
      html.element(
          "th", column.in(language), "scope", "col", "class", "utrecht-table__header-cell");
    }
    html.close("tr");
    html.close("thead");
    html.open("tbody", "class", "utrecht-table__body");
    for (Signal signal : signals) {
      html.open(
          "tr",
          "class",
          "utrecht-table__row",
          "data-signal",
          signal.signal(),
          "data-period",
          signal.period());
      html.element("th", signal.period(), "scope", "row", "class", "utrecht-table__header-cell");
      html.element("td", signal.organisation(), "class", "utrecht-table__cell");
      html.open("td", "class", "utrecht-table__cell");
      html.element(
          "a",
          signal.regulation(),
          "class",
          "utrecht-link",
          "href",
          Link.trend(signal.organisation(), signal.regulation()).lang(language).toString());
      html.close("td");
      html.element("td", Terms.signal(signal.signal(), language), "class", "utrecht-table__cell");
      html.element(
          "td",
          Terms.severity(signal.severity(), language),
          "class",
          "utrecht-table__cell em-severity-" + signal.severity());
      html.element(
          "td", signal.message() == null ? "" : signal.message(), "class", "utrecht-table__cell");
      html.close("tr");
    }
    html.close("tbody");
    html.close("table");
  }
}
