package nl.effectmeter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.testing.PublishedRun;
import nl.effectmeter.testing.SharedRuns;
import nl.effectmeter.testing.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indicator job submitted with jobs/run-standalone.sh to a real standalone cluster on 127.0.0.1
 * (a master and two one-core workers from the project's own jars) does its work on the executors
 * and publishes what a local run over the same input publishes: the worked example's run that the
 * unit tests of the same build published ({@code SharedRuns.example}, kept where {@code pom.xml}
 * says), or, where this build made none, the job's pipeline in this JVM's local session (the
 * notebooks' phase runs jobs/run-indicators.sh itself).
 */
class StandaloneClusterIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path DIR = PROJECT.resolve("target/standalone-cluster-it");
  private static final Path INPUT = PROJECT.resolve("src/test/resources/example/input");
  private static final String AS_OF = "2025-12-31";

  /** The shared example run's id, so that the two runs' tables can be compared as they are. */
  private static final String RUN_ID = SharedRuns.EXAMPLE_RUN_ID;

  private static final long JOB_TIMEOUT_MINUTES = 10;

  /**
   * The worked example is a small input, which jobs/run-indicators.sh runs on the client compiler
   * only (a quarter less CPU; BENCHMARKS.md, "Fixed costs on small inputs"): every JVM of the
   * cluster run gets the flag (its driver, which jobs/submit.sh starts, through JAVA_TOOL_OPTIONS;
   * its executors with submit.sh's time zone). It changes how fast the JVMs compile, not what the
   * job computes.
   */
  private static final String CLIENT_COMPILER = "-XX:TieredStopAtLevel=1";

  private static StandaloneCluster cluster;
  private static SparkSession spark;
  private static Path local;

  @BeforeAll
  static void runTheJobOnTheClusterAndLocally() throws Exception {
    deleteRecursively(DIR);
    Files.createDirectories(DIR.resolve("events"));
    SparkClasspath classpath = SparkClasspath.of(PROJECT);
    cluster = StandaloneCluster.start(DIR, classpath);

    run(
        classpath,
        "cluster-run",
        List.of(
            "bash",
            "jobs/run-standalone.sh",
            cluster.masterUrl(),
            "--driver-memory",
            "1g",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.eventLog.enabled=true",
            "--conf",
            "spark.eventLog.dir=" + DIR.resolve("events").toUri(),
            "--conf",
            "spark.eventLog.compress=false",
            "--conf",
            "spark.eventLog.rolling.enabled=false",
            "--conf",
            "spark.executor.extraJavaOptions=-Duser.timezone=UTC " + CLIENT_COMPILER,
            "--"),
        Map.of("JAVA_TOOL_OPTIONS", CLIENT_COMPILER),
        DIR.resolve("cluster-warehouse"));
    local = sharedExampleRun();
    if (local == null) {
      // No unit tests ran in this build: the job's pipeline in this JVM's local Spark session.
      local = DIR.resolve("local-warehouse");
      PublishedRun.of(INPUT, local, LocalDate.parse(AS_OF), JobSettings.defaults(), RUN_ID);
    }
    spark = TestSpark.session();
  }

  /**
   * The worked example's run (the same input, date, settings and run id) that the unit tests of
   * this build published, or null: the folder is named per build, so an earlier build's run is
   * never read.
   */
  private static Path sharedExampleRun() {
    String kept = System.getProperty(SharedRuns.EXAMPLE_WAREHOUSE_PROPERTY);
    if (kept == null || kept.isBlank()) {
      return null;
    }
    Path warehouse = Path.of(kept).toAbsolutePath();
    return Files.isDirectory(warehouse.resolve("runs").resolve(RUN_ID)) ? warehouse : null;
  }

  @AfterAll
  static void stopEverything() {
    // The local session is the tests' shared one (TestSpark): it ends with this JVM.
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void everyTaskOfTheJobRanOnTheExecutorsOfBothWorkers() throws Exception {
    EventLog log = EventLog.readOnly(DIR.resolve("events"));

    assertThat(log.successfulTasks()).as("successful tasks by executor").isNotEmpty();
    assertThat(log.successfulTasks()).doesNotContainKey("driver");
    assertThat(log.successfulTasks().keySet())
        .as("executors that ran tasks")
        .hasSize(StandaloneCluster.WORKERS)
        .allSatisfy(id -> assertThat(log.executorHosts()).containsEntry(id, "127.0.0.1"));
    for (int worker = 1; worker <= StandaloneCluster.WORKERS; worker++) {
      assertThat(cluster.workerDir(worker).resolve(log.appId()))
          .as("worker %d launched an executor for %s", worker, log.appId())
          .isDirectory();
    }
    JsonNode master = cluster.masterState();
    assertThat(master.path("completedapps").findValuesAsText("id")).contains(log.appId());
    for (JsonNode app : master.path("completedapps")) {
      if (app.path("id").asText().equals(log.appId())) {
        assertThat(app.path("state").asText()).isEqualTo("FINISHED");
      }
    }
  }

  @Test
  void theClusterRunPublishesTheSameTablesAsALocalRun() throws Exception {
    Path onCluster = DIR.resolve("cluster-warehouse");
    List<String> tables = PublishedTables.of(onCluster);

    assertThat(tables).contains("indicators", "signals").isEqualTo(PublishedTables.of(local));
    List<String> differences = new ArrayList<>();
    for (String table : tables) {
      differences.addAll(PublishedTables.differences(spark, onCluster, local, table));
    }
    assertThat(differences).isEmpty();
    assertThat(manifestCounts(onCluster)).isEqualTo(manifestCounts(local));
  }

  /** The manifest's row counts: per table and per input dataset. */
  private static Map<String, JsonNode> manifestCounts(Path warehouse) throws IOException {
    JsonNode manifest =
        new ObjectMapper()
            .readTree(warehouse.resolve("runs").resolve(RUN_ID).resolve("manifest.json").toFile());
    return Map.of("tables", manifest.path("tables"), "datasets", manifest.path("datasets"));
  }

  private static void run(
      SparkClasspath classpath,
      String name,
      List<String> launcher,
      Map<String, String> env,
      Path warehouse)
      throws Exception {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(
        List.of(
            "--input",
            INPUT.toString(),
            "--warehouse",
            warehouse.toString(),
            "--as-of",
            AS_OF,
            "--run-id",
            RUN_ID));
    Path log = DIR.resolve(name + ".log");
    Map<String, String> processEnv = new HashMap<>(env);
    processEnv.put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = classpath.start(command, processEnv, log);
    try {
      if (!process.waitFor(JOB_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        throw new IllegalStateException(
            name + " did not finish within " + JOB_TIMEOUT_MINUTES + " minutes; log: " + log);
      }
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          name + " exited with " + process.exitValue() + "; log " + log + ":\n" + tail(log));
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(file);
      }
    }
  }
}
