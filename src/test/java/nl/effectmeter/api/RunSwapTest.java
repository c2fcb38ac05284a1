package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.server.ApiServer;
import nl.effectmeter.server.ApiSettings;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.store.TestWarehouse;
import nl.effectmeter.testing.CapturedLog;
import nl.effectmeter.testing.TemporaryFolders;
import nl.effectmeter.testing.TestServer;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new run published while clients keep asking: no request fails or mixes runs; and a CURRENT that
 * names a missing, damaged or incomplete run leaves the served run in place, saying so in the log
 * and in {@code /ready}.
 */
class RunSwapTest {
  private static final String SECOND_PUBLISHED = "2999-01-01T00:00:00Z";
  private static final List<String> PATHS =
      List.of(
          "/api/v1/observations?breakdown=organisation&limit=50",
          "/api/v1/signals",
          "/api/v1/scorecards/UWV?period=2025",
          "/api/v1/dimensions",
          "/api/v1/runs/current");

  @TempDir Path dir;

  /** One answer as a client saw it. */
  private record Seen(
      int client, int sequence, String path, int status, String etag, String body) {}

  @Test
  void clientsAskingWhileANewRunIsPublishedGetWholeAnswersOfOneRunOrTheOther() throws Exception {
    try (TestServer server = new TestServer(dir)) {
      String firstPublished = json(server.get("/api/v1/runs/current")).get("finished_at").asText();
      long firstSignals = json(server.get("/api/v1/signals")).get("total").asLong();
      assertThat(firstSignals).isPositive();
      server.registry.startPolling(20);

      int clients = 4;
      // Bounded in count and time; loading the new run takes a few seconds, during which the
      // clients keep asking.
      int maxPerClient = 10_000;
      int afterSwapPerClient = 25;
      AtomicInteger started = new AtomicInteger();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      List<Seen> seen = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            pool.submit(
                () -> {
                  int afterSwap = 0;
                  for (int i = 0;
                      i < maxPerClient
                          && afterSwap < afterSwapPerClient
                          && System.nanoTime() < deadline;
                      i++) {
                    String path = PATHS.get((i + client) % PATHS.size());
                    started.incrementAndGet();
                    HttpResponse<String> response = server.get(path);
                    seen.add(
                        new Seen(
                            client,
                            i,
                            path,
                            response.statusCode(),
                            response.headers().firstValue("ETag").orElse(null),
                            response.body()));
                    if (runOf(path, response.body()).equals("second")) {
                      afterSwap++;
                    }
                  }
                }));
      }
      while (started.get() < 40 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      TestWarehouse.publishLikeTheJob(server.warehouse, "second", SECOND_PUBLISHED);
      for (Future<?> client : running) {
        client.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();

      System.out.printf(
          "%d answers while run second was published: %d of run example, %d of run second%n",
          seen.size(),
          seen.stream().filter(s -> runOf(s.path(), s.body()).equals("example")).count(),
          seen.stream().filter(s -> runOf(s.path(), s.body()).equals("second")).count());
      assertThat(seen).allSatisfy(s -> assertThat(s.status()).as(s.path()).isEqualTo(200));
      Set<String> runs = new TreeSet<>();
      Map<String, String> runOfEtag = new HashMap<>();
      Map<String, String> etagOfRun = new HashMap<>();
      for (Seen s : seen) {
        String run = runOf(s.path(), s.body());
        runs.add(run);
        JsonNode body = Json.MAPPER.readTree(s.body());
        // Every part of one answer comes from the same run.
        if (s.path().startsWith("/api/v1/runs/current")) {
          assertThat(body.get("finished_at").asText())
              .isEqualTo(run.equals("second") ? SECOND_PUBLISHED : firstPublished);
        } else {
          assertThat(body.get("run").get("published_at").asText())
              .isEqualTo(run.equals("second") ? SECOND_PUBLISHED : firstPublished);
        }
        if (s.path().startsWith("/api/v1/signals")) {
          assertThat(body.get("total").asLong()).isEqualTo(run.equals("second") ? 0 : firstSignals);
        }
        if (s.path().startsWith("/api/v1/observations")) {
          assertThat(body.get("next").asText()).contains("run=" + run);
        }
        // An ETag belongs to one run's answer; each run's answer has one ETag.
        assertThat(runOfEtag.putIfAbsent(s.path() + " " + s.etag(), run))
            .as("run of the ETag of %s", s.path())
            .isIn(null, run);
        assertThat(etagOfRun.putIfAbsent(s.path() + " " + run, s.etag()))
            .as("ETag of %s on run %s", s.path(), run)
            .isIn(null, s.etag());
      }
      assertThat(runs).containsExactly("example", "second");
      // Each client, asking one request after another, saw the first run, then only the second.
      for (int c = 0; c < clients; c++) {
        int client = c;
        List<String> order =
            seen.stream()
                .filter(s -> s.client() == client)
                .sorted(java.util.Comparator.comparingInt(Seen::sequence))
                .map(s -> runOf(s.path(), s.body()))
                .toList();
        int firstSecond = order.indexOf("second");
        assertThat(firstSecond).as("client %d saw the new run", client).isNotNegative();
        assertThat(order.subList(firstSecond, order.size())).containsOnly("second");
      }
    }
  }

