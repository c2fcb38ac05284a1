package nl.effectmeter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.server.ApiServer;
import nl.effectmeter.server.ApiSettings;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.PublishedRun;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard page's feasibility signals and unvoiced distress, over a run the job published: UWV
 * decides 20 WW cases a month from January to June 2025, half of them late, so timeliness_breach
 * fires high from March to June while nobody raises a WW signal (unvoiced distress); UWV raises a
 * noodsignaal on AOW in March, answered in April.
 */
class FeasibilityPagesTest {
  @TempDir static Path dir;
  private static Javalin app;
  private static RunRegistry registry;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    InputLocation input = new InputLocation(dir.resolve("input"));
    for (int month = 1; month <= 6; month++) {
      LocalDate decided = LocalDate.of(2025, month, 13);
      for (int i = 0; i < 20; i++) {
        LocalDate requested = i < 10 ? decided.minusDays(10) : decided.minusDays(80);
        input.service(
            String.format(
                "S%d-%02d,UWV,WW,GM0363,%s,%s,granted,online,,,100", month, i, requested, decided));
      }
    }
    Path warehouse = dir.resolve("warehouse");
    PublishedRun.of(
        input
            .feasibilitySignal(
                "NS-7,UWV,AOW,noodsignaal,2025-03-15,Niet <uitvoerbaar>,2025-04-02,adjusted")
            .write(),
        warehouse,
        LocalDate.parse("2025-06-30"));
    registry = new RunRegistry(new WarehouseLayout(warehouse.toString()), 2);
    registry.refresh();
    app = ApiServer.create(registry, ApiSettings.fromMap(Map.of(), "test").withPort(0)).start();
  }

  @AfterAll
  static void stop() {
    app.stop();
    registry.close();
  }

  @Test
  void theScorecardPageListsTheSignalsAndTheUnvoicedDistressOfTheJsonScorecard() {
    JsonNode card = json(get("/api/v1/scorecards/UWV?period=2025-Q1"));
    assertThat(card.get("feasibility_signals").size()).isEqualTo(1);
    assertThat(card.get("unvoiced_distress").size()).isEqualTo(1);
    String html = get("/scorecards/UWV?period=2025-Q1&lang=en").body();

    JsonNode signal = card.get("feasibility_signals").get(0);
    assertThat(signal.get("signal_id").asText()).isEqualTo("NS-7");
    String row = row(html, "data-signal-id=\"NS-7\"");
    assertThat(row)
        .contains("data-kind=\"" + signal.get("kind").asText() + "\"")
        .contains("emergency signal (noodsignaal)")
        .contains(">" + signal.get("regulation").asText() + "<")
        .contains(">" + signal.get("raised_at").asText() + "<")
        .contains("data-value=\"" + signal.get("response").asText() + "\">adjusted<")
        .contains(">" + signal.get("responded_at").asText() + "<");
    JsonNode lead = signal.get("lead_months");
    if (lead.isNull()) {
      assertThat(row).contains("data-field=\"lead_months\">–<");
    } else {
      assertThat(row).contains("data-value=\"" + lead.asLong() + "\">" + lead.asLong() + "<");
    }
    // The summary is not shown; what is shown is escaped.
    assertThat(html).doesNotContain("<uitvoerbaar>");

    JsonNode distress = card.get("unvoiced_distress").get(0);
    assertThat(distress.get("regulation").asText()).isEqualTo("WW");
    String months = distress.get("months_with_high_signals").asText();
    assertThat(months).isEqualTo("4");
    assertThat(row(html, "<tr class=\"utrecht-table__row\" data-regulation=\"WW\">"))
        .contains("data-value=\"" + distress.get("signals").asText() + "\">Timeliness breach<")
        .contains("data-value=\"" + months + "\">" + months + " of the last 6 months<")
        .contains(">" + distress.get("first_month").asText() + "<")
        .contains(">" + distress.get("last_month").asText() + "<");
    assertThat(html)
        .contains("<caption class=\"utrecht-table__caption em-visually-hidden\">Feasibility")
        .contains("<th scope=\"col\" class=\"utrecht-table__header-cell\">Kind</th>")
        .contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">NS-7</th>");
  }

  @Test
  void inDutchTheTablesSpeakDutch() {
    String html = get("/scorecards/UWV?period=2025-Q1&lang=nl").body();
    assertThat(html)
        .contains("Uitvoerbaarheidssignalen 2025-Q1", "Onuitgesproken nood", ">noodsignaal<")
        .contains(">aangepast<", "4 van de laatste 6 maanden", ">Termijnoverschrijding<");
  }

  @Test
  void aPeriodWithoutSignalsSaysSo() {
    JsonNode card = json(get("/api/v1/scorecards/UWV?period=2025-01"));
    assertThat(card.get("feasibility_signals").size()).isZero();
    assertThat(get("/scorecards/UWV?period=2025-01&lang=en").body())
        .contains(
            "<p class=\"utrecht-paragraph\" id=\"feasibility-signals\">No feasibility signals in"
                + " this period.</p>");
  }

  private static String row(String html, String marker) {
    int at = html.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    return html.substring(at, html.indexOf("</tr>", at));
  }

  private static HttpResponse<String> get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET().build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Cannot GET " + path, e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(response.body(), e);
    }
  }
}
