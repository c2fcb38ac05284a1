package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.testing.JobProcess;
import nl.effectmeter.testing.PublishedRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the job (SIGKILL, no chance to clean up) at any step leaves the previously published run
 * served and intact; a later complete run then takes over. The three killed runs are job processes
 * started together once the first run is published (each under its own run id, killed when it logs
 * its step, the others still running: as in {@code ConcurrentRunsTest}, runs share nothing but
 * {@code CURRENT}); the complete run comes last, after all three were killed. The first and the
 * complete run are the job's pipeline in the tests' own Spark session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledRunTest {
  @TempDir static Path warehouse;
  private static String firstRun;
  private static Map<String, String> firstRunFiles;

  /** The killed runs by run id, each with the log line that has it killed, in step order. */
  private static final Map<String, Killing> killings = new LinkedHashMap<>();

  /**
   * The first run is the job's pipeline on the same small input in the tests' own Spark session:
   * the killed runs are real job processes, the run they must leave intact need not be one (a warm
   * session costs less than a JVM of its own). Not a copy of the worked example's shared run: the
   * complete run of the small input, whose predecessor it would be, then ends with exit status 1.
   */
  @BeforeAll
  static void publishAFirstRun() throws Exception {
    PublishedRun.of(
        JobProcess.SMALL_INPUT,
        warehouse,
        LocalDate.parse("2025-12-31"),
        JobSettings.defaults(),
        "first");
    firstRun = current();
    firstRunFiles = fingerprint(warehouse.resolve("runs").resolve(firstRun));
    assertThat(firstRun).isEqualTo("first");
    // Three job processes at once: each spends much of its time starting a JVM and Spark, and on
    // two cores the three take 45 s together where they took 59 s one after another
    // (BENCHMARKS.md, "Test suite, session 40").
    killings.put("killed-validating", Killing.start("killed-validating", "Validated services"));
    killings.put("killed-aggregating", Killing.start("killed-aggregating", "Aggregating cells"));
    // The job logs each table as it is written: killed once the first is in its staging folder,
    // with the others still to come.
    killings.put("killed-writing", Killing.start("killed-writing", "Wrote indicators:"));
  }

  @AfterAll
  static void stopWhatIsLeft() throws InterruptedException {
    for (Killing killing : killings.values()) {
      killing.job().destroyForcibly().waitFor(1, TimeUnit.MINUTES);
    }
  }

  @Test
  @Order(1)
  void aRunKilledWhileValidatingLeavesTheServedRunIntact() throws Exception {
    assertKilled("killed-validating");
    assertServedRunIntact("killed-validating");
  }

  @Test
  @Order(2)
  void aRunKilledWhileAggregatingLeavesTheServedRunIntact() throws Exception {
    assertKilled("killed-aggregating");
    assertServedRunIntact("killed-aggregating");
  }

  @Test
  @Order(3)
  void aRunKilledWhileWritingTablesLeavesTheServedRunIntact() throws Exception {
    assertKilled("killed-writing");
    assertServedRunIntact("killed-writing");
  }

  /** The complete run follows the three killed runs, once all three were killed. */
  @Test
  @Order(4)
  void aCompleteRunAfterAKilledOneIsPublishedAndServed() throws Exception {
    for (String run : killings.keySet()) {
      assertKilled(run);
    }
    // The job's pipeline in the tests' warm session, like the first run: what must hold is that
    // the killed runs' leftovers do not stand in its way, which the pipeline's publishing decides,
    // not the process it runs in.
    PublishedRun.of(
        JobProcess.SMALL_INPUT,
        warehouse,
        LocalDate.parse("2025-12-31"),
        JobSettings.defaults(),
        "redone");
    assertThat(current()).isEqualTo("redone");
    assertThat(warehouse.resolve("runs/redone/manifest.json")).exists();
    assertThat(fingerprint(warehouse.resolve("runs").resolve(firstRun))).isEqualTo(firstRunFiles);
    for (String run : killings.keySet()) {
      assertThat(warehouse.resolve("runs").resolve(run)).doesNotExist();
    }
    restoreFirstRun();
  }

  /** The run's job process reached its log line, was killed there and has ended. */
  private static void assertKilled(String runId) throws Exception {
    Killing killing = killings.get(runId);
    boolean seen = killing.seen().get(5, TimeUnit.MINUTES);
    assertThat(killing.job().waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(seen).as("the job reached '%s' before it was killed", killing.logLine()).isTrue();
  }

  /**
   * A job process under {@code runId}, read by a thread of its own that kills it (SIGKILL) the
   * moment it prints {@code logLine}; {@code seen} completes with whether it printed it.
   */
  private record Killing(Process job, String logLine, CompletableFuture<Boolean> seen) {
    static Killing start(String runId, String logLine) throws IOException {
      Process job = JobProcess.start(warehouse, runId, 2, null);
      CompletableFuture<Boolean> seen = new CompletableFuture<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(job.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains(logLine)) {
                      job.destroyForcibly();
                      seen.complete(true);
                      return;
                    }
                  }
                  seen.complete(false);
                } catch (IOException e) {
                  seen.completeExceptionally(e);
                }
              },
              "kill " + runId);
      reader.setDaemon(true);
      reader.start();
      return new Killing(job, logLine, seen);
    }
  }

  private static void assertServedRunIntact(String killedRun) throws Exception {
    assertThat(current()).isEqualTo(firstRun);
    assertThat(fingerprint(warehouse.resolve("runs").resolve(firstRun))).isEqualTo(firstRunFiles);
    assertThat(warehouse.resolve("runs").resolve(killedRun)).doesNotExist();
  }

  /** Puts CURRENT back to the first run for tests that published another one. */
  private static void restoreFirstRun() throws IOException {
    Files.writeString(warehouse.resolve("CURRENT"), firstRun + "\n");
  }

  private static String current() throws IOException {
    return Files.readString(warehouse.resolve("CURRENT")).trim();
  }

  /** Every file of a run folder with the SHA-256 of its bytes. */
  private static Map<String, String> fingerprint(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
        files.put(dir.relativize(path).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return files;
  }
}
