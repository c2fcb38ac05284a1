package nl.effectmeter.web;

import java.util.List;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.answer.Scorecard;
import nl.effectmeter.answer.SignalJson;
import nl.effectmeter.indicator.Unit;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.store.Revised;

/** An organisation's scorecard for one period: the four questions, each indicator a table row. */
final class ScorecardPage {
  private ScorecardPage() {}

  static String render(
      Scorecard card,
      List<DimensionService.Code> regulations,
      List<String> periods,
      Language language) {
    String name =
        card.organisation().name() == null
            ? card.organisation().code()
            : card.organisation().name();
    String title = Words.SCORECARD.in(language) + " " + name + " " + card.period();
    Link self = Link.scorecard(card.organisation().code()).with("period", card.period());
    HtmlWriter html = Layout.begin(language, title, self);
    html.element("h1", title, "class", "utrecht-heading-1");
    html.element(
        "p",
        Terms.layer(card.organisation().governmentLayer(), language)
            + " · "
            + Words.PREVIOUS_PERIOD.in(language)
            + ": "
            + card.previousPeriod(),
        "class",
        "utrecht-paragraph");
    periodForm(html, card, periods, language);
    html.element("p", Words.TREND_NOTE.in(language), "class", "utrecht-paragraph em-note");
    int number = 0;
    for (Scorecard.Group group : card.groups()) {
      number++;
      String question = Terms.question(group.question(), language);
      html.element("h2", question, "class", "utrecht-heading-2", "id", "question-" + number);
      table(html, group, question, card.previousPeriod(), language);
    }

    html.element("h2", Words.REGULATIONS_TRENDS.in(language), "class", "utrecht-heading-2");
    html.open("ul", "class", "utrecht-unordered-list", "id", "regulations");
    for (DimensionService.Code regulation : regulations) {
      html.open("li", "class", "utrecht-unordered-list__item");
      html.element(
          "a",
          regulation.name() == null
              ? regulation.code()
              : regulation.name() + " (" + regulation.code() + ")",
          "class",
          "utrecht-link",
          "href",
          Link.trend(card.organisation().code(), regulation.code()).lang(language).toString(),
          "data-regulation",
          regulation.code());
      html.close("li");
    }
    html.close("ul");

    html.element(
        "h2", Words.SIGNALS.in(language) + " " + card.period(), "class", "utrecht-heading-2");
    SignalTable.write(html, signals(card.signals()), language, "signals");

    html.element(
        "h2",
        Words.FEASIBILITY_SIGNALS.in(language) + " " + card.period(),
        "class",
        "utrecht-heading-2");
    FeasibilityTable.signals(html, card.feasibilitySignals(), language);
    html.element("h2", Words.UNVOICED_DISTRESS.in(language), "class", "utrecht-heading-2");
    FeasibilityTable.unvoicedDistress(html, card.unvoicedDistress(), language);
    return Layout.end(html, language, card.run());
  }

  private static void periodForm(
      HtmlWriter html, Scorecard card, List<String> periods, Language language) {
    html.open(
        "form",
        "method",
        "get",
        "action",
        Link.scorecard(card.organisation().code()).toString(),
        "class",
        "em-period-form");
    html.element(
        "label", Words.PERIOD.in(language), "for", "period", "class", "utrecht-form-label");
    html.open("select", "id", "period", "name", "period", "class", "utrecht-select");
    for (String period : periods) {
      html.element(
          "option",
          period,
          "value",
          period,
          "selected",
          period.equals(card.period()) ? "selected" : null);
    }
    html.close("select");
    html.empty("input", "type", "hidden", "name", "lang", "value", language.code());
    html.element(
        "button",
        Words.SHOW.in(language),
        "type",
        "submit",
        "class",
        "utrecht-button utrecht-button--primary-action");
    html.close("form");
  }

  private static void table(
      HtmlWriter html,
      Scorecard.Group group,
      String question,
      String previousPeriod,
      Language language) {
    html.open("table", "class", "utrecht-table em-table em-scorecard");
    html.element("caption", question, "class", "utrecht-table__caption em-visually-hidden");
    html.open("thead", "class", "utrecht-table__header");
    html.open("tr", "class", "utrecht-table__row");
    String[] columns = {
      Words.INDICATOR.in(language),
      Words.VALUE.in(language),
      Words.INTERVAL.in(language),
      Words.PREVIOUS.in(language) + " (" + previousPeriod + ")",
      Words.CHANGE.in(language),
      Words.TREND.in(language),
      Words.PEER_MEDIAN.in(language),
      Words.RANK.in(language)
    };
    for (String column : columns) {
      html.element("th", column, "scope", "col", "class", "utrecht-table__header-cell");
    }
    html.close("tr");
    html.close("thead");
    html.open("tbody", "class", "utrecht-table__body");
    for (Scorecard.Entry entry : group.indicators()) {
      row(html, entry, language);
    }
    html.close("tbody");
    html.close("table");
  }

