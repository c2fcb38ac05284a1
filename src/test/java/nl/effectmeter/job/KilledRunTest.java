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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.testing.JobProcess;
import nl.effectmeter.testing.PublishedRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the job (SIGKILL, no chance to clean up) at any step leaves the previously published run
 * served and intact; a later complete run then takes over. The complete run comes last, after the
 * killed runs of the tests before it. The killed runs are job processes; the first and the complete
 * run are the job's pipeline in the tests' own Spark session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledRunTest {
  @TempDir static Path warehouse;
  private static String firstRun;
  private static Map<String, String> firstRunFiles;

  /** The runs killed so far, in the order they were killed. */
  private static final List<String> killed = new ArrayList<>();

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
  }

  @Test
  @Order(1)
  void aRunKilledWhileValidatingLeavesTheServedRunIntact() throws Exception {
    killAfter("killed-validating", "Validated services");
    assertServedRunIntact("killed-validating");
  }

  @Test
  @Order(2)
  void aRunKilledWhileAggregatingLeavesTheServedRunIntact() throws Exception {
    killAfter("killed-aggregating", "Aggregating cells");
    assertServedRunIntact("killed-aggregating");
  }

  @Test
  @Order(3)
  void aRunKilledWhileWritingTablesLeavesTheServedRunIntact() throws Exception {
    // The job logs each table as it is written: killed once the first is in its staging folder,
    // with the others still to come.
    killAfter("killed-writing", "Wrote indicators:");
    assertServedRunIntact("killed-writing");
  }

  /**
   * After the tests before it, the complete run follows their three killed runs, the last of them
   * killed while writing its tables; run on its own, it kills a run of its own first.
   */
  @Test
  @Order(4)
  void aCompleteRunAfterAKilledOneIsPublishedAndServed() throws Exception {
    if (killed.isEmpty()) {
      killAfter("killed-then-redone", "Validated outcomes");
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
    for (String run : killed) {
      assertThat(warehouse.resolve("runs").resolve(run)).doesNotExist();
    }
    restoreFirstRun();
  }

  private static void killAfter(String runId, String logLine) throws Exception {
    Process job = start(runId);
    boolean seen = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(job.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.contains(logLine)) {
          seen = true;
          job.destroyForcibly();
          break;
        }
      }
    }
    assertThat(job.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(seen).as("the job reached '%s' before it was killed", logLine).isTrue();
    killed.add(runId);
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

  private static Process start(String runId) throws IOException {
    return JobProcess.start(warehouse, runId, 2, null);
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
