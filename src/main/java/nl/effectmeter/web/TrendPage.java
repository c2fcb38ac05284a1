package nl.effectmeter.web;

import java.util.List;
import java.util.stream.Collectors;
import nl.effectmeter.indicator.Unit;

/** The monthly trend of one indicator for an organisation and regulation: chart and table. */
final class TrendPage {
  private TrendPage() {}

  static String render(TrendSeries series, Language language) {
    String indicator = Terms.indicator(series.indicator().id(), language);
    String title = indicator + " · " + series.organisationName() + " · " + series.regulationName();
    Link self =
        Link.trend(series.organisation(), series.regulation())
            .with("indicator", series.indicator().id());
    HtmlWriter html = Layout.begin(language, title, self);
    html.element("h1", indicator, "class", "utrecht-heading-1");
    html.element(
        "p",
        series.organisationName()
            + " ("
            + series.organisation()
            + ") · "
            + series.regulationName()
            + " ("
            + series.regulation()
            + ") · "
            + Words.TREND_TITLE.in(language),
        "class",
        "utrecht-paragraph");
    html.open("p", "class", "utrecht-paragraph");
    html.element(
        "a",
        Words.BACK_TO_SCORECARD.in(language),
        "class",
        "utrecht-link",
        "href",
        Link.scorecard(series.organisation()).lang(language).toString());
    html.close("p");
    indicatorForm(html, series, language);

    html.element("h2", Words.TREND_TITLE.in(language), "class", "utrecht-heading-2");
    html.open("figure", "class", "em-figure");
    html.trusted(
        TrendChart.svg(
            series,
            Words.CHART_OF.in(language) + " " + title,
            description(series, language),
            language));
    html.open("figcaption", "class", "em-legend");
    legend(html, "em-key-line", indicator);
    legend(html, "em-key-band", Words.BAND.in(language));
    legend(html, "em-key-confidential", Words.CONFIDENTIAL.in(language));
    legend(html, "em-key-signal", Words.SIGNAL_MARK.in(language));
    html.close("figcaption");
    html.close("figure");

    html.element("h2", Words.TABLE_OF.in(language), "class", "utrecht-heading-2");
    table(html, series, indicator, language);
    html.element("h2", Words.SIGNALS.in(language), "class", "utrecht-heading-2");
    SignalTable.write(html, series.signals(), language, "signals");
    return Layout.end(html, language, series.run());
  }

  /** The chart's text alternative: its span, what is not drawn and where signals fired. */
  static String description(TrendSeries series, Language language) {
    List<TrendSeries.Point> points = series.points();
    if (points.isEmpty()) {
      return Words.NO_DATA.in(language);
    }
    String confidential =
        points.stream()
            .filter(p -> "confidential".equals(p.status()))
            .map(TrendSeries.Point::period)
            .collect(Collectors.joining(", "));
    String signals =
        series.signals().stream()
            .map(s -> s.period() + " " + Terms.signal(s.signal(), language))
            .collect(Collectors.joining(", "));
    return points.get(0).period()
        + " – "
        + points.get(points.size() - 1).period()
        + ". "
        + Words.CONFIDENTIAL_MONTHS.in(language)
        + ": "
        + (confidential.isEmpty() ? Words.NONE.in(language) : confidential)
        + ". "
        + Words.SIGNALS.in(language)
        + ": "
        + (signals.isEmpty() ? Words.NONE.in(language) : signals)
        + ". "
        + Words.TABLE_OF.in(language)
        + ".";
  }

  private static void legend(HtmlWriter html, String keyClass, String text) {
    html.open("span", "class", "em-legend-item");
    html.element("span", "", "class", "em-key " + keyClass, "aria-hidden", "true");
    html.text(" " + text);
    html.close("span");
  }

  private static void indicatorForm(HtmlWriter html, TrendSeries series, Language language) {
    html.open(
        "form",
        "method",
        "get",
        "action",
        Link.trend(series.organisation(), series.regulation()).toString(),
        "class",
        "em-period-form");
    html.element(
        "label",
        Words.OTHER_INDICATORS.in(language),
        "for",
        "indicator",
        "class",
        "utrecht-form-label");
    html.open("select", "id", "indicator", "name", "indicator", "class", "utrecht-select");
    for (String id : TrendSeries.INDICATORS) {
      html.element(
          "option",
          Terms.indicator(id, language),
          "value",
          id,
          "selected",
          id.equals(series.indicator().id()) ? "selected" : null);
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
      HtmlWriter html, TrendSeries series, String indicator, Language language) {
    Unit unit = series.indicator().unit();
    html.open("table", "class", "utrecht-table em-table", "id", "months");
    html.element("caption", indicator, "class", "utrecht-table__caption");
    html.open("thead", "class", "utrecht-table__header");
    html.open("tr", "class", "utrecht-table__row");
    for (Words column : new Words[] {Words.MONTH, Words.VALUE, Words.INTERVAL, Words.SIGNALS}) {
      html.element(
          "th", column.in(language), "scope", "col", "class", "utrecht-table__header-cell");
    }
    html.close("tr");
    html.close("thead");
    html.open("tbody", "class", "utrecht-table__body");
    for (TrendSeries.Point point : series.points()) {
      html.open("tr", "class", "utrecht-table__row", "data-period", point.period());
      html.element("th", point.period(), "scope", "row", "class", "utrecht-table__header-cell");
      html.open(
          "td",
          "class",
          "utrecht-table__cell em-number",
          "data-field",
          "value",
          "data-status",
          point.status(),
          "data-value",
          point.value() == null ? null : Double.toString(point.value()));
      if (point.value() == null) {
        html.element(
            "span",
            Numbers.status(point.status(), language),
            "class",
            "em-status em-status--" + point.status());
      } else {
        html.text(Numbers.value(point.value(), unit, language));
      }
      html.close("td");
      html.element(
          "td",
          point.low() == null
              ? ""
              : Numbers.value(point.low(), unit, language)
                  + " – "
                  + Numbers.value(point.high(), unit, language),
          "class",
          "utrecht-table__cell em-number",
          "data-field",
          "interval");
      html.element(
          "td",
          series.signals().stream()
              .filter(s -> s.period().equals(point.period()))
              .map(s -> Terms.signal(s.signal(), language))
              .collect(Collectors.joining(", ")),
          "class",
          "utrecht-table__cell");
      html.close("tr");
    }
    html.close("tbody");
    html.close("table");
  }
}
