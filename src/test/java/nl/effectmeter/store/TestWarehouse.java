package nl.effectmeter.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import nl.effectmeter.publish.ParquetTables;
import nl.effectmeter.testing.SharedRuns;
import org.apache.hadoop.conf.Configuration;

/**
 * The warehouse the store and API tests read: a copy (so tests may publish runs into it) of a
 * warehouse that the real indicator job wrote, once per test JVM, from the worked example's input,
 * as run {@code example} ({@link SharedRuns#example}, which {@code WorkedExampleTest} reads too).
 */
public final class TestWarehouse {
  public static final String RUN_ID = SharedRuns.EXAMPLE_RUN_ID;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestWarehouse() {}

  /** The warehouse every test copies: the worked example's shared run. */
  static Path source() {
    return SharedRuns.example().warehouse();
  }

  /** A fresh copy of the fixture warehouse under {@code dir}. */
  public static Path copyInto(Path dir) {
    Path root = dir.resolve("warehouse");
    copyTree(source(), root);
    return root;
  }

  /** Publishes a copy of the example run under a new id, without making it current. */
  public static void publishCopy(Path root, String newRunId, String finishedAt) {
    Path target = root.resolve("runs").resolve(newRunId);
    copyTree(root.resolve("runs").resolve(RUN_ID), target);
    Path manifest = target.resolve("manifest.json");
    try {
      ObjectNode json = (ObjectNode) JSON.readTree(manifest.toFile());
      json.put("run_id", newRunId);
      json.put("finished_at", finishedAt);
      JSON.writeValue(manifest.toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Publishes a copy of the example run under a new id as the job does: copied into a hidden
   * staging folder, moved into place in one rename, then CURRENT replaced in one rename. The copy
   * has no signals (its manifest says 0), so that an answer tells which run it came from.
   */
  public static void publishLikeTheJob(Path root, String newRunId, String finishedAt) {
    Path staging = root.resolve("runs").resolve(".staging-" + newRunId);
    copyTree(root.resolve("runs").resolve(RUN_ID), staging);
    try {
      Path signals = staging.resolve("signals");
      try (Stream<Path> files = Files.walk(signals)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
      ParquetTables.writeSignals(List.of(), signals.toString(), new Configuration());
      Path manifest = staging.resolve("manifest.json");
      ObjectNode json = (ObjectNode) JSON.readTree(manifest.toFile());
      json.put("run_id", newRunId);
      json.put("finished_at", finishedAt);
      ((ObjectNode) json.get("tables")).put("signals", 0);
      JSON.writeValue(manifest.toFile(), json);
      Files.move(staging, root.resolve("runs").resolve(newRunId), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    makeCurrentAtomically(root, newRunId);
  }

  /** Points CURRENT at a run in one rename, as the job does. */
  public static void makeCurrentAtomically(Path root, String runId) {
    try {
      Path temporary = Files.writeString(root.resolve(".CURRENT.test.tmp"), runId + "\n");
      Files.move(
          temporary,
          root.resolve("CURRENT"),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Points CURRENT at a run, as the job does when it publishes. */
  public static void makeCurrent(Path root, String runId) {
    try {
      Files.writeString(root.resolve("CURRENT"), runId + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
