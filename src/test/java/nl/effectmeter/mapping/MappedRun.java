package nl.effectmeter.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nl.effectmeter.job.IndicatorPipeline;
import nl.effectmeter.job.JobArgs;
import nl.effectmeter.job.RunSummary;
import nl.effectmeter.server.ApiServer;
import nl.effectmeter.server.ApiSettings;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.testing.TestSpark;
import nl.effectmeter.warehouse.WarehouseLayout;

/** A shipped mapping run by the real pipeline on a slice of a real export, then served. */
record MappedRun(RunSummary summary, Javalin api, RunRegistry registry) implements AutoCloseable {

  /** Runs {@code jobs/mappings/NAME} on {@code data-real/NAME} with the mapping's settings. */
  static MappedRun of(String name, LocalDate asOf, Path warehouse) {
    JobSettings settings =
        JobSettings.load(Path.of("jobs/mappings", name, "effectmeter.properties"));
    RunSummary summary =
        new IndicatorPipeline(TestSpark.session(), settings)
            .run(
                new JobArgs(
                    Path.of("data-real", name).toString(),
                    warehouse.toString(),
                    asOf,
                    null,
                    null,
                    null,
                    Path.of("jobs/mappings", name).toString()));
    RunRegistry registry = new RunRegistry(new WarehouseLayout(warehouse.toString()), 1);
    registry.refresh();
    Javalin api = ApiServer.create(registry, ApiSettings.fromMap(Map.of(), "test").withPort(0));
    api.start();
    return new MappedRun(summary, api, registry);
  }

  MappingAccounting.RawFileCounts raw(String view) {
    return summary.rawFiles().stream().filter(f -> f.view().equals(view)).findFirst().orElseThrow();
  }

  nl.effectmeter.ingest.DatasetCounts dataset(String dataset) {
    return summary.datasets().stream()
        .filter(d -> d.dataset().equals(dataset))
        .findFirst()
        .orElseThrow();
  }

  /** GET on the API; the answer as JSON, after checking it is a 200. */
  JsonNode get(String pathAndQuery) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + api.port() + pathAndQuery))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
      }
      return new ObjectMapper().readTree(response.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Cannot GET " + pathAndQuery, e);
    }
  }

  @Override
  public void close() {
    api.stop();
    registry.close();
  }
}
