package nl.effectmeter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Unit;
import nl.effectmeter.warehouse.EvidenceRow;
import org.junit.jupiter.api.Test;

/** The small parts the pages are made of: escaping, language choice, numbers, line segments. */
class PagePartsTest {
  @Test
  void escapingLeavesNoMarkupInTextOrAttributes() {
    assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(new HtmlWriter().element("td", "<b>", "title", "\"><script>").toString())
        .isEqualTo("<td title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;</td>");
  }

  @Test
  void acceptLanguageChoosesTheMostWantedOfDutchAndEnglishAndElseDutch() {
    assertThat(Language.fromAcceptLanguage("en-GB,en;q=0.9,nl;q=0.8")).isEqualTo(Language.EN);
    assertThat(Language.fromAcceptLanguage("en;q=0.5, nl-BE;q=0.7")).isEqualTo(Language.NL);
    assertThat(Language.fromAcceptLanguage("de-DE,fr;q=0.9")).isEqualTo(Language.NL);
    assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.NL);
  }

  @Test
  void sharesReadAsPercentagesAndChangesAsPercentagePointsInEachLanguage() {
    assertThat(Numbers.value(0.724832, Unit.SHARE, Language.EN)).isEqualTo("72.5%");
    assertThat(Numbers.value(0.724832, Unit.SHARE, Language.NL)).isEqualTo("72,5%");
    assertThat(Numbers.change(-0.161531, Unit.SHARE, Language.EN)).isEqualTo("-16.2 pp");
    assertThat(Numbers.change(-0.161531, Unit.SHARE, Language.NL)).isEqualTo("-16,2 %-punt");
    assertThat(Numbers.value(1234.0, Unit.COUNT, Language.NL)).isEqualTo("1.234");
    assertThat(Numbers.value(null, Unit.COUNT, Language.NL)).isNull();
    assertThat(Numbers.status("confidential", Language.NL)).isEqualTo("vertrouwelijk");
  }

  @Test
  void aLineIsBrokenAtEveryMonthWithoutAPublishedValue() {
    // Months 1, 2 ok; 3 confidential; 4 ok; 5 no data; 6, 7 ok: three lines, none bridging.
    List<TrendSeries.Point> points =
        List.of(
            new TrendSeries.Point("2025-01", 0.5, 0.4, 0.6, "ok"),
            new TrendSeries.Point("2025-02", 0.6, 0.5, 0.7, "ok"),
            new TrendSeries.Point("2025-03", 0.7, 0.6, 0.8, "confidential"),
            new TrendSeries.Point("2025-04", 0.2, 0.1, 0.3, "ok"),
            new TrendSeries.Point("2025-05", null, null, null, "no_data"),
            new TrendSeries.Point("2025-06", 0.0, 0.0, 0.1, "ok"),
            new TrendSeries.Point("2025-07", 0.1, 0.0, 0.2, "ok"));
    assertThat(TrendChart.segments(points))
        .containsExactly(List.of(0, 1), List.of(3), List.of(5, 6));
    // A confidential point carries no number, whatever it was given.
    assertThat(points.get(2).value()).isNull();
    assertThat(points.get(2).low()).isNull();
  }

  @Test
  void aFeasibilitySignalWithoutResponseOrLeadTimeShowsDashesAndItsTextEscaped() {
    Map<String, Object> row = new HashMap<>();
    row.put("signal_id", "<K-1>");
    row.put("kind", "knelpunt");
    row.put("regulation", "WW");
    row.put("raised_at", "2025-05-10");
    row.put("responded_at", null);
    row.put("response", null);
    row.put("lead_months", null);
    HtmlWriter html = new HtmlWriter();
    FeasibilityTable.signals(html, List.of(EvidenceRow.of(row)), Language.NL);
    assertThat(html.toString())
        .contains(">&lt;K-1&gt;</th>", ">knelpunt</td>", "data-field=\"lead_months\">–</td>")
        .contains("data-field=\"response\">–</td>", "data-field=\"responded_at\">–</td>")
        .doesNotContain("<K-1>");
    HtmlWriter none = new HtmlWriter();
    FeasibilityTable.unvoicedDistress(none, List.of(), Language.EN);
    assertThat(none.toString()).contains(">No unvoiced distress.</p>").doesNotContain("<table");
  }
}
