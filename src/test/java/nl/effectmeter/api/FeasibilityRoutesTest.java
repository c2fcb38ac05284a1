package nl.effectmeter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.server.ApiServer;
import nl.effectmeter.server.ApiSettings;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.testing.FeasibilityInput;
import nl.effectmeter.testing.SharedRuns;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feasibility routes over a run the job published from {@link FeasibilityInput}: filters,
 * problems, ETags, and answers that validate against the OpenAPI document.
 */
class FeasibilityRoutesTest {
  private static Javalin app;
  private static JsonNode document;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    Path warehouse = SharedRuns.feasibility().warehouse(); // read only, as FeasibilityTablesJobTest
    RunRegistry registry = new RunRegistry(new WarehouseLayout(warehouse.toString()), 2);
    registry.refresh();
    app = ApiServer.create(registry, ApiSettings.fromMap(Map.of(), "test").withPort(0)).start();
    document = json(get("/api/v1/openapi.json"));
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

  @Test
  void signalsAreFilteredByKindAndRaisedMonth() {
    JsonNode all = json(get("/api/v1/feasibility-signals"));
    assertThat(all.get("total").asInt()).isEqualTo(2);
    JsonNode nood = json(get("/api/v1/feasibility-signals?kind=noodsignaal"));
    assertThat(nood.get("total").asInt()).isEqualTo(1);
    assertThat(nood.get("feasibility_signals").get(0).get("signal_id").asText()).isEqualTo("NS-1");
    JsonNode may = json(get("/api/v1/feasibility-signals?from=2025-04&to=2025-Q2"));
    assertThat(may.get("total").asInt()).isEqualTo(1);
    assertThat(may.get("feasibility_signals").get(0).get("signal_id").asText()).isEqualTo("K-2");
  }

  @Test
  void aHiddenMonthlyValueIsNullInTheAnswer() {
    JsonNode signal = json(get("/api/v1/feasibility-signals/NS-1")).get("feasibility_signal");
    assertThat(signal.get("timely_decision_rate").isNull()).isTrue();
    assertThat(signal.get("timely_decision_rate_status").asText()).isEqualTo("confidential");
  }

  @Test
  void badParametersAreProblemsNamingThem() {
    HttpResponse<String> kind = get("/api/v1/feasibility-signals?kind=alarm");
    assertThat(kind.statusCode()).isEqualTo(400);
    assertThat(kind.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(kind.body()).contains("Unknown kind alarm; accepted: noodsignaal, knelpunt");
    assertThat(get("/api/v1/feasibility-signals?from=2025-05&to=2025-04").body())
        .contains("from is after to");
    assertThat(get("/api/v1/unvoiced-distress?organisation=NOPE").body())
        .contains("Unknown organisation code NOPE");
    assertThat(get("/api/v1/assessments?colour=red").body()).contains("Unknown parameter");
  }

  @Test
  void unknownIdsAre404() {
    HttpResponse<String> signal = get("/api/v1/feasibility-signals/NS-9");
    assertThat(signal.statusCode()).isEqualTo(404);
    assertThat(signal.body()).contains("Unknown feasibility signal NS-9");
    assertThat(get("/api/v1/assessments/UT-9").statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/learning/ZZ?indicator=timely_decision_rate&period=2025").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theLearningRouteNeedsAnIndicatorAndAPeriodItPublished() {
    HttpResponse<String> missing = get("/api/v1/learning/WW");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("indicator is required").contains("period is required");
    assertThat(get("/api/v1/learning/WW?indicator=cases_received&period=2025").body())
        .contains("Unknown indicator cases_received for peer comparison");
    assertThat(get("/api/v1/learning/WW?indicator=timely_decision_rate&period=2025-03").body())
        .contains("Cannot parse 2025-03 as a year or a quarter");
  }

  @Test
  void aPeriodWithoutPeerComparisonsHasNoPeerGroups() {
    // No case of PW (a regulation of the code list) is in the input: no municipality to compare.
    HttpResponse<String> none =
        get("/api/v1/learning/PW?indicator=timely_decision_rate&period=2025");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(json(none).get("peer_groups").size()).isZero();
  }

  @Test
  void anAssessmentListsItsOutcomes() {
    JsonNode assessment = json(get("/api/v1/assessments/UT-1")).get("assessment");
    assertThat(assessment.get("assessed_by").asText()).isEqualTo("UWV");
    List<String> indicators =
        java.util.stream.StreamSupport.stream(assessment.get("outcomes").spliterator(), false)
            .map(o -> o.get("indicator").asText())
            .toList();
    assertThat(indicators)
        .containsExactly("cases_received", "timely_decision_rate", "cost_per_case");
    JsonNode udo = json(get("/api/v1/assessments?regulation=PW"));
    assertThat(udo.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void anAnswerHasAnETagAndARepeatWithItIsNotModified() {
    HttpResponse<String> first = get("/api/v1/assessments");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(get("/api/v1/assessments", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(get("/api/v1/assessments?regulation=WW").headers().firstValue("ETag"))
        .hasValueSatisfying(other -> assertThat(other).isNotEqualTo(etag));
  }

  @Test
  void theScorecardListsTheOrganisationsSignals() {
    JsonNode card = json(get("/api/v1/scorecards/UWV?period=2025-Q1"));
    assertThat(card.get("feasibility_signals").size()).isEqualTo(1);
    assertThat(card.get("feasibility_signals").get(0).get("signal_id").asText()).isEqualTo("NS-1");
    assertThat(card.get("unvoiced_distress").isArray()).isTrue();
  }

  @Test
  void realAnswersMatchTheirSchemas() {
    Map<String, String> answers =
        Map.of(
            "/api/v1/feasibility-signals", "/api/v1/feasibility-signals",
            "/api/v1/feasibility-signals/{id}", "/api/v1/feasibility-signals/NS-1",
            "/api/v1/unvoiced-distress", "/api/v1/unvoiced-distress",
            "/api/v1/assessments", "/api/v1/assessments",
            "/api/v1/assessments/{id}", "/api/v1/assessments/UDO-1",
            "/api/v1/scorecards/{organisation}", "/api/v1/scorecards/UWV?period=2025-Q1");
    SchemaChecker checker = new SchemaChecker(document);
    answers.forEach(
        (route, request) -> {
          HttpResponse<String> response = get(request);
          assertThat(response.statusCode()).as(request).isEqualTo(200);
          assertThat(checker.answerErrors(route, json(response))).as(request).isEmpty();
        });
  }
}