  private static void row(HtmlWriter html, Scorecard.Entry entry, Language language) {
    Unit unit = unit(entry.unit());
    html.open("tr", "class", "utrecht-table__row", "data-indicator", entry.indicator());
    html.element(
        "th",
        Terms.indicator(entry.indicator(), language),
        "scope",
        "row",
        "class",
        "utrecht-table__header-cell");
    numberCell(html, "value", entry.value(), entry.status(), unit, language, entry.revision());
    html.open("td", "class", "utrecht-table__cell em-number", "data-field", "interval");
    if (entry.interval() != null && entry.interval().low() != null) {
      html.text(
          Numbers.value(entry.interval().low(), unit, language)
              + " – "
              + Numbers.value(entry.interval().high(), unit, language));
    }
    html.close("td");
    numberCell(
        html,
        "previous",
        entry.previous().value(),
        entry.previous().status(),
        unit,
        language,
        null);
    html.element(
        "td",
        entry.change() == null ? "–" : Numbers.change(entry.change(), unit, language),
        "class",
        "utrecht-table__cell em-number",
        "data-field",
        "change",
        "data-value",
        entry.change() == null ? null : Double.toString(entry.change()));
    trendCell(html, entry, language);
    html.element(
        "td",
        entry.peers().median() == null
            ? "–"
            : Numbers.value(entry.peers().median(), unit, language),
        "class",
        "utrecht-table__cell em-number",
        "data-field",
        "median",
        "data-value",
        entry.peers().median() == null ? null : Double.toString(entry.peers().median()));
    html.element(
        "td",
        entry.peers().rank() == null
            ? "–"
            : entry.peers().rank() + " " + Words.OF.in(language) + " " + entry.peers().count(),
        "class",
        "utrecht-table__cell em-number",
        "data-field",
        "rank",
        "data-value",
        entry.peers().rank() == null ? null : entry.peers().rank().toString());
    html.close("tr");
  }

  /**
   * A value, or the words of its status ("confidential"), never a number it does not have; marked
   * where the previous published run had it otherwise, with that run's value in the mark's title.
   */
  private static void numberCell(
      HtmlWriter html,
      String field,
      Double value,
      String status,
      Unit unit,
      Language language,
      Revised revision) {
    html.open(
        "td",
        "class",
        "utrecht-table__cell em-number",
        "data-field",
        field,
        "data-status",
        status,
        "data-value",
        value == null ? null : Double.toString(value));
    if (value == null) {
      html.element(
          "span", Numbers.status(status, language), "class", "em-status em-status--" + status);
    } else {
      html.text(Numbers.value(value, unit, language));
    }
    if (revision != null) {
      html.text(" ");
      html.element(
          "span",
          Words.revision(revision.kind()).in(language),
          "class",
          "em-revised",
          "data-kind",
          revision.kind(),
          "title",
          Words.PREVIOUS_RUN.in(language)
              + " "
              + revision.previousRun()
              + (revision.oldValue() == null
                  ? ""
                  : ": " + Numbers.value(revision.oldValue(), unit, language)));
    }
    html.close("td");
  }

  /** Arrow and word: the arrow shows the direction of the change, its colour significance. */
  private static void trendCell(HtmlWriter html, Scorecard.Entry entry, Language language) {
    html.open(
        "td", "class", "utrecht-table__cell", "data-field", "trend", "data-trend", entry.trend());
    if (entry.trend() == null) {
      html.element("span", Words.NOT_ASSESSED.in(language), "class", "em-muted");
    } else {
      String arrow = entry.change() > 0 ? "▲" : entry.change() < 0 ? "▼" : "▶";
      html.open("span", "class", "em-trend em-trend--" + entry.trend());
      html.element("span", arrow, "aria-hidden", "true", "class", "em-arrow");
      html.text(" " + Terms.trend(entry.trend(), language));
      html.close("span");
    }
    html.close("td");
  }

  private static Unit unit(String label) {
    for (Unit unit : Unit.values()) {
      if (unit.label().equals(label)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("Unknown unit " + label);
  }

  private static List<Signal> signals(List<SignalJson> signals) {
    return signals.stream()
        .map(
            s ->
                new Signal(
                    s.organisation(),
                    s.regulation(),
                    s.period(),
                    s.signal(),
                    s.severity(),
                    s.value(),
                    s.reference(),
                    s.message()))
        .toList();
  }
}
