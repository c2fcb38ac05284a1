package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.testing.JobProcess;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two jobs (real JVMs running {@link IndicatorJob}) publish into the same warehouse at the same
 * moment under the same run id, as two jobs started within one second do with the job's own ids
 * ({@code run-<UTC start second>}): one ends with a complete run, the other with one clear failure,
 * having published nothing and left nothing behind; {@code CURRENT} names a complete run whenever
 * it is read, during the race and after. (Two jobs with different ids each publish their own run:
 * they share no folder or file but {@code CURRENT}, which each replaces in one rename; {@code
 * RunPublisherTest} shows both, step by step.)
 */
class ConcurrentRunsTest {
  @TempDir Path warehouse;
  @TempDir Path logs;

  /** A finished job: its exit status and what it printed. */
  private record Ended(int status, List<String> output) {
    List<String> messages() {
      return output.stream().filter(line -> line.startsWith("effectmeter: ")).toList();
    }
  }

  @Test
  void twoRunsWithTheSameIdEndWithOneCompleteRunAndOneClearFailure() throws Exception {
    List<Ended> ended = race("same", "same");

    assertThat(ended.stream().map(Ended::status).sorted().toList()).containsExactly(0, 1);
    Ended failed = ended.stream().filter(e -> e.status() != 0).findFirst().orElseThrow();
    assertThat(failed.messages())
        .singleElement()
        .asString()
        .startsWith(
            "effectmeter: run failed, nothing was published: Run same is already published");
    assertThat(failed.output()).noneMatch(line -> line.startsWith("\tat "));
    assertThat(visibleRuns()).containsExactly("same");
    assertThat(current()).isEqualTo("same");
    assertComplete("same");
    assertThat(leftovers()).isEmpty();
  }

  /**
   * Starts two jobs at once and waits for both, checking all the while that {@code CURRENT},
   * whenever it exists, names a run whose manifest is in place.
   */
  private List<Ended> race(String firstId, String secondId) throws Exception {
    Path firstLog = logs.resolve("first.log");
    Path secondLog = logs.resolve("second.log");
    Process first = JobProcess.start(warehouse, firstId, 1, firstLog);
    Process second = JobProcess.start(warehouse, secondId, 1, secondLog);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    try {
      while ((first.isAlive() || second.isAlive()) && System.nanoTime() < deadline) {
        Path currentFile = warehouse.resolve("CURRENT");
        if (Files.exists(currentFile)) {
          String named = Files.readString(currentFile).trim();
          assertThat(warehouse.resolve("runs").resolve(named).resolve("manifest.json"))
              .as("CURRENT names %s while the jobs run", named)
              .exists();
        }
        first.waitFor(100, TimeUnit.MILLISECONDS);
      }
      assertThat(first.isAlive() || second.isAlive())
          .as("both jobs stopped by themselves")
          .isFalse();
    } finally {
      first.destroyForcibly();
      second.destroyForcibly();
    }
    List<Ended> ended = new ArrayList<>();
    ended.add(new Ended(first.exitValue(), Files.readAllLines(firstLog)));
    ended.add(new Ended(second.exitValue(), Files.readAllLines(secondLog)));
    return ended;
  }

  /** A run that loads whole and holds as many rows as its manifest says. */
  private void assertComplete(String runId) {
    Run run = new RunLoader(new WarehouseLayout(warehouse.toString())).load(runId);
    assertThat(run.id()).isEqualTo(runId);
    assertThat((long) run.observations().size())
        .isEqualTo(run.manifest().tables().get("indicators"));
    assertThat((long) run.signals().size()).isEqualTo(run.manifest().tables().get("signals"));
    try (Stream<Path> inside = Files.list(warehouse.resolve("runs").resolve(runId))) {
      assertThat(inside.map(p -> p.getFileName().toString()))
          .as("nothing of another run nested in " + runId)
          .noneMatch(name -> name.startsWith(".staging"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private String current() throws IOException {
    return Files.readString(warehouse.resolve("CURRENT")).trim();
  }

  private Set<String> visibleRuns() throws IOException {
    try (Stream<Path> runs = Files.list(warehouse.resolve("runs"))) {
      return new TreeSet<>(
          runs.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList());
    }
  }

  /** Staging folders and temporary files a finished job left behind. */
  private List<String> leftovers() throws IOException {
    List<String> left = new ArrayList<>();
    try (Stream<Path> all = Files.list(warehouse.resolve("runs"))) {
      all.map(p -> "runs/" + p.getFileName())
          .filter(n -> n.startsWith("runs/."))
          .forEach(left::add);
    }
    try (Stream<Path> all = Files.list(warehouse)) {
      all.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tmp") || n.startsWith(".CURRENT-"))
          .forEach(left::add);
    }
    return left;
  }
}
