package nl.effectmeter.testing;

import nl.effectmeter.ingest.Parsed;
import org.apache.spark.sql.SparkSession;

/** The one small local Spark session every Spark test shares. */
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
              .config("spark.sql.shuffle.partitions", "4")
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
