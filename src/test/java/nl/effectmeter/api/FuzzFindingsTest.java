package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.server.BearerTokens;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What schemathesis found where the OpenAPI document and the server disagreed (issue 9), kept as
 * regression tests: the document describes what this server does, and the server does what the
 * document says.
 */
class FuzzFindingsTest {
  @TempDir static Path dir;
  static TestServer server;
  static JsonNode document;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
    document = json(server.get("/openapi.json"));
  }

  @AfterAll
  static void stop() {
    server.close();
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
  void aServerWithoutTokensDescribesNoSecurityAndNo401() {
    assertThat(document.get("components").has("securitySchemes")).isFalse();
    document
        .get("paths")
        .properties()
        .forEach(
            path -> {
              JsonNode get = path.getValue().get("get");
              assertThat(get.has("security")).as(path.getKey()).isFalse();
              assertThat(get.get("responses").has("401")).as(path.getKey()).isFalse();
            });
    assertThat(server.get("/api/v1/indicators").statusCode()).isEqualTo(200);
  }

  @Test
  void aServerWithTokensDescribesBearerSecurityOnApiRoutesOnly(@TempDir Path other) {
    Properties settings = new Properties();
    settings.setProperty(
        "auth.token_sha256", HexFormat.of().formatHex(BearerTokens.sha256("s3cret")));
    try (TestServer secured = new TestServer(other, settings)) {
      JsonNode described = json(secured.get("/openapi.json"));
      JsonNode bearer = described.get("components").get("securitySchemes").get("bearer");
      assertThat(bearer.get("type").asText()).isEqualTo("http");
      assertThat(bearer.get("scheme").asText()).isEqualTo("bearer");
      List<String> open = new ArrayList<>();
      described
          .get("paths")
          .properties()
          .forEach(
              path -> {
                JsonNode get = path.getValue().get("get");
                if (get.get("security").isEmpty()) {
                  open.add(path.getKey());
                  assertThat(get.get("responses").has("401")).as(path.getKey()).isFalse();
                } else {
                  assertThat(get.get("security").toString()).isEqualTo("[{\"bearer\":[]}]");
                  assertThat(get.get("responses").has("401")).as(path.getKey()).isTrue();
                  assertThat(
                          secured.get(path.getKey().replace("{", "").replace("}", "")).statusCode())
                      .as(path.getKey())
                      .isEqualTo(401);
                }
              });
      assertThat(open).containsExactlyInAnyOrder("/openapi.json", "/health", "/ready");
    }
  }

  @Test
  void theDocumentedLimitBoundsAreTheServersBounds() {
    JsonNode limit = parameter("/api/v1/observations", "limit").get("schema");
    assertThat(limit.get("minimum").asInt()).isEqualTo(1);
    assertThat(limit.get("maximum").asInt()).isEqualTo(10000);
    assertThat(server.get("/api/v1/observations?limit=0").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/v1/observations?limit=1").statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/observations?limit=10000").statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/observations?limit=10001").statusCode()).isEqualTo(400);
  }

  @Test
  void theDocumentedOffsetBoundsAreTheServersBounds() {
    JsonNode offset = parameter("/api/v1/observations", "offset").get("schema");
    assertThat(offset.get("minimum").asInt()).isZero();
    assertThat(offset.get("maximum").asInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(server.get("/api/v1/observations?offset=-1").statusCode()).isEqualTo(400);
    HttpResponse<String> last = server.get("/api/v1/observations?offset=2147483647");
    assertThat(last.statusCode()).isEqualTo(200);
    assertThat(json(last).get("observations")).isEmpty();
    assertThat(server.get("/api/v1/observations?offset=2147483648").statusCode()).isEqualTo(400);
  }

  @Test
  void theScorecardPeriodIsDocumentedAsRequiredAsTheServerRequiresIt() {
    assertThat(parameter("/api/v1/scorecards/{organisation}", "period").get("required").asBoolean())
        .isTrue();
    HttpResponse<String> without = server.get("/api/v1/scorecards/UWV");
    assertThat(without.statusCode()).isEqualTo(400);
    assertThat(json(without).get("invalid_params").get(0).get("name").asText()).isEqualTo("period");
  }

  @Test
  void everyValueTheDocumentListsIsAcceptedByTheServer() {
    for (String name : List.of("indicator", "status", "sort")) {
      for (JsonNode value :
          parameter("/api/v1/observations", name).get("schema").get("items").get("enum")) {
        assertThat(
                server
                    .get("/api/v1/observations?limit=1&" + name + "=" + value.asText())
                    .statusCode())
            .as(name + "=" + value.asText())
            .isEqualTo(200);
      }
    }
    for (JsonNode value :
        parameter("/api/v1/observations", "breakdown").get("schema").get("enum")) {
      String breakdown = value.asText();
      // A breakdown exists at some granularities only; the one of its catalogue entries will do.
      String granularity = breakdown.contains("client_segment") ? "quarter" : "year";
      assertThat(
              server
                  .get(
                      "/api/v1/observations?limit=1&breakdown="
                          + breakdown
                          + "&granularity="
                          + granularity)
                  .statusCode())
          .as(breakdown)
          .isEqualTo(200);
    }
    for (String name : List.of("signal", "severity")) {
      for (JsonNode value :
          parameter("/api/v1/signals", name).get("schema").get("items").get("enum")) {
        assertThat(server.get("/api/v1/signals?" + name + "=" + value.asText()).statusCode())
            .as(name + "=" + value.asText())
            .isEqualTo(200);
      }
    }
  }

  @Test
  void theRevisionsBreakdownIsDocumentedAsTheListTheServerAccepts() {
    // schemathesis sent a breakdown of random characters: the document allowed any string here,
    // the server refuses a breakdown it does not know (400).
    List<String> listed = new ArrayList<>();
    parameter("/api/v1/runs/{id}/revisions", "breakdown")
        .get("schema")
        .get("enum")
        .forEach(value -> listed.add(value.asText()));
    List<String> breakdowns = new ArrayList<>();
    Arrays.stream(Breakdown.values()).map(Breakdown::label).forEach(breakdowns::add);
    breakdowns.add(""); // blank: absent, as the server reads it
    assertThat(listed).containsExactlyElementsOf(breakdowns);
    for (String breakdown : listed) {
      assertThat(server.get("/api/v1/runs/current/revisions?breakdown=" + breakdown).statusCode())
          .as(breakdown)
          .isEqualTo(200);
    }
    assertThat(server.get("/api/v1/runs/current/revisions?breakdown=unknown").statusCode())
        .isEqualTo(400);
  }

  @Test
  void aMethodARouteDoesNotAnswerIs405WithAllowNot404() {
    for (String method : List.of("TRACE", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "QUERY")) {
      for (String path :
          List.of("/api/v1/indicators", "/api/v1/indicators/cases_received", "/health")) {
        HttpResponse<String> response = server.send(method, path);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
            .startsWith("application/problem+json");
        assertThat(json(response).get("detail").asText())
            .isEqualTo(method + " is not answered on " + path + "; allowed: GET, HEAD");
      }
    }
  }

  @Test
  void aMethodOnAPathWithoutARouteIsStill404() {
    HttpResponse<String> response = server.send("TRACE", "/api/v1/nothing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("detail").asText()).isEqualTo("No route TRACE /api/v1/nothing");
  }

  @Test
  void headAnswersWhatGetAnswersWithoutTheBody() {
    HttpResponse<String> get = server.get("/api/v1/observations?limit=5");
    HttpResponse<String> head = server.send("HEAD", "/api/v1/observations?limit=5");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    // Before, HEAD was answered 200 with no body for any query, even one GET refuses.
    assertThat(server.send("HEAD", "/api/v1/observations?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void aCorsPreflightIsStillAnsweredWhenCorsIsConfigured(@TempDir Path other) {
    Properties settings = new Properties();
    settings.setProperty("cors.origins", "https://dashboard.example");
    try (TestServer cors = new TestServer(other, settings)) {
      HttpResponse<String> preflight =
          cors.send(
              "OPTIONS",
              "/api/v1/indicators",
              "Origin",
              "https://dashboard.example",
              "Access-Control-Request-Method",
              "GET");
      assertThat(preflight.statusCode()).isEqualTo(200);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
          .contains("https://dashboard.example");
    }
  }
}
