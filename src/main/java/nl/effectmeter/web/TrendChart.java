package nl.effectmeter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.effectmeter.indicator.Unit;
import nl.effectmeter.reference.Signal;

/**
 * The monthly line with its 95% band as SVG, drawn on the server. A month without a published value
 * breaks the line (it is never drawn as 0 nor bridged); a confidential month is a hatched column, a
 * signal a triangle above its month.
 */
final class TrendChart {
  static final int WIDTH = 760;
  static final int HEIGHT = 320;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 24;
  private static final int BOTTOM = 40;

  private TrendChart() {}

  static String svg(TrendSeries series, String title, String description, Language language) {
    List<TrendSeries.Point> points = series.points();
    Unit unit = series.indicator().unit();
    double max = top(points, unit);
    HtmlWriter svg = new HtmlWriter();
    svg.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 " + WIDTH + " " + HEIGHT,
        "role",
        "img",
        "aria-labelledby",
        "chart-title chart-desc",
        "class",
        "em-chart",
        "id",
        "chart");
    svg.element("title", title, "id", "chart-title");
    svg.element("desc", description, "id", "chart-desc");
    svg.open("defs");
    svg.open(
        "pattern",
        "id",
        "em-hatch",
        "width",
        "6",
        "height",
        "6",
        "patternUnits",
        "userSpaceOnUse",
        "patternTransform",
        "rotate(45)");
    svg.empty("rect", "width", "6", "height", "6", "class", "em-hatch-bg");
    svg.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "class", "em-hatch-line");
    svg.close("pattern");
    svg.close("defs");
    axes(svg, points, unit, max, language);
    for (int i = 0; i < points.size(); i++) {
      TrendSeries.Point point = points.get(i);
      if ("confidential".equals(point.status())) {
        double half = step(points.size()) / 2;
        svg.open(
            "rect",
            "x",
            num(x(i, points.size()) - half),
            "y",
            num(TOP),
            "width",
            num(2 * half),
            "height",
            num(HEIGHT - TOP - BOTTOM),
            "fill",
            "url(#em-hatch)",
            "class",
            "em-chart-confidential",
            "data-period",
            point.period());
        svg.element("title", point.period() + ": " + Words.CONFIDENTIAL.in(language));
        svg.close("rect");
      }
    }
    for (List<Integer> segment : segments(points)) {
      band(svg, points, segment, max);
    }
    for (List<Integer> segment : segments(points)) {
      StringBuilder line = new StringBuilder();
      for (int i : segment) {
        line.append(num(x(i, points.size())))
            .append(',')
            .append(num(y(points.get(i).value(), max)))
            .append(' ');
      }
      svg.empty("polyline", "points", line.toString().trim(), "class", "em-chart-line");
    }
    for (int i = 0; i < points.size(); i++) {
      TrendSeries.Point point = points.get(i);
      if (point.isShown()) {
        svg.open(
            "circle",
            "cx",
            num(x(i, points.size())),
            "cy",
            num(y(point.value(), max)),
            "r",
            "3",
            "class",
            "em-chart-point",
            "data-period",
            point.period());
        svg.element("title", point.period() + ": " + Numbers.value(point.value(), unit, language));
        svg.close("circle");
      }
    }
    signals(svg, series, language);
    svg.close("svg");
    return svg.toString();
  }

  private static void axes(
      HtmlWriter svg, List<TrendSeries.Point> points, Unit unit, double max, Language language) {
    for (int tick = 0; tick <= 4; tick++) {
      double value = max * tick / 4;
      double y = y(value, max);
      svg.empty(
          "line",
          "x1",
          num(LEFT),
          "y1",
          num(y),
          "x2",
          num(WIDTH - RIGHT),
          "y2",
          num(y),
          "class",
          tick == 0 ? "em-chart-axis" : "em-chart-grid");
      svg.element(
          "text",
          Numbers.value(value, unit == Unit.COUNT ? Unit.PER_1000 : unit, language),
          "x",
          num(LEFT - 6),
          "y",
          num(y + 4),
          "class",
          "em-chart-label",
          "text-anchor",
          "end");
    }
    for (int i = 0; i < points.size(); i++) {
      String period = points.get(i).period();
      if (period.endsWith("-01") || points.size() <= 12) {
        svg.element(
            "text",
            points.size() <= 12 ? period.substring(5) : period.substring(0, 4),
            "x",
            num(x(i, points.size())),
            "y",
            num(HEIGHT - BOTTOM + 18),
            "class",
            "em-chart-label",
            "text-anchor",
            "middle");
      }
    }
  }

  private static void band(
      HtmlWriter svg, List<TrendSeries.Point> points, List<Integer> segment, double max) {
    if (points.get(segment.get(0)).low() == null) {
      return;
    }
    if (segment.size() == 1) {
      int i = segment.get(0);
      double x = x(i, points.size());
      svg.empty(
          "line",
          "x1",
          num(x),
          "y1",
          num(y(points.get(i).low(), max)),
          "x2",
          num(x),
          "y2",
          num(y(points.get(i).high(), max)),
          "class",
          "em-chart-band-single");
      return;
    }
    StringBuilder polygon = new StringBuilder();
    for (int i : segment) {
      polygon.append(num(x(i, points.size()))).append(',');
      polygon.append(num(y(points.get(i).high(), max))).append(' ');
    }
    for (int k = segment.size() - 1; k >= 0; k--) {
      int i = segment.get(k);
      polygon.append(num(x(i, points.size()))).append(',');
      polygon.append(num(y(points.get(i).low(), max))).append(' ');
    }
    svg.empty("polygon", "points", polygon.toString().trim(), "class", "em-chart-band");
  }

  private static void signals(HtmlWriter svg, TrendSeries series, Language language) {
    List<TrendSeries.Point> points = series.points();
    for (Signal signal : series.signals()) {
      int i = indexOf(points, signal.period());
      if (i < 0) {
        continue;
      }
      double x = x(i, points.size());
      svg.open(
          "polygon",
          "points",
          num(x - 5)
              + ","
              + num(TOP - 12)
              + " "
              + num(x + 5)
              + ","
              + num(TOP - 12)
              + " "
              + num(x)
              + ","
              + num(TOP - 3),
          "class",
          "em-chart-signal em-chart-signal--" + signal.severity(),
          "data-period",
          signal.period());
      svg.element(
          "title",
          signal.period()
              + ": "
              + Terms.signal(signal.signal(), language)
              + " ("
              + Terms.severity(signal.severity(), language)
              + ")");
      svg.close("polygon");
    }
  }

  /** Runs of consecutive months with a published value: a line is drawn within a run only. */
  static List<List<Integer>> segments(List<TrendSeries.Point> points) {
    List<List<Integer>> segments = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).isShown()) {
        current.add(i);
      } else if (!current.isEmpty()) {
        segments.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      segments.add(current);
    }
    return segments;
  }

  private static int indexOf(List<TrendSeries.Point> points, String period) {
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).period().equals(period)) {
        return i;
      }
    }
    return -1;
  }

  /** The top of the value axis: 100% for shares, else a little above the highest bound. */
  private static double top(List<TrendSeries.Point> points, Unit unit) {
    if (unit == Unit.SHARE) {
      return 1;
    }
    double max = 0;
    for (TrendSeries.Point point : points) {
      if (point.isShown()) {
        max = Math.max(max, point.high() == null ? point.value() : point.high());
      }
    }
    return max <= 0 ? 1 : max * 1.1;
  }

  private static double step(int count) {
    return (double) (WIDTH - LEFT - RIGHT) / Math.max(count, 1);
  }

  private static double x(int index, int count) {
    return LEFT + step(count) * (index + 0.5);
  }

  private static double y(double value, double max) {
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / max);
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
