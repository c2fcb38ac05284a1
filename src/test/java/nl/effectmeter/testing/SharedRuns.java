package nl.effectmeter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
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

  /**
   * Where the build keeps the worked example's shared run for the cluster test, which runs after
   * this JVM in the same build ({@code pom.xml} names a folder per build); unset: a temporary
   * folder.
   */
  public static final String EXAMPLE_WAREHOUSE_PROPERTY = "effectmeter.example.warehouse";

  /** The worked example's input ({@code src/test/resources/example}) as of 2025-12-31. */
  public static synchronized PublishedRun example() {
    if (example == null) {
      example =
          PublishedRun.of(
              Path.of("src/test/resources/example/input"),
              exampleWarehouse(),
              LocalDate.parse("2025-12-31"),
              JobSettings.defaults(),
              EXAMPLE_RUN_ID);
    }
    return example;
  }

  /**
   * The build's folder for the example run ({@code .../example-run/<build time>/warehouse}, as
   * {@code pom.xml} names it), the other builds' folders beside it removed; a temporary folder
   * where the build names none. Only folders named like a build time inside a folder named {@code
   * example-run} are ever removed, whatever the property says.
   */
  private static Path exampleWarehouse() {
    String kept = System.getProperty(EXAMPLE_WAREHOUSE_PROPERTY);
    if (kept == null || kept.isBlank()) {
      return temporary("effectmeter-example-warehouse");
    }
    Path warehouse = Path.of(kept).toAbsolutePath().normalize();
    Path build = warehouse.getParent();
    Path builds = build == null ? null : build.getParent();
    try {
      if (builds != null
          && builds.getFileName() != null
          && builds.getFileName().toString().equals("example-run")
          && Files.isDirectory(builds)) {
        try (Stream<Path> earlier = Files.list(builds)) {
          for (Path other : earlier.toList()) {
            if (other.getFileName().toString().matches("\\d{8}-\\d{6}")) {
              TemporaryFolders.deleteTree(other);
            }
          }
        }
      }
      Files.createDirectories(warehouse);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make the example run's folder " + warehouse, e);
    }
    return warehouse;
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
