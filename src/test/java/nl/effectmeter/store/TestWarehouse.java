package nl.effectmeter.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The warehouse the store and API tests read: a copy (so tests may publish runs into it) of the
 * fixture in {@code src/test/resources/warehouse}, whose single run {@code example} holds the
 * worked example's published tables. To test against a warehouse the job wrote, change {@link
 * #source()} only.
 */
public final class TestWarehouse {
  public static final String RUN_ID = "example";

  private TestWarehouse() {}

  /** The warehouse every test copies. */
  static Path source() {
    try {
      return Path.of(TestWarehouse.class.getResource("/warehouse/CURRENT").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
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
      String json = Files.readString(manifest, StandardCharsets.UTF_8);
      json = json.replace("\"run_id\": \"" + RUN_ID + "\"", "\"run_id\": \"" + newRunId + "\"");
      json = json.replace("2026-01-01T02:03:00Z", finishedAt);
      Files.writeString(manifest, json, StandardCharsets.UTF_8);
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
