package nl.effectmeter.job;

import java.io.IOException;
import java.nio.file.Path;
import nl.effectmeter.ingest.InvalidInputException;
import nl.effectmeter.ingest.Parsed;
import nl.effectmeter.privacy.DisclosureAuditException;
import nl.effectmeter.settings.JobSettings;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The indicator job's entry point: builds the Spark session (in-process {@code local[*]} unless
 * spark-submit set a master), runs the pipeline, stops.
 */
public final class IndicatorJob {
  private IndicatorJob() {}

  public static void main(String[] argv) {
    JobArgs args;
    JobSettings settings;
    try {
      args = JobArgs.parse(argv);
      Path settingsFile = args.settingsFile();
      settings = settingsFile == null ? JobSettings.defaults() : JobSettings.load(settingsFile);
    } catch (IllegalArgumentException | NullPointerException e) {
      System.err.println("effectmeter: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = session();
    int status = 0;
    try {
      sizeShuffles(spark, args.input());
      RunSummary summary = new IndicatorPipeline(spark, settings).run(args);
      System.out.println(summary.render());
    } catch (IllegalArgumentException | InvalidInputException | DisclosureAuditException e) {
      // Bad input or settings: the message names the file, row, rule or setting; a failed
      // disclosure audit names the cell, the quantity and the relation that gives it away.
      System.err.println("effectmeter: run failed, nothing was published: " + e.getMessage());
      status = 1;
    } catch (RuntimeException e) {
      // Anything else is a fault of ours or of the platform: keep the stack trace for the report.
      System.err.println("effectmeter: run failed, nothing was published: " + e);
      e.printStackTrace();
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Inputs below this size are shuffled in as many partitions as there are cores and planned
   * without adaptive query execution.
   */
  static final long SMALL_INPUT_BYTES = 64L << 20;

  static final int DEFAULT_SHUFFLE_PARTITIONS = 16;

  /**
   * Spark's setting for how many groups a task aggregates by hash before it falls back to sorting
   * every input row, and the job's default for it: exact percentiles keep one small value-count map
   * per cell, and there are tens of thousands of cells, far more than Spark's default of 128. The
   * tests' session sets the same.
   */
  public static final String HASH_AGGREGATE_FALLBACK =
      "spark.sql.objectHashAggregate.sortBased.fallbackThreshold";

  public static final String HASH_AGGREGATE_FALLBACK_DEFAULT = "1000000";

  /**
   * The shuffle partitions for an input of this size when none were configured: one per core for a
   * small input, where sixteen would mostly schedule empty tasks (the sample: 70 s to 59 s), the
   * default otherwise.
   */
  static int shufflePartitions(long inputBytes, int cores) {
    return inputBytes >= 0 && inputBytes < SMALL_INPUT_BYTES
        ? Math.max(1, cores)
        : DEFAULT_SHUFFLE_PARTITIONS;
  }

  /**
   * Whether a run over this many bytes plans its queries once, without adaptive query execution: on
   * a small input re-planning every stage after its shuffle costs more than it saves (the grouping
   * sets of the small test input: 16 s to 4 s on 2 busy cores, BENCHMARKS.md).
   */
  static boolean adaptiveQueryExecution(long inputBytes) {
    return !(inputBytes >= 0 && inputBytes < SMALL_INPUT_BYTES);
  }

  private static void sizeShuffles(SparkSession spark, String input) {
    long bytes;
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      bytes =
          path.getFileSystem(spark.sparkContext().hadoopConfiguration())
              .getContentSummary(path)
              .getLength();
    } catch (IOException | RuntimeException e) {
      bytes = -1; // unknown: the pipeline reports a missing input in the user's words
    }
    SparkConf given = new SparkConf();
    if (!given.contains("spark.sql.shuffle.partitions")) {
      int partitions = shufflePartitions(bytes, spark.sparkContext().defaultParallelism());
      spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    }
    if (!given.contains("spark.sql.adaptive.enabled")) {
      spark.conf().set("spark.sql.adaptive.enabled", String.valueOf(adaptiveQueryExecution(bytes)));
    }
  }

  /** The session the job runs in; local[*] when no master was given by spark-submit. */
  public static SparkSession session() {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("effectmeter-indicators")
            .config("spark.sql.session.timeZone", Parsed.TIME_ZONE)
            .config(
                "spark.sql.shuffle.partitions",
                conf.get(
                    "spark.sql.shuffle.partitions", String.valueOf(DEFAULT_SHUFFLE_PARTITIONS)))
            .config(
                HASH_AGGREGATE_FALLBACK,
                conf.get(HASH_AGGREGATE_FALLBACK, HASH_AGGREGATE_FALLBACK_DEFAULT))
            .config(
                "spark.ui.showConsoleProgress", conf.get("spark.ui.showConsoleProgress", "false"));
    if (!conf.contains("spark.master")) {
      builder.master("local[*]");
    }
    return builder.getOrCreate();
  }
}
