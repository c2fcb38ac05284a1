package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.testing.TestServer;
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
        .properties()
        .forEach(
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

  /** The values a query parameter's enum lists (codes, periods, properties) are answered. */
  @Test
  void everyListedValueOfAQueryParameterIsAccepted() {
    int tried = 0;
    for (var entry : document.get("paths").properties()) {
      if (entry.getKey().contains("{")) {
        continue;
      }
      for (JsonNode p : entry.getValue().get("get").get("parameters")) {
        JsonNode schema =
            p.get("schema").has("items") ? p.get("schema").get("items") : p.get("schema");
        if (!schema.has("enum")) {
          continue;
        }
        // The first few of each list: every code takes the same path through the server.
        for (int i = 0; i < Math.min(4, schema.get("enum").size()); i++) {
          JsonNode value = schema.get("enum").get(i);
          String query =
              p.get("name").asText()
                  + "="
                  + java.net.URLEncoder.encode(
                      value.asText(), java.nio.charset.StandardCharsets.UTF_8);
          HttpResponse<String> answer = server.get(entry.getKey() + "?" + query);
          assertThat(answer.statusCode()).as(entry.getKey() + "?" + query).isIn(200, 404);
          tried++;
        }
      }
    }
    assertThat(tried).isGreaterThan(50);
  }

  @Test
  void codeFiltersListTheRunsCodesAndTheServerRefusesOthers() {
    JsonNode organisation = parameter("/api/v1/signals", "organisation").get("schema").get("items");
    List<String> codes = new ArrayList<>();
    organisation.get("enum").forEach(code -> codes.add(code.asText()));
    assertThat(codes).contains("UWV", "SVB", "DUO", "BDT", "_T", "").doesNotContain("NOPE");
    assertThat(server.get("/api/v1/signals?organisation=NOPE").statusCode()).isEqualTo(400);
  }

  @Test
  void periodsHaveTheShapesEachRouteTakes() {
    Pattern learning =
        Pattern.compile(
            parameter("/api/v1/learning/{regulation}", "period")
                .get("schema")
                .get("pattern")
                .asText());
    assertThat(learning.matcher("2025").matches()).isTrue();
    assertThat(learning.matcher("2025-Q1").matches()).isTrue();
    assertThat(learning.matcher("2025-01").matches()).isFalse();
    assertThat(learning.matcher("").matches()).as("period is required").isFalse();
    Pattern to =
        Pattern.compile(parameter("/api/v1/signals", "to").get("schema").get("pattern").asText());
    assertThat(to.matcher("2025-01").matches()).isTrue();
    assertThat(to.matcher("").matches()).as("blank is absent").isTrue();
    assertThat(to.matcher(".").matches()).isFalse();
    List<String> scorecard = new ArrayList<>();
    parameter("/api/v1/scorecards/{organisation}", "period")
        .get("schema")
        .get("enum")
        .forEach(period -> scorecard.add(period.asText()));
    assertThat(scorecard).contains("2022", "2025", "2025-Q4", "2025-12").doesNotContain("2031", "");
    for (String period : scorecard) {
      assertThat(server.get("/api/v1/scorecards/UWV?period=" + period).statusCode())
          .as(period)
          .isEqualTo(200);
    }
  }

  @Test
  void odataOptionsNameTheSetsProperties() {
    List<String> select = new ArrayList<>();
    parameter("/api/v1/odata/Signals", "$select")
        .get("schema")
        .get("items")
        .get("enum")
        .forEach(property -> select.add(property.asText()));
    assertThat(select)
        .contains("organisation", "signal", "severity", "*")
        .doesNotContain("undefined");
    Pattern filter =
        Pattern.compile(
            parameter("/api/v1/odata/Signals", "$filter").get("schema").get("pattern").asText());
    assertThat(filter.matcher("severity eq 'high' and value gt 3").matches()).isTrue();
    assertThat(filter.matcher("colour eq 'red'").matches()).isFalse();
    assertThat(
            server
                .get("/api/v1/odata/Signals?$filter=severity%20eq%20'high'%20and%20value%20gt%203")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aBlankFormatIsTheDefault() {
    HttpResponse<String> answer = server.get("/api/v1/observations?format=");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  private static JsonNode parameter(String path, String name) {
    for (JsonNode p : document.get("paths").get(path).get("get").get("parameters")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError(path + " has no parameter " + name);
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
          assertThat(checker.answerErrors(route, json(server.get(request)))).as(request).isEmpty();
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
  void theCheckerCatchesAPropertyAClosedSchemaDoesNotList() {
    JsonNode schema = document.get("components").get("schemas").get("Health");
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    JsonNode more = Json.MAPPER.valueToTree(Map.of("status", "up", "uptime", 3));
    assertThat(new SchemaChecker(document).errors(schema, more, "$"))
        .containsExactly("$: uptime is not a property of the schema");
  }

  @Test
  void aServedInputCheckNamesOneOfTheChecksAndTheSeveritiesTheyFireWith() {
    JsonNode check =
        document
            .get("components")
            .get("schemas")
            .get("Manifest")
            .get("properties")
            .get("input_checks")
            .get("items");
    assertThat(check.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(texts(check.get("properties").get("check").get("enum")))
        .containsExactly("settled_month", "newest_month", "completeness", "quarantine_share");
    assertThat(texts(check.get("properties").get("severity").get("enum")))
        .containsExactly("warn", "fail");
    List<String> names = new ArrayList<>();
    check.get("properties").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("check", "dataset", "severity");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void theCheckerCatchesAWrongType() {
    JsonNode schema = document.get("components").get("schemas").get("Health");
    JsonNode wrong = Json.MAPPER.valueToTree(Map.of("status", 1));
    assertThat(new SchemaChecker(document).errors(schema, wrong, "$"))
        .containsExactly("$.status: expected string, got 1");
  }
}
