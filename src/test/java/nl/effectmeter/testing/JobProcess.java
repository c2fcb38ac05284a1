package nl.effectmeter.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator job's real main method in a JVM of its own, as {@code jobs/run-indicators.sh}
 * starts it for a small input (in-process Spark on 127.0.0.1, no UI, the client compiler only), on
 * the small test input as of 2025-12-31.
 */
public final class JobProcess {
  public static final Path SMALL_INPUT = Path.of("src/test/resources/small-input");

  private JobProcess() {}

  /**
   * The job processes' temporary folder, where Spark makes its scratch folders: a process the test
   * kills cannot delete them, and the test JVM deletes this folder, with them, when it ends.
   */
  private static final class Scratch {
    static final Path FOLDER = TemporaryFolders.create("effectmeter-job-tmp");
  }

  /**
   * Starts the job into {@code warehouse}; {@code runId} may be null for the job's own id. Its
   * output and errors go to {@code log} when given, else to the returned process's input stream.
   */
  public static Process start(Path warehouse, String runId, int cores, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    // A run this small is nearly all start-up and planning: C2's compile threads would take a
    // third of its CPU time on 2 cores (BENCHMARKS.md, "Fixed costs").
    command.add("-XX:TieredStopAtLevel=1");
    // The throughput collector, as the launcher chooses for a small input (BENCHMARKS.md, "Test
    // suite, session 40").
    command.add("-XX:+UseParallelGC");
    command.addAll(List.of(Files.readString(Path.of("jobs/java17-opts")).trim().split("\\s+")));
    command.add("-Dlog4j2.configurationFile=" + Path.of("jobs/log4j2.properties").toAbsolutePath());
    command.add("-Dspark.driver.bindAddress=127.0.0.1");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.master=local[" + cores + "]");
    command.add("-Djava.io.tmpdir=" + Scratch.FOLDER);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("nl.effectmeter.job.IndicatorJob");
    command.addAll(
        List.of(
            "--input",
            SMALL_INPUT.toString(),
            "--warehouse",
            warehouse.toString(),
            "--as-of",
            "2025-12-31"));
    if (runId != null) {
      command.addAll(List.of("--run-id", runId));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (log != null) {
      builder.redirectOutput(log.toFile());
    }
    return builder.start();
  }
}
