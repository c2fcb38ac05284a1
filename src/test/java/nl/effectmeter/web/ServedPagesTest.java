package nl.effectmeter.web;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.effectmeter.server.BearerTokens;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages served beside the API, over the worked example's run. */
class ServedPagesTest {
  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theStartPageNamesTheRunItsAsOfDateAndTheOrganisationsByLayer() {
    HttpResponse<String> page = server.get("/?lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    String html = page.body();
    assertThat(html).contains("<html lang=\"en\"");
    assertThat(html).contains("<dd id=\"run-id\">example</dd>", "<dd id=\"as-of\">2025-12-31</dd>");
    assertThat(html).contains("Independent administrative bodies", "Municipalities");
    assertThat(html).contains("href=\"/scorecards/UWV?lang=en\"");
    assertThat(html.indexOf("Independent administrative bodies"))
        .isLessThan(html.indexOf("Municipalities"));
  }

  @Test
  void theLanguageFollowsAcceptLanguageUnlessALinkChoosesIt() {
    assertThat(server.get("/", "Accept-Language", "en-GB,en;q=0.9,nl;q=0.5").body())
        .contains("<html lang=\"en\"", "Organisations");
    assertThat(server.get("/", "Accept-Language", "de-DE,nl;q=0.8,en;q=0.7").body())
        .contains("<html lang=\"nl\"", "Organisaties");
    assertThat(server.get("/?lang=nl", "Accept-Language", "en").body())
        .contains("<html lang=\"nl\"", "href=\"/?lang=en\"");
  }

  @Test
  void theScorecardShowsTheApisValuesTrendsAndPeers() {
    JsonNode card = json(server.get("/api/v1/scorecards/UWV?period=2025"));
    String html = server.get("/scorecards/UWV?period=2025&lang=en").body();
    for (JsonNode group : card.get("groups")) {
      assertThat(html).contains(escape(group.get("question").asText()));
      for (JsonNode entry : group.get("indicators")) {
        String row = row(html, "data-indicator=\"" + entry.get("indicator").asText() + "\"");
        JsonNode value = entry.get("value");
        if (value.isNull()) {
          assertThat(row).doesNotContain("data-field=\"value\" data-status=\"ok\"");
        } else {
          assertThat(row).contains("data-value=\"" + value.asDouble() + "\"");
        }
        String trend = entry.get("trend").isNull() ? null : entry.get("trend").asText();
        if (trend == null) {
          assertThat(row).contains("not assessed").doesNotContain("data-trend=");
        } else {
          assertThat(row).contains("data-trend=\"" + trend + "\"");
        }
      }
    }
    // Worked in ScorecardTrendTest: timeliness fell 72.5% from 88.6%, significantly.
    String timely = row(html, "data-indicator=\"timely_decision_rate\"");
    assertThat(timely).contains(">72.5%<", ">88.6%<", "-16.2 pp", "▼", "worsened");
    assertThat(row(html, "data-indicator=\"outcome_achievement_rate\"")).contains("▲", "improved");
  }

  @Test
  void aSuppressedValueReadsConfidentialInWordsAndNeverAsANumber() {
    String html = server.get("/scorecards/GM0296?period=2025&lang=en").body();
    String timely = row(html, "data-indicator=\"timely_decision_rate\"");
    assertThat(timely)
        .contains(
            "data-field=\"value\" data-status=\"confidential\"><span class=\"em-status"
                + " em-status--confidential\">confidential</span>");
    assertThat(server.get("/scorecards/GM0296?period=2025&lang=nl").body())
        .contains(">vertrouwelijk</span>");
  }

  @Test
  void theTrendPageDrawsPublishedMonthsAndHatchesConfidentialOnesWithTheSameNumbersInATable() {
    String html = server.get("/trends/UWV/WIA?lang=en").body();
    assertThat(html).contains("<svg", "role=\"img\"", "<title id=\"chart-title\">");
    Matcher rows =
        Pattern.compile("<tr class=\"utrecht-table__row\" data-period=\"([0-9-]+)\">(.*?)</tr>")
            .matcher(html);
    int confidential = 0;
    int shown = 0;
    while (rows.find()) {
      String period = rows.group(1);
      String cells = rows.group(2);
      String circle = "class=\"em-chart-point\" data-period=\"" + period + "\"";
      String hatch = "class=\"em-chart-confidential\" data-period=\"" + period + "\"";
      if (cells.contains("data-status=\"confidential\"")) {
        confidential++;
        assertThat(cells).contains(">confidential<");
        assertThat(html).contains(hatch).doesNotContain(circle);
      } else if (cells.contains("data-status=\"ok\"")) {
        shown++;
        assertThat(html).contains(circle).doesNotContain(hatch);
      }
    }
    assertThat(shown).isPositive();
    assertThat(confidential).isPositive();
    assertThat(html).contains("Confidential months: ");
  }

  @Test
  void everyTextIsEscaped() {
    HttpResponse<String> page = server.get("/scorecards/UWV?%3Cscript%3Ealert(1)%3C/script%3E=1");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body())
        .contains("Unknown parameter &lt;script&gt;alert(1)&lt;/script&gt;; accepted: lang, period")
        .doesNotContain("<script>");
  }

  @Test
  void anUnknownOrganisationOrPeriodIsAnHtmlErrorThatSaysSo() {
    HttpResponse<String> unknown = server.get("/scorecards/ACME", "Accept-Language", "en");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Unknown organisation ACME");
    HttpResponse<String> period = server.get("/scorecards/UWV?period=2031");
    assertThat(period.statusCode()).isEqualTo(400);
    assertThat(period.body()).contains("Period 2031 is not published in run example");
    assertThat(server.get("/trends/UWV/AOW").body())
        .contains("No published regulation AOW of organisation UWV; published: WIA, WW");
  }

  @Test
  void theStyleSheetsAreTheInstalledNlDesignSystemPackages() {
    HttpResponse<String> css = server.get("/assets/utrecht-components.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    assertThat(css.body()).contains(".utrecht-table");
    assertThat(server.get("/assets/voorbeeld-theme.css").body()).contains(".voorbeeld-theme");
  }

  @Test
  void withTokensConfiguredThePagesNeedOneAsTheApiDoes(@TempDir Path other) {
    Properties settings = new Properties();
    settings.setProperty(
        "auth.token_sha256", HexFormat.of().formatHex(BearerTokens.sha256("s3cret")));
    try (TestServer guarded = new TestServer(other, settings)) {
      assertThat(guarded.get("/").statusCode()).isEqualTo(401);
      assertThat(guarded.get("/scorecards/UWV").statusCode()).isEqualTo(401);
      assertThat(guarded.get("/trends/UWV/WIA").statusCode()).isEqualTo(401);
      assertThat(guarded.get("/", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
      assertThat(guarded.get("/assets/effectmeter.css").statusCode()).isEqualTo(200);
    }
  }

  private static String row(String html, String marker) {
    int at = html.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    return html.substring(at, html.indexOf("</tr>", at));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("'", "&#39;");
  }
}
