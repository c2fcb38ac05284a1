package nl.effectmeter.api;

import static nl.effectmeter.api.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
  @TempDir static Path dir;
  static TestServer server;
  static JsonNode document;

  /** The routes and query parameters of API.md. */
  static final Map<String, List<String>> CONTRACT =
      Map.ofEntries(
          Map.entry("/api/v1/indicators", List.of()),
          Map.entry("/api/v1/indicators/{id}", List.of()),
          Map.entry(
              "/api/v1/observations",
              List.of(
                  "indicator",
                  "breakdown",
                  "granularity",
                  "period",
                  "from",
                  "to",
                  "organisation",
                  "regulation",
                  "municipality",
                  "province",
                  "government_layer",
                  "client_segment",
                  "channel",
                  "status",
                  "sort",
                  "limit",
                  "offset",
                  "run",
                  "format")),
          Map.entry("/api/v1/dimensions", List.of()),
          Map.entry("/api/v1/dimensions/{dimension}", List.of()),
          Map.entry(
              "/api/v1/signals",
              List.of("organisation", "regulation", "signal", "severity", "from", "to")),
          Map.entry("/api/v1/scorecards/{organisation}", List.of("period")),
          Map.entry(
              "/api/v1/feasibility-signals",
              List.of("organisation", "regulation", "kind", "response", "from", "to", "run")),
          Map.entry("/api/v1/feasibility-signals/{id}", List.of("run")),
          Map.entry("/api/v1/unvoiced-distress", List.of("organisation", "regulation", "run")),
          Map.entry("/api/v1/assessments", List.of("run")),
          Map.entry("/api/v1/assessments/{id}", List.of("run")),
          Map.entry("/api/v1/learning/{regulation}", List.of("indicator", "period", "run")),
          Map.entry("/api/v1/runs", List.of()),
          Map.entry("/api/v1/runs/{id}", List.of()),
          Map.entry("/api/v1/runs/current", List.of()),
          Map.entry("/health", List.of()),
          Map.entry("/ready", List.of()),
          Map.entry("/api/v1/openapi.json", List.of()));

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
    document = json(server.get("/api/v1/openapi.json"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theDocumentIsOpenApi31() {
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void everyRouteAndParameterOfTheContractIsDescribed() {
    CONTRACT.forEach(
        (path, params) -> {
          JsonNode operation = document.get("paths").get(path);
          assertThat(operation).as(path).isNotNull();
          List<String> described = new ArrayList<>();
          operation
              .get("get")
              .get("parameters")
              .forEach(p -> described.add(p.get("name").asText()));
          assertThat(described).as(path).containsAll(params);
        });
  }

  @Test
  void everyDescribedQueryParameterIsAcceptedByTheServer() {
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path -> {
              if (path.getKey().contains("{")) {
                return;
              }
              path.getValue()
                  .get("get")
                  .get("parameters")
                  .forEach(
                      p -> {
                        String name = p.get("name").asText();
                        String body = server.get(path.getKey() + "?" + name + "=x").body();
                        assertThat(body)
                            .as(path.getKey() + " " + name)
                            .doesNotContain("Unknown parameter");
                      });
            });
  }

  @Test
  void realAnswersMatchTheirSchemas() {
    Map<String, String> answers =
        Map.ofEntries(
            Map.entry("/api/v1/indicators", "/api/v1/indicators"),
            Map.entry("/api/v1/indicators/{id}", "/api/v1/indicators/timely_decision_rate"),
            Map.entry(
                "/api/v1/observations",
                "/api/v1/observations?breakdown=organisation,regulation&limit=500"),
            Map.entry("/api/v1/dimensions", "/api/v1/dimensions"),
            Map.entry("/api/v1/dimensions/{dimension}", "/api/v1/dimensions/organisation"),
            Map.entry("/api/v1/signals", "/api/v1/signals"),
            Map.entry("/api/v1/scorecards/{organisation}", "/api/v1/scorecards/UWV?period=2025-Q2"),
            Map.entry("/api/v1/runs", "/api/v1/runs"),
            Map.entry("/api/v1/runs/{id}", "/api/v1/runs/example"),
            Map.entry("/api/v1/runs/current", "/api/v1/runs/current"),
            Map.entry("/api/v1/runs/{id}/revisions", "/api/v1/runs/example/revisions"),
            Map.entry("/health", "/health"),
            Map.entry("/ready", "/ready"));
    SchemaChecker checker = new SchemaChecker(document);
    answers.forEach(
        (route, request) -> {
          JsonNode schema =
              document
                  .get("paths")
                  .get(route)
                  .get("get")
                  .get("responses")
                  .get("200")
                  .get("content")
                  .get("application/json")
                  .get("schema");
          assertThat(checker.errors(schema, json(server.get(request)), "$")).as(request).isEmpty();
        });
  }

  @Test
  void problemsMatchTheProblemSchema() {
    JsonNode schema = document.get("components").get("schemas").get("Problem");
    assertThat(
            new SchemaChecker(document)
                .errors(schema, json(server.get("/api/v1/observations?limit=0")), "$"))
        .isEmpty();
  }

  @Test
  void theCheckerCatchesAWrongType() {
    JsonNode schema = document.get("components").get("schemas").get("Health");
    JsonNode wrong = Json.MAPPER.valueToTree(Map.of("status", 1));
    assertThat(new SchemaChecker(document).errors(schema, wrong, "$"))
        .containsExactly("$.status: expected string, got 1");
  }
}
