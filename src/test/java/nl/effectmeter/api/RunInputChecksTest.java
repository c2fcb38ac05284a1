package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.store.TestWarehouse;
import nl.effectmeter.testing.TestServer;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/runs/{id}} serves the input checks a stored manifest holds, by the real HTTP
 * route: which check fired, on which dataset and with which severity, without its sentence.
 */
class RunInputChecksTest {
  @TempDir static Path dir;
  static TestServer server;

  /** The sentences of the two checks the test writes into the run {@code checked}. */
  static final String NEWEST =
      "services: UWV's cases requested in 2025-12 are 31% of the median of the 6 months before"
          + " (11 against 35.5)";

  static final String COMPLETENESS =
      "complaints: channel is filled in 40% of the valid rows, down from 95% in example";

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(dir);
    Path warehouse = server.warehouse;
    TestWarehouse.publishCopy(warehouse, "checked", "2026-01-31T06:00:00Z");
    ObjectNode checked = manifest(warehouse, "checked");
    checked.put("previous_run", TestWarehouse.RUN_ID);
    ArrayNode checks = checked.putArray("input_checks");
    checks
        .addObject()
        .put("check", "newest_month")
        .put("dataset", "services")
        .put("severity", "warn")
        .put("message", NEWEST);
    checks
        .addObject()
        .put("check", "completeness")
        .put("dataset", "complaints")
        .put("severity", "warn")
        .put("message", COMPLETENESS);
    write(warehouse, "checked", checked);
    // A stored check must say what it found: a manifest whose check has no sentence is damaged.
    TestWarehouse.publishCopy(warehouse, "unsaid", "2026-02-28T06:00:00Z");
    ObjectNode unsaid = manifest(warehouse, "unsaid");
    unsaid
        .putArray("input_checks")
        .addObject()
        .put("check", "newest_month")
        .put("dataset", "services")
        .put("severity", "warn");
    write(warehouse, "unsaid", unsaid);
    server.registry.refresh();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ObjectNode manifest(Path warehouse, String run) throws IOException {
    return (ObjectNode)
        Json.MAPPER.readTree(
            warehouse.resolve("runs").resolve(run).resolve("manifest.json").toFile());
  }

  private static void write(Path warehouse, String run, ObjectNode manifest) throws IOException {
    Json.MAPPER.writeValue(
        warehouse.resolve("runs").resolve(run).resolve("manifest.json").toFile(), manifest);
  }

  @Test
  void theRouteServesWhichChecksFiredWithoutTheirSentences() {
    HttpResponse<String> response = server.get("/api/v1/runs/checked");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode manifest = json(response);
    assertThat(manifest.get("run_id").asText()).isEqualTo("checked");
    assertThat(manifest.get("previous_run").asText()).isEqualTo("example");
    JsonNode checks = manifest.get("input_checks");
    assertThat(checks.size()).isEqualTo(2);
    assertThat(checks.get(0).toString())
        .isEqualTo("{\"check\":\"newest_month\",\"dataset\":\"services\",\"severity\":\"warn\"}");
    assertThat(checks.get(1).toString())
        .isEqualTo("{\"check\":\"completeness\",\"dataset\":\"complaints\",\"severity\":\"warn\"}");
    // the sentences name row counts per organisation and month: never served
    assertThat(response.body())
        .doesNotContain("\"message\"")
        .doesNotContain("31% of the median")
        .doesNotContain("filled in 40%");
  }

  @Test
  void theServedChecksMatchTheOpenApiDocument() {
    JsonNode document = json(server.get("/api/v1/openapi.json"));
    assertThat(
            new SchemaChecker(document)
                .answerErrors("/api/v1/runs/{id}", json(server.get("/api/v1/runs/checked"))))
        .isEmpty();
  }

  @Test
  void theStoredManifestKeepsTheSentencesForTheDataTeam() {
    RunLoader loader = new RunLoader(new WarehouseLayout(server.warehouse.toString()));
    assertThat(loader.writtenManifest("checked").inputChecks())
        .extracting(c -> c.check() + " " + c.dataset() + " " + c.severity() + ": " + c.message())
        .containsExactly(
            "newest_month services warn: " + NEWEST,
            "completeness complaints warn: " + COMPLETENESS);
  }

  @Test
  void aStoredCheckWithoutItsSentenceIsRefusedAndTheRunNotServed() {
    RunLoader loader = new RunLoader(new WarehouseLayout(server.warehouse.toString()));
    assertThatThrownBy(() -> loader.writtenManifest("unsaid"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Cannot read manifest")
        .hasMessageContaining("runs/unsaid/manifest.json")
        .hasMessageContaining(
            "Input check newest_month on services has no message; a stored manifest's check says"
                + " what it found in a sentence");
    assertThat(server.get("/api/v1/runs/unsaid").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/runs/checked").statusCode()).isEqualTo(200);
  }
}
