package nl.effectmeter.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The content hash of a published table: the SHA-256 of its data files' bytes, one after the other
 * in the order of their names. Only the bytes count, not the names (Spark names its files with a
 * random id per job) nor the bookkeeping files ({@code _SUCCESS}, {@code .crc}): two runs that
 * publish the same rows in the same order in the same number of files have the same hash.
 */
public final class TableHash {
  private TableHash() {}

  /** The hex SHA-256 of the table in this folder (or of this one file). */
  public static String of(String folder, Configuration conf) {
    Path path = new Path(folder);
    try {
      FileSystem fs = path.getFileSystem(conf);
      List<FileStatus> files = new ArrayList<>();
      collect(fs, path, files);
      files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (FileStatus file : files) {
        try (InputStream in = fs.open(file.getPath())) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot hash the table at " + folder, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java has no SHA-256", e);
    }
  }

  private static void collect(FileSystem fs, Path path, List<FileStatus> files) throws IOException {
    for (FileStatus status : fs.listStatus(path)) {
      String name = status.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".") || name.endsWith(".crc")) {
        continue;
      }
      if (status.isDirectory()) {
        collect(fs, status.getPath(), files);
      } else {
        files.add(status);
      }
    }
  }
}
