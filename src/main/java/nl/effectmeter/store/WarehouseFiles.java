package nl.effectmeter.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The warehouse's files on any Hadoop file system (a local folder, {@code hdfs://}, {@code s3a://},
 * ...), as the job publishes them; the API needs Hadoop's client, not Spark.
 */
final class WarehouseFiles {
  private static final Configuration CONF = new Configuration();

  private WarehouseFiles() {}

  static Configuration conf() {
    return CONF;
  }

  /** The text of a small file, or empty when it does not exist. */
  static Optional<String> readString(String file) {
    try {
      try (InputStream in = open(file)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a file for reading. Local checksum files are not verified: an operator may point {@code
   * CURRENT} at another run by hand (rolling back), which leaves Hadoop's {@code .CURRENT.crc}
   * stale.
   */
  static InputStream open(String file) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(CONF);
    fs.setVerifyChecksum(false);
    return fs.open(path);
  }

  /** Whether the path is a folder. */
  static boolean isDirectory(String folder) {
    Path path = new Path(folder);
    try {
      return path.getFileSystem(CONF).getFileStatus(path).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look at " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The names of a folder's entries, sorted; empty when the folder does not exist. */
  static List<String> list(String folder) {
    Path path = new Path(folder);
    try {
      List<String> names = new ArrayList<>();
      for (FileStatus status : path.getFileSystem(CONF).listStatus(path)) {
        names.add(status.getPath().getName());
      }
      names.sort(null);
      return names;
    } catch (FileNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }
}
