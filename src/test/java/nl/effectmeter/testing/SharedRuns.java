package nl.effectmeter.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.effectmeter.settings.JobSettings;

/**
 * Runs of the real job that several test classes only read, each published once per test JVM on
 * first use (every job run costs the suite tens of seconds). A test that publishes into a warehouse
 * or changes one copies it first ({@code TestWarehouse.copyInto}) or runs the job itself.
 */
public final class SharedRuns {
  /** The run id of the worked example's shared run. */
  public static final String EXAMPLE_RUN_ID = "example";

  private static PublishedRun example;
  private static PublishedRun feasibility;

  private SharedRuns() {}

  /** The worked example's input ({@code src/test/resources/example}) as of 2025-12-31. */
  public static synchronized PublishedRun example() {
    if (example == null) {
      example =
          PublishedRun.of(
              Path.of("src/test/resources/example/input"),
              temporary("effectmeter-example-warehouse"),
              LocalDate.parse("2025-12-31"),
              JobSettings.defaults(),
              EXAMPLE_RUN_ID);
    }
    return example;
  }

  /** {@link FeasibilityInput} as of 2025-06-30. */
  public static synchronized PublishedRun feasibility() {
    if (feasibility == null) {
      Path root = temporary("effectmeter-feasibility");
      feasibility =
          PublishedRun.of(
              FeasibilityInput.write(root.resolve("input")),
              root.resolve("warehouse"),
              LocalDate.parse("2025-06-30"));
    }
    return feasibility;
  }

  private static Path temporary(String prefix) {
    return TemporaryFolders.create(prefix);
  }
}
