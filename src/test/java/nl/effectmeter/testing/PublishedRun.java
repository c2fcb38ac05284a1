package nl.effectmeter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.effectmeter.job.IndicatorPipeline;
import nl.effectmeter.job.JobArgs;
import nl.effectmeter.job.RunSummary;
import nl.effectmeter.settings.JobSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs the real pipeline in the shared test session and reads back what it published. */
public record PublishedRun(Path warehouse, String runId, RunSummary summary) {

  public static PublishedRun of(Path input, Path warehouse, LocalDate asOf) {
    return of(input, warehouse, asOf, JobSettings.defaults());
  }

  public static PublishedRun of(Path input, Path warehouse, LocalDate asOf, JobSettings settings) {
    return of(input, warehouse, asOf, settings, null);
  }

  /** A run under the given id; a null id lets the job choose one. */
  public static PublishedRun of(
      Path input, Path warehouse, LocalDate asOf, JobSettings settings, String runId) {
    SparkSession spark = TestSpark.session();
    RunSummary summary =
        new IndicatorPipeline(spark, settings)
            .run(new JobArgs(input.toString(), warehouse.toString(), asOf, null, runId));
    return new PublishedRun(warehouse, summary.runId(), summary);
  }

  public Path runDir() {
    return warehouse.resolve("runs").resolve(runId);
  }

  public Dataset<Row> table(String relative) {
    return TestSpark.session().read().parquet(runDir().resolve(relative).toString());
  }

  /** The indicators rows matching a SQL condition, e.g. {@code "indicator = 'cases_received'"}. */
  public List<Row> indicators(String condition) {
    return table("indicators").filter(condition).collectAsList();
  }

  /** The one indicators row matching the condition; fails when there is not exactly one. */
  public Row indicator(String condition) {
    List<Row> rows = indicators(condition);
    if (rows.size() != 1) {
      throw new AssertionError(
          "Expected one indicators row where "
              + condition
              + ", found "
              + rows.size()
              + ": "
              + rows);
    }
    return rows.get(0);
  }

  public String current() {
    try {
      return Files.readString(warehouse.resolve("CURRENT")).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
