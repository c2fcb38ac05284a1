package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Properties;
import nl.effectmeter.server.ApiServer;
import nl.effectmeter.server.ApiSettings;
import nl.effectmeter.server.BearerTokens;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.store.TestWarehouse;
import nl.effectmeter.testing.TestServer;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessAndFreshnessTest {
  @TempDir Path dir;

  @Test
  void withTokensConfiguredApiRoutesNeedOneButHealthStaysOpen() {
    Properties settings = new Properties();
    settings.setProperty(
        "auth.token_sha256", HexFormat.of().formatHex(BearerTokens.sha256("s3cret")));
    try (TestServer server = new TestServer(dir, settings)) {
      HttpResponse<String> without = server.get("/api/v1/indicators");
      assertThat(without.statusCode()).isEqualTo(401);
      assertThat(json(without).get("detail").asText())
          .isEqualTo("This API needs Authorization: Bearer <token>");
      HttpResponse<String> wrong =
          server.get("/api/v1/indicators", "Authorization", "Bearer guess");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(json(wrong).get("detail").asText()).isEqualTo("The bearer token is not accepted");
      assertThat(server.get("/api/v1/indicators", "Authorization", "Bearer s3cret").statusCode())
          .isEqualTo(200);
      assertThat(server.get("/health").statusCode()).isEqualTo(200);
      assertThat(server.get("/ready").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void corsAllowsTheConfiguredOriginOnly() {
    Properties settings = new Properties();
    settings.setProperty("cors.origins", "https://dashboard.example");
    try (TestServer server = new TestServer(dir, settings)) {
      HttpResponse<String> allowed =
          server.get("/api/v1/indicators", "Origin", "https://dashboard.example");
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
          .contains("https://dashboard.example");
      HttpResponse<String> other =
          server.get("/api/v1/indicators", "Origin", "https://evil.example");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void readinessIs503UntilARunIsLoaded() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    RunRegistry registry = new RunRegistry(new WarehouseLayout(empty.toString()), 1);
    registry.refresh();
    var app = ApiServer.create(registry, ApiSettings.defaults().withPort(0)).start();
    try {
      var client = java.net.http.HttpClient.newHttpClient();
      var ready =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + app.port() + "/ready"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("No published run is loaded yet");
    } finally {
      app.stop();
      registry.close();
    }
  }

  @Test
  void aNewlyPublishedRunIsServedAfterARefreshAndTheEarlierOneStaysReachable() {
    try (TestServer server = new TestServer(dir)) {
      TestWarehouse.publishCopy(server.warehouse, "second", "2999-01-01T00:00:00Z");
      assertThat(json(server.get("/api/v1/observations")).get("run").get("id").asText())
          .isEqualTo("example");
      TestWarehouse.makeCurrent(server.warehouse, "second");
      server.registry.refresh();
      HttpResponse<String> after = server.get("/api/v1/observations");
      assertThat(json(after).get("run").get("id").asText()).isEqualTo("second");
      assertThat(json(server.get("/api/v1/observations?run=example")).get("run").get("id").asText())
          .isEqualTo("example");
      assertThat(json(server.get("/api/v1/runs")).get("runs").get(0).get("id").asText())
          .isEqualTo("second");
    }
  }

  @Test
  void theETagChangesWithTheRun() {
    try (TestServer server = new TestServer(dir)) {
      String before = server.get("/api/v1/observations").headers().firstValue("ETag").orElseThrow();
      TestWarehouse.publishCopy(server.warehouse, "second", "2999-01-01T00:00:00Z");
      TestWarehouse.makeCurrent(server.warehouse, "second");
      server.registry.refresh();
      HttpResponse<String> after = server.get("/api/v1/observations", "If-None-Match", before);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
    }
  }

  @Test
  void aRequestKeepsTheSnapshotItStartedWith() {
    try (TestServer server = new TestServer(dir)) {
      RunRegistry.Snapshot started = server.registry.snapshot();
      TestWarehouse.publishCopy(server.warehouse, "second", "2999-01-01T00:00:00Z");
      TestWarehouse.makeCurrent(server.warehouse, "second");
      server.registry.refresh();
      assertThat(started.current().orElseThrow().id()).isEqualTo("example");
      assertThat(server.registry.snapshot().current().orElseThrow().id()).isEqualTo("second");
    }
  }
}
