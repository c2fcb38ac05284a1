package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One published table of a run as the single Parquet file the job wrote for it: the indicators and
 * signals tables (written from the driver) and each reference table (written as one part). Only
 * these are ever found: quarantine and disclosure tables have no name here, and a name is looked
 * up, never used as a path.
 *
 * @param table e.g. {@code indicators} or {@code reference/organisations}
 * @param file the file's full path in the warehouse
 * @param length its size in bytes
 * @param modified when it was written
 */
public record PublishedFile(String table, String file, long length, Instant modified) {
  private static final Pattern REFERENCE_DATASET = Pattern.compile("[a-z][a-z_]{0,63}");

  public PublishedFile {
    requireNonNull(table, "table is null");
    requireNonNull(file, "file is null");
    requireNonNull(modified, "modified is null");
    if (length < 0) {
      throw new IllegalArgumentException("length is negative: " + length);
    }
  }

  /** The tables of a run that may be downloaded: indicators, signals and its reference tables. */
  public static List<String> servedTables(Manifest manifest) {
    return manifest.tables().keySet().stream().filter(PublishedFile::isServed).sorted().toList();
  }

  /** Whether a table name is one that is ever served (never quarantine or disclosure). */
  public static boolean isServed(String table) {
    if (table.equals(WarehouseLayout.INDICATORS) || table.equals(WarehouseLayout.SIGNALS)) {
      return true;
    }
    String prefix = WarehouseLayout.REFERENCE + "/";
    return table.startsWith(prefix)
        && REFERENCE_DATASET.matcher(table.substring(prefix.length())).matches();
  }

  /**
   * The file of a served table that the run's manifest lists, or empty when the manifest lists no
   * such table. A table folder of other than exactly one Parquet file is an error naming the
   * folder.
   */
  public static Optional<PublishedFile> find(
      WarehouseLayout layout, Manifest manifest, String table) {
    if (!isServed(table) || !manifest.tables().containsKey(table)) {
      return Optional.empty();
    }
    String folder = layout.runDir(manifest.runId()) + "/" + table;
    List<String> parts = new ParquetFolder(folder).files();
    if (parts.size() != 1) {
      throw new IllegalStateException(
          "Cannot serve table "
              + table
              + " of run "
              + manifest.runId()
              + " as one file: "
              + folder
              + " holds "
              + parts.size()
              + " Parquet files");
    }
    String file = parts.get(0);
    Path path = new Path(file);
    try {
      FileStatus status = path.getFileSystem(WarehouseFiles.conf()).getFileStatus(path);
      return Optional.of(
          new PublishedFile(
              table, file, status.getLen(), Instant.ofEpochMilli(status.getModificationTime())));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look at " + file + ": " + e.getMessage(), e);
    }
  }

  /** The bytes from {@code first} to {@code last}, inclusive, as a stream the caller closes. */
  public InputStream open(long first, long last) {
    if (first < 0 || last < first || last >= length) {
      throw new IllegalArgumentException(
          "Cannot read bytes " + first + "-" + last + " of " + file + " (" + length + " bytes)");
    }
    try {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(WarehouseFiles.conf());
      fs.setVerifyChecksum(false);
      FSDataInputStream in = fs.open(path);
      in.seek(first);
      return new BoundedStream(in, last - first + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** At most a number of bytes of another stream. */
  private static final class BoundedStream extends InputStream {
    private final InputStream in;
    private long left;

    BoundedStream(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