  @Test
  void aCurrentNamingAMissingRunLeavesTheServedRunAndSaysSoInTheLogAndInReady() throws Exception {
    try (CapturedLog log = new CapturedLog(RunRegistry.class);
        TestServer server = new TestServer(dir)) {
      TestWarehouse.makeCurrentAtomically(server.warehouse, "ghost");
      server.registry.refresh();
      server.registry.refresh();

      assertThat(json(server.get("/api/v1/runs/current")).get("run_id").asText())
          .isEqualTo("example");
      HttpResponse<String> ready = server.get("/ready");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(json(ready).get("run").asText()).isEqualTo("example");
      String problem = json(ready).get("problem").asText();
      assertThat(problem)
          .startsWith(
              "CURRENT names run ghost, which cannot be loaded: Cannot read manifest "
                  + server.warehouse.resolve("runs/ghost/manifest.json"))
          .endsWith("; still serving run example");
      assertThat(log.lines().stream().filter(line -> line.startsWith("ERROR ")))
          .as("logged once, not at every poll")
          .containsExactly("ERROR " + problem);
    }
  }

  @Test
  void aRunWithAnUnreadableTableIsNotServed() throws Exception {
    try (TestServer server = new TestServer(dir)) {
      TestWarehouse.publishCopy(server.warehouse, "damaged", SECOND_PUBLISHED);
      Path part = onlyParquetFile(server.warehouse.resolve("runs/damaged/indicators"));
      Files.writeString(part, "not parquet");
      TestWarehouse.makeCurrentAtomically(server.warehouse, "damaged");
      server.registry.refresh();

      assertThat(json(server.get("/api/v1/observations")).get("run").get("id").asText())
          .isEqualTo("example");
      assertThat(json(server.get("/ready")).get("problem").asText())
          .startsWith(
              "CURRENT names run damaged, which cannot be loaded: Cannot read Parquet file ")
          .contains(part.getFileName().toString())
          .endsWith("; still serving run example");
    }
  }

  @Test
  void aRunMissingATableIsIncompleteAndNotServedUntilCurrentNamesAGoodRun() throws Exception {
    try (TestServer server = new TestServer(dir)) {
      TestWarehouse.publishCopy(server.warehouse, "partial", SECOND_PUBLISHED);
      long published =
          Json.MAPPER
              .readTree(server.warehouse.resolve("runs/partial/manifest.json").toFile())
              .get("tables")
              .get("indicators")
              .asLong();
      TemporaryFolders.deleteTree(server.warehouse.resolve("runs/partial/indicators"));
      TestWarehouse.makeCurrentAtomically(server.warehouse, "partial");
      server.registry.refresh();

      assertThat(json(server.get("/ready")).get("problem").asText())
          .isEqualTo(
              "CURRENT names run partial, which cannot be loaded: Run partial is incomplete: its"
                  + " indicators table holds 0 rows, its manifest says "
                  + published
                  + "; still serving run example");
      assertThat(json(server.get("/api/v1/observations")).get("total").asInt()).isPositive();

      TestWarehouse.publishLikeTheJob(server.warehouse, "second", SECOND_PUBLISHED);
      server.registry.refresh();
      JsonNode ready = json(server.get("/ready"));
      assertThat(ready.get("run").asText()).isEqualTo("second");
      assertThat(ready.has("problem")).isFalse();
    }
  }

  @Test
  void beforeAnyRunIsLoadedReadySaysWhyNot() throws Exception {
    Path warehouse = Files.createDirectories(dir.resolve("empty"));
    TestWarehouse.makeCurrentAtomically(warehouse, "ghost");
    RunRegistry registry = new RunRegistry(new WarehouseLayout(warehouse.toString()), 1);
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
      assertThat(json(ready).get("detail").asText())
          .startsWith(
              "No published run is loaded yet: CURRENT names run ghost, which cannot be"
                  + " loaded: Cannot read manifest ")
          .doesNotContain("still serving");
    } finally {
      app.stop();
      registry.close();
    }
  }

  private static String runOf(String path, String body) {
    try {
      JsonNode json = Json.MAPPER.readTree(body);
      return path.startsWith("/api/v1/runs/current")
          ? json.get("run_id").asText()
          : json.get("run").get("id").asText();
    } catch (IOException e) {
      throw new AssertionError("Not JSON from " + path + ": " + body, e);
    }
  }

  private static Path onlyParquetFile(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parquet =
          files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
      assertThat(parquet).hasSize(1);
      return parquet.get(0);
    }
  }
}
