package nl.effectmeter.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Publishes a run atomically: everything is written to a hidden staging folder, which is renamed to
 * {@code runs/<run-id>} once complete; only then is {@code CURRENT} replaced (written to a
 * temporary file and renamed over). A run killed at any point leaves the served run untouched.
 */
public final class RunPublisher {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final WarehouseLayout layout;
  private final Configuration conf;
  private final String runId;

  public RunPublisher(WarehouseLayout layout, Configuration conf, String runId) {
    this.layout = layout;
    this.conf = conf;
    this.runId = runId;
  }

  /** The staging folder of the run, as the root of its table folders. */
  public String stagingDir() {
    return layout.runsDir() + "/.staging-" + runId;
  }

  public String stagingTable(String relative) {
    return stagingDir() + "/" + relative;
  }

  /** Fails early when the run id is already published: runs never change once published. */
  public void checkNew() {
    Path published = new Path(layout.runDir(runId));
    try {
      FileSystem fs = published.getFileSystem(conf);
      if (fs.exists(published)) {
        throw new IllegalArgumentException(
            "Run " + runId + " is already published at " + published);
      }
      fs.delete(new Path(stagingDir()), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the staging folder " + stagingDir(), e);
    }
  }

  /** Writes the manifest last, moves the run into place and points CURRENT at it. */
  public void publish(Manifest manifest) {
    try {
      Path staging = new Path(stagingDir());
      FileSystem fs = staging.getFileSystem(conf);
      try (OutputStream out = fs.create(new Path(staging, WarehouseLayout.MANIFEST), false)) {
        JSON.writeValue(out, manifest);
      }
      Path target = new Path(layout.runDir(runId));
      if (!fs.rename(staging, target)) {
        throw new IOException("rename of " + staging + " to " + target + " failed");
      }
      Path current = new Path(layout.current());
      Path temporary = new Path(layout.root() + "/.CURRENT-" + runId + ".tmp");
      FileContext context = FileContext.getFileContext(current.toUri(), conf);
      try (FSDataOutputStream out =
          context.create(temporary, EnumSet.of(CreateFlag.CREATE, CreateFlag.OVERWRITE))) {
        out.write((runId + "\n").getBytes(StandardCharsets.UTF_8));
        out.hsync();
      }
      context.rename(temporary, current, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish run " + runId + " to " + layout.root(), e);
    }
  }
}
