package nl.effectmeter.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a run atomically: everything is written to a hidden staging folder of this job alone,
 * which is renamed to {@code runs/<run-id>} once complete, never over a run already there; only
 * then is {@code CURRENT} replaced (written to a temporary file and renamed over). A run killed at
 * any point leaves the served run untouched; of two jobs publishing the same run id at once, one
 * publishes and the other fails saying so, with nothing of it published.
 */
public final class RunPublisher {
  private static final Logger LOG = LoggerFactory.getLogger("effectmeter");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final WarehouseLayout layout;
  private final Configuration conf;
  private final String runId;

  /** Tells this job's staging folder and temporary file apart from those of another job. */
  private final String attempt;

  /** The content hash of each table {@link #write} wrote, computed beside the next writes. */
  private final Map<String, Future<String>> hashing = new LinkedHashMap<>();

  public RunPublisher(WarehouseLayout layout, Configuration conf, String runId) {
    this.layout = layout;
    this.conf = conf;
    this.runId = runId;
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    this.attempt = HexFormat.of().formatHex(random);
  }

  /** The staging folder of the run, as the root of its table folders; hidden from readers. */
  public String stagingDir() {
    return layout.runsDir() + "/.staging-" + runId + "-" + attempt;
  }

  public String stagingTable(String relative) {
    return stagingDir() + "/" + relative;
  }

  /** Fails early when the run id is already published: runs never change once published. */
  public void checkNew() {
    Path published = new Path(layout.runDir(runId));
    try {
      if (published.getFileSystem(conf).exists(published)) {
        throw alreadyPublished(published, "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look at " + published, e);
    }
  }

  /**
   * Writes every table of the run into the staging folder, in order; returns the rows of each, for
   * the manifest. Nothing is visible to readers until {@link #publish}.
   */
  public Map<String, Long> write(List<RunTable> tables) {
    Map<String, Long> rows = new LinkedHashMap<>();
    // Each table's content hash is computed on a thread of its own as soon as the table is
    // written, while the next ones are written: a Spark write of a small table keeps one core
    // busy at most, and hashing the indicators decodes every row (seconds at a million cases).
    ExecutorService hasher =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "table-hash");
              thread.setDaemon(true);
              return thread;
            });
    try {
      for (RunTable table : tables) {
        if (rows.containsKey(table.name())) {
          throw new IllegalArgumentException("Run table " + table.name() + " is written twice");
        }
        long start = System.nanoTime();
        String folder = stagingTable(table.name());
        rows.put(table.name(), table.writer().writeTo(folder));
        LOG.info(
            "Wrote {}: {} rows, {} ms",
            table.name(),
            rows.get(table.name()),
            (System.nanoTime() - start) / 1_000_000);
        hashing.put(table.name(), hasher.submit(() -> TableHash.of(folder, conf)));
      }
    } finally {
      hasher.shutdown(); // the hashes already asked for are still computed
    }
    return rows;
  }

  /**
   * The content hash of each staged table (SHA-256 of its data files, {@link TableHash}), by name,
   * in the order given; for the manifest, so that two runs can be compared table by table.
   */
  public Map<String, String> contentHashes(Iterable<String> tables) {
    long start = System.nanoTime();
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String table : tables) {
      Future<String> pending = hashing.get(table);
      hashes.put(table, pending == null ? TableHash.of(stagingTable(table), conf) : done(pending));
    }
    LOG.info(
        "Content hashes of {} tables: {} ms after the last write",
        hashes.size(),
        (System.nanoTime() - start) / 1_000_000);
    return hashes;
  }

  private static String done(Future<String> hash) {
    try {
      return hash.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while hashing the run's tables", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Cannot hash the run's tables", e.getCause());
    }
  }

  /** Writes the manifest last, moves the run into place and points CURRENT at it. */
  public void publish(Manifest manifest) {
    Path staging = new Path(stagingDir());
    Path target = new Path(layout.runDir(runId));
    try {
      FileSystem fs = staging.getFileSystem(conf);
      try (OutputStream out = fs.create(new Path(staging, WarehouseLayout.MANIFEST), false)) {
        JSON.writeValue(out, manifest);
      }
      if (!WarehouseMoves.folderIntoPlace(staging, target, conf)) {
        fs.delete(staging, true);
        throw alreadyPublished(target, ": another job published it while this one ran");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish run " + runId + " to " + layout.root(), e);
    }
    try {
      WarehouseMoves.replaceFile(
          new Path(layout.current()),
          new Path(layout.root() + "/.CURRENT-" + runId + "-" + attempt + ".tmp"),
          runId,
          conf);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Run " + runId + " is published at " + target + " but CURRENT could not be pointed at it",
          e);
    }
  }

  private IllegalArgumentException alreadyPublished(Path at, String how) {
    return new IllegalArgumentException("Run " + runId + " is already published at " + at + how);
  }
}
