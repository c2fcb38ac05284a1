package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json(response).get("status").asInt()).isEqualTo(status);
    assertThat(json(response).get("detail").asText()).contains(detail);
  }

  @Test
  void healthAndReadinessAreUp() {
    assertThat(json(server.get("/health")).get("status").asText()).isEqualTo("up");
    HttpResponse<String> ready = server.get("/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(json(ready).get("run").asText()).isEqualTo("example");
  }

  @Test
  void theCatalogueListsEveryIndicator() {
    JsonNode body = json(server.get("/api/v1/indicators"));
    assertThat(body.get("indicators")).hasSize(19);
    JsonNode first = body.get("indicators").get(0);
    assertThat(first.get("id").asText()).isEqualTo("cases_received");
    assertThat(first.get("title").get("nl").asText()).isEqualTo("Ontvangen zaken");
    assertThat(first.get("better").isNull()).isTrue();
  }

  @Test
  void anAnswerKeepsItsNamesInTheOrderWritten() {
    // The order written (OpenApiOrderTest.noAnswerIsBuiltWithMapOf keeps Map.of out of answers).
    JsonNode catalogue = json(server.get("/api/v1/indicators"));
    assertThat(catalogue.fieldNames())
        .toIterable()
        .containsExactly("catalogue_version", "indicators");
    assertThat(catalogue.get("indicators").get(0).get("title").fieldNames())
        .toIterable()
        .containsExactly("en", "nl");
    JsonNode regulations = json(server.get("/api/v1/dimensions/regulation"));
    assertThat(regulations.fieldNames()).toIterable().startsWith("run", "dimension");
  }

  @Test
  void oneCatalogueEntryNamesItsBreakdowns() {
    JsonNode gap = json(server.get("/api/v1/indicators/segment_outcome_gap"));
    assertThat(gap.get("breakdowns")).hasSize(1);
    assertThat(gap.get("breakdowns").get(0).get("breakdown").asText())
        .isEqualTo("organisation,regulation");
    assertThat(gap.get("breakdowns").get(0).get("granularities").toString())
        .isEqualTo("[\"quarter\",\"year\"]");
  }

  @Test
  void anUnknownIndicatorIsNotFound() {
    assertProblem(server.get("/api/v1/indicators/happiness"), 404, "Unknown indicator happiness");
  }

  @Test
  void observationsDefaultToTheYearlyTotal() {
    JsonNode body = json(server.get("/api/v1/observations"));
    assertThat(body.get("query").get("breakdown").asText()).isEqualTo("total");
    assertThat(body.get("query").get("granularity").asText()).isEqualTo("year");
    assertThat(body.get("total").asInt()).isEqualTo(68);
    assertThat(body.get("run").get("id").asText()).isEqualTo("example");
    assertThat(body.get("next").isNull()).isTrue();
  }

  @Test
  void observationsFilterOnIndicatorBreakdownPeriodAndCodes() {
    JsonNode body =
        json(
            server.get(
                "/api/v1/observations?indicator=cases_decided&breakdown=organisation"
                    + "&period=2025&organisation=UWV,SVB"));
    assertThat(body.get("total").asInt()).isEqualTo(2);
    assertThat(body.get("observations").get(0).get("organisation").asText()).isEqualTo("SVB");
    assertThat(body.get("observations").get(0).get("value").asDouble()).isEqualTo(182.0);
    assertThat(body.get("observations").get(1).get("value").asDouble()).isEqualTo(149.0);
  }

  @Test
  void aRepeatedParameterMeansTheSameAsACommaList() {
    String repeated =
        "/api/v1/observations?indicator=cases_decided&breakdown=organisation&period=2025"
            + "&organisation=UWV&organisation=SVB";
    String comma =
        "/api/v1/observations?indicator=cases_decided&breakdown=organisation&period=2025"
            + "&organisation=UWV,SVB";
    assertThat(json(server.get(repeated)).get("observations"))
        .isEqualTo(json(server.get(comma)).get("observations"));
  }

  @Test
  void suppressedValuesAreNullInJson() {
    JsonNode row =
        json(server.get(
                "/api/v1/observations?indicator=complaints_received&breakdown=organisation"
                    + "&period=2025&organisation=UWV"))
            .get("observations")
            .get(0);
    assertThat(row.get("status").asText()).isEqualTo("confidential");
    for (String column : new String[] {"value", "numerator", "denominator", "base", "ci_low"}) {
      assertThat(row.get(column).isNull()).as(column).isTrue();
    }
  }

  @Test
  void csvHasOneHeaderLineAndEmptyFieldsForSuppressedValues() {
    HttpResponse<String> csv =
        server.get(
            "/api/v1/observations?indicator=complaints_received&breakdown=organisation"
                + "&period=2025&organisation=UWV",
            "Accept",
            "text/csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n", -1);
    assertThat(lines[0])
        .isEqualTo(
            "indicator,breakdown,granularity,period,organisation,regulation,municipality,province,"
                + "government_layer,client_segment,channel,value,numerator,denominator,base,ci_low,"
                + "ci_high,status");
    assertThat(lines[1])
        .isEqualTo(
            "complaints_received,organisation,year,2025,UWV,_T,_T,_T,zbo,_T,_T,,,,,,,confidential");
  }

  @Test
  void formatCsvChoosesCsvToo() {
    HttpResponse<String> csv = server.get("/api/v1/observations?format=csv");
    assertThat(csv.body()).startsWith("indicator,breakdown,");
    assertThat(csv.body().split("\r\n")).hasSize(69);
  }

  @Test
  void pagesLinkToTheNextPageOnTheSameRun() {
    JsonNode first = json(server.get("/api/v1/observations?limit=50&sort=-value,indicator"));
    assertThat(first.get("total").asInt()).isEqualTo(68);
    assertThat(first.get("observations")).hasSize(50);
    String next = first.get("next").asText();
    assertThat(next)
        .contains("offset=50")
        .contains("run=example")
        .contains("sort=-value%2Cindicator");
    JsonNode second = json(server.get(next));
    assertThat(second.get("observations")).hasSize(18);
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(first.get("observations").get(49).get("value").asDouble())
        .isGreaterThanOrEqualTo(second.get("observations").get(0).get("value").asDouble());
  }

  @Test
  void aLimitAboveTheMaximumIsRejected() {
    assertProblem(
        server.get("/api/v1/observations?limit=10001"), 400, "limit must be from 1 to 10000");
  }

  @Test
  void anUnknownParameterIsRejectedNamingTheAcceptedOnes() {
    HttpResponse<String> response = server.get("/api/v1/observations?colour=red");
    assertProblem(response, 400, "colour: Unknown parameter; accepted: indicator, breakdown");
    assertThat(json(response).get("invalid_params").get(0).get("name").asText())
        .isEqualTo("colour");
  }

  @Test
  void aMalformedPeriodIsRejected() {
    assertProblem(
        server.get("/api/v1/observations?granularity=quarter&period=2025-Q5"),
        400,
        "Cannot parse 2025-Q5 as a quarter period");
  }

  @Test
  void fromAfterToIsRejected() {
    assertProblem(
        server.get("/api/v1/observations?from=2025&to=2024"), 400, "from 2025 is after to 2024");
  }

  @Test
  void anUnknownCodeIsRejectedNamingAcceptedCodes() {
    assertProblem(
        server.get("/api/v1/observations?breakdown=organisation&organisation=ACME"),
        400,
        "Unknown organisation code ACME; accepted codes: BDT");
  }

  @Test
  void anUnknownBreakdownIsRejected() {
    assertProblem(
        server.get("/api/v1/observations?breakdown=planet"),
        400,
        "Unknown breakdown planet; accepted: total | organisation");
  }

  @Test
  void aBreakdownAtAGranularityItLacksIsRejected() {
    assertProblem(
        server.get("/api/v1/observations?breakdown=regulation,municipality&granularity=month"),
        400,
        "Breakdown regulation,municipality is not published by month; accepted: quarter, year");
  }

  @Test
  void anUnknownRunIsNotFound() {
    assertProblem(server.get("/api/v1/observations?run=nope"), 404, "Unknown run nope");
  }

  @Test
  void anUnsupportedFormatIsNotAcceptable() {
    assertProblem(
        server.get("/api/v1/observations?format=xml"),
        406,
        "Unsupported format xml; accepted: json, csv");
    assertProblem(
        server.get("/api/v1/observations", "Accept", "application/xml"),
        406,
        "Cannot answer with any of Accept: application/xml");
  }

  @Test
  void anUnknownRouteIsAProblem() {
    assertProblem(server.get("/api/v1/nothing"), 404, "No route GET /api/v1/nothing");
  }

  @Test
  void theETagAnswersA304AndChangesWithTheQuery() {
    HttpResponse<String> first = server.get("/api/v1/observations?indicator=cases_decided");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        server.get("/api/v1/observations?indicator=cases_decided", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    String other =
        server
            .get("/api/v1/observations?indicator=cases_received")
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    assertThat(other).isNotEqualTo(etag);
  }

  @Test
  void answersAreGzippedWhenTheClientAcceptsIt() throws IOException {
    HttpResponse<byte[]> response =
        server.getBytes("/api/v1/observations?breakdown=organisation", "Accept-Encoding", "gzip");
    assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    String body =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(body).startsWith("{\"run\":");
  }

  @Test
  void aRepeatedGzipAnswerIsTheSameAsThePlainOne() throws IOException {
    String path = "/api/v1/observations?breakdown=organisation&indicator=cases_decided";
    String plain = server.get(path).body();
    for (int i = 0; i < 2; i++) {
      HttpResponse<byte[]> gzipped = server.getBytes(path, "Accept-Encoding", "gzip");
      assertThat(gzipped.headers().allValues("Content-Encoding")).containsExactly("gzip");
      String body =
          new String(
              new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(body).isEqualTo(plain);
    }
  }

  @Test
  void dimensionsCountTheirCodes() {
    JsonNode dimensions = json(server.get("/api/v1/dimensions")).get("dimensions");
    assertThat(dimensions).hasSize(7);
    assertThat(dimensions.get(0).get("dimension").asText()).isEqualTo("organisation");
    assertThat(dimensions.get(0).get("codes").asInt()).isEqualTo(15);
  }

  @Test
  void aDimensionListsNamesAndAttributesFromTheReferenceData() {
    JsonNode codes = json(server.get("/api/v1/dimensions/municipality")).get("codes");
    JsonNode first = codes.get(0);
    assertThat(first.get("code").asText()).isEqualTo("GM0100");
    assertThat(first.get("name").asText()).isEqualTo("Gemeente A0");
    assertThat(first.get("attributes").get("province").asText()).isEqualTo("PV20");
    assertThat(first.get("attributes").get("population").asLong()).isEqualTo(425_278L);
    JsonNode regulation = json(server.get("/api/v1/dimensions/regulation")).get("codes");
    assertThat(regulation.findValues("legal_term_days")).isNotEmpty();
  }

  @Test
  void aDimensionWithoutReferenceDataListsTheCodesSeen() {
    JsonNode codes = json(server.get("/api/v1/dimensions/client_segment")).get("codes");
    assertThat(codes.findValuesAsText("code"))
        .containsExactly("18-26", "27-44", "45-66", "67+", "_U");
  }

  @Test
  void anUnknownDimensionIsNotFound() {
    assertProblem(server.get("/api/v1/dimensions/colour"), 404, "Unknown dimension colour");
  }

  @Test
  void signalsAreFilteredByOrganisationAndRange() {
    JsonNode all = json(server.get("/api/v1/signals"));
    assertThat(all.get("total").asInt()).isEqualTo(3);
    JsonNode bdt = json(server.get("/api/v1/signals?organisation=BDT&from=2023-07&to=2023"));
    assertThat(bdt.get("total").asInt()).isEqualTo(1);
    assertThat(bdt.get("signals").get(0).get("period").asText()).isEqualTo("2023-07");
  }

  @Test
  void anUnknownSignalIsRejected() {
    assertProblem(
        server.get("/api/v1/signals?signal=panic"),
        400,
        "Unknown signal panic; accepted: timeliness_breach");
  }

  @Test
  void aScorecardRanksAmongTheSameGovernmentLayerFromOkValuesOnly() {
    JsonNode card = json(server.get("/api/v1/scorecards/GM0247?period=2025"));
    assertThat(card.get("organisation").get("government_layer").asText()).isEqualTo("gemeente");
    assertThat(card.get("groups").findValuesAsText("question"))
        .containsExactly(
            "How much did we do?",
            "How well did we do it?",
            "Is anyone better off?",
            "Is it fair?");
    JsonNode timely = entry(card, "timely_decision_rate");
    // Published gemeente values in 2025: 14/14 (GM0443), 13/14 (GM0394), 21/23 (GM0198), 21/24
    // (GM0345), 20/24 (GM0247), 15/20 (GM0149); the other two (GM0100, GM0296) are confidential
    // and rank nowhere. GM0247 is fifth of six; the median is halfway between the third and the
    // fourth, (21/23 + 21/24) / 2.
    assertThat(timely.get("value").asDouble()).isCloseTo(20.0 / 24, within(1e-12));
    assertThat(timely.get("peers").get("rank").asInt()).isEqualTo(5);
    assertThat(timely.get("peers").get("count").asInt()).isEqualTo(6);
    assertThat(timely.get("peers").get("median").asDouble())
        .isCloseTo((21.0 / 23 + 21.0 / 24) / 2, within(1e-12));
    assertThat(timely.get("interval").get("low").asDouble()).isLessThan(20.0 / 24);
  }

  @Test
  void aScorecardNeverRevealsSuppressedValues() {
    JsonNode card = json(server.get("/api/v1/scorecards/GM0296?period=2025"));
    for (String indicator : new String[] {"open_cases", "timely_decision_rate"}) {
      JsonNode entry = entry(card, indicator);
      assertThat(entry.get("status").asText()).as(indicator).isEqualTo("confidential");
      assertThat(entry.get("value").isNull()).as(indicator).isTrue();
      assertThat(entry.get("change").isNull()).as(indicator).isTrue();
      assertThat(entry.get("peers").get("rank").isNull()).as(indicator).isTrue();
    }
    // No gemeente's outcome_achievement_rate is published for 2025: no peers to compare with.
    JsonNode outcome = entry(card, "outcome_achievement_rate");
    assertThat(outcome.get("value").isNull()).isTrue();
    assertThat(outcome.get("peers").get("count").asInt()).isZero();
  }

  @Test
  void aScorecardComparesWithThePreviousPeriod() {
    JsonNode received =
        entry(json(server.get("/api/v1/scorecards/GM0345?period=2025")), "cases_received");
    assertThat(received.get("value").asDouble()).isEqualTo(24.0);
    assertThat(received.get("previous").get("period").asText()).isEqualTo("2024");
    assertThat(received.get("previous").get("value").asDouble()).isEqualTo(15.0);
    assertThat(received.get("change").asDouble()).isEqualTo(9.0);
  }

  @Test
  void aScorecardOfAnUnknownOrganisationIsNotFound() {
    assertProblem(
        server.get("/api/v1/scorecards/ACME?period=2025"), 404, "Unknown organisation ACME");
  }

  @Test
  void aScorecardNeedsAWellFormedPeriod() {
    assertProblem(server.get("/api/v1/scorecards/UWV?period=25"), 400, "Cannot parse period");
    assertProblem(server.get("/api/v1/scorecards/UWV"), 400, "period is required");
    assertProblem(
        server.get("/api/v1/scorecards/UWV?period=2031"),
        400,
        "Period 2031 is not published in run example; accepted: 2022 to 2025");
  }

  @Test
  void runsListThePublishedManifests() {
    JsonNode runs = json(server.get("/api/v1/runs"));
    assertThat(runs.get("current").asText()).isEqualTo("example");
    assertThat(runs.get("runs").get(0).get("id").asText()).isEqualTo("example");
    JsonNode manifest = json(server.get("/api/v1/runs/example"));
    assertThat(manifest.get("datasets"))
        .filteredOn(d -> d.get("dataset").asText().equals("outcomes"))
        .singleElement()
        .satisfies(d -> assertThat(d.get("quarantined").asInt()).isEqualTo(50));
    assertThat(json(server.get("/api/v1/runs/current")).get("run_id").asText())
        .isEqualTo("example");
    assertProblem(server.get("/api/v1/runs/nope"), 404, "Unknown run nope");
  }

  @Test
  void noRequestGetsAStackTrace() {
    for (String path :
        new String[] {
          "/api/v1/observations?limit=abc",
          "/api/v1/observations?offset=-1",
          "/api/v1/observations?sort=colour",
          "/api/v1/observations?status=secret",
          "/api/v1/observations?granularity=week",
          "/api/v1/observations?breakdown=total&breakdown=organisation",
          "/api/v1/scorecards/_T?period=2025",
        }) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.statusCode()).as(path).isBetween(400, 499);
      assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  private static JsonNode entry(JsonNode card, String indicator) {
    for (JsonNode group : card.get("groups")) {
      for (JsonNode entry : group.get("indicators")) {
        if (entry.get("indicator").asText().equals(indicator)) {
          return entry;
        }
      }
    }
    throw new AssertionError("No " + indicator + " in " + card);
  }
}
