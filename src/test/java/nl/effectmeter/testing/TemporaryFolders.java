package nl.effectmeter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders the tests make outside JUnit's {@code @TempDir} (warehouses shared by several classes, or
 * made in a {@code @BeforeAll} that JUnit does not clean): deleted when the test JVM ends, so that
 * a test run leaves nothing behind in the system's temporary folder.
 */
public final class TemporaryFolders {
  private TemporaryFolders() {}

  /** A new folder in the system's temporary folder, deleted with all it holds at the JVM's end. */
  public static Path create(String prefix) {
    try {
      Path folder = Files.createTempDirectory(prefix);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the folder and everything in it. */
  public static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      deleteTree(folder);
    } catch (UncheckedIOException e) {
      // The JVM is ending: what cannot be deleted now stays, as before.
    }
  }
}
