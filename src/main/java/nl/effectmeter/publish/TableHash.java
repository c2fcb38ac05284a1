package nl.effectmeter.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * The content hash of a published table: the SHA-256 of its rows as Parquet decodes them (the
 * schema, then every row's fields and values, file after file in the order of their names), and of
 * the bytes of any other data file. The file names do not count (Spark names its files with a
 * random id per job), nor the bookkeeping files ({@code _SUCCESS}, {@code .crc}), nor the Parquet
 * footer's metadata: parquet-mr lists a column chunk's encodings in an order that can differ
 * between two Java processes writing the same rows. Two runs that publish the same rows in the same
 * order in the same number of files have the same hash.
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
        if (file.getPath().getName().endsWith(".parquet")) {
          rows(file.getPath(), conf, digest);
          continue;
        }
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

  /** Adds a Parquet file's schema and decoded rows to the digest. */
  @SuppressWarnings("deprecation")
  private static void rows(Path file, Configuration conf, MessageDigest digest) throws IOException {
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
      boolean first = true;
      for (Group group = reader.read(); group != null; group = reader.read()) {
        if (first) {
          digest.update(group.getType().toString().getBytes(StandardCharsets.UTF_8));
          first = false;
        }
        digest.update(group.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
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
