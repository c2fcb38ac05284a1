package nl.effectmeter.testing;

import nl.effectmeter.ingest.Parsed;
import nl.effectmeter.job.IndicatorJob;
import org.apache.spark.sql.SparkSession;

/**
 * The one small local Spark session every Spark test shares, configured as the job configures
 * itself for a small input on two cores ({@code IndicatorJob}): one shuffle partition per core, no
 * adaptive re-planning, hash aggregation of the percentiles' maps.
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("effectmeter-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.adaptive.enabled", "false")
              // As the job sets it: one value-count map per cell for the exact percentiles, not a
              // sort of every input row once a task holds more than 128 cells.
              .config(
                  IndicatorJob.HASH_AGGREGATE_FALLBACK,
                  IndicatorJob.HASH_AGGREGATE_FALLBACK_DEFAULT)
              .config("spark.default.parallelism", "2")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.session.timeZone", Parsed.TIME_ZONE)
              .config("spark.ui.showConsoleProgress", "false")
              .getOrCreate();
    }
    return session;
  }
}
