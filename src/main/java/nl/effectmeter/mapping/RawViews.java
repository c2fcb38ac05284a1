package nl.effectmeter.mapping;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_to_timestamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.ingest.InputLocator;
import nl.effectmeter.ingest.RawReader;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads a mapping's raw files and registers each as a temporary view under its declared name, with
 * two columns added: {@code _view} (the view's name) and {@code _row} (the record number). Records
 * the file's parser could not read are kept out of the view and counted as skipped ({@code
 * malformed_record}).
 */
final class RawViews {
  static final String MALFORMED_REASON = "malformed_record";
  static final String MALFORMED_TEXT = "_malformed_text";
  private static final String CORRUPT = "_corrupt_record";

  /** A registered view: its declaration, the file's full path, and every record numbered. */
  record Registered(RawView view, String path, long sizeBytes, Dataset<Row> records) {}

  private RawViews() {}

  static Map<String, Registered> register(SparkSession spark, String input, List<RawView> views) {
    Map<String, Registered> registered = new LinkedHashMap<>();
    String root = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
    for (RawView view : views) {
      Path file = new Path(root + "/" + view.file());
      String path;
      long size;
      try {
        FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Optional<FileStatus> status = InputLocator.status(fs, file);
        if (status.isEmpty() || !status.get().isFile()) {
          throw new IllegalArgumentException(
              "Cannot find raw file "
                  + view.file()
                  + " of view "
                  + view.name()
                  + " in input location "
                  + input);
        }
        path = fs.makeQualified(file).toString();
        size = status.get().getLen();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot look for raw file " + file, e);
      }
      Dataset<Row> records =
          RawReader.numberRecords(spark, parse(spark, view, path))
              .withColumnRenamed("source_record", RawView.ROW)
              .withColumn(RawView.VIEW, lit(view.name()));
      records = withIsoTimestamps(records, view, path).persist(StorageLevel.MEMORY_AND_DISK());
      records
          .filter(col(MALFORMED_TEXT).isNull())
          .drop(MALFORMED_TEXT)
          .createOrReplaceTempView(view.name());
      registered.put(view.name(), new Registered(view, path, size, records));
    }
    return registered;
  }

  /** The file read as text columns (CSV) or as its own types, plus the malformed text column. */
  private static Dataset<Row> parse(SparkSession spark, RawView view, String path) {
    Dataset<Row> parsed;
    switch (view.format()) {
      case CSV -> {
        String[] header = spark.read().options(view.sparkOptions()).csv(path).columns();
        StructType schema = new StructType();
        for (String name : header) {
          schema = schema.add(name, DataTypes.StringType, true);
        }
        schema = schema.add(CORRUPT, DataTypes.StringType, true);
        parsed =
            spark
                .read()
                .options(view.sparkOptions())
                .schema(schema)
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .csv(path);
      }
      case JSONL -> {
        parsed =
            spark
                .read()
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .option("encoding", view.sparkOptions().get("encoding"))
                .json(path);
        if (!Arrays.asList(parsed.columns()).contains(CORRUPT)) {
          parsed = parsed.withColumn(CORRUPT, lit(null).cast(DataTypes.StringType));
        }
      }
      case PARQUET ->
          parsed =
              spark.read().parquet(path).withColumn(CORRUPT, lit(null).cast(DataTypes.StringType));
      default -> throw new IllegalStateException("Unhandled format " + view.format());
    }
    return parsed.withColumnRenamed(CORRUPT, MALFORMED_TEXT);
  }

  /** Rewrites the declared timestamp columns as ISO-8601 local time; unparseable text stays. */
  private static Dataset<Row> withIsoTimestamps(Dataset<Row> records, RawView view, String path) {
    List<String> columns = new ArrayList<>(Arrays.asList(records.columns()));
    for (String name : view.timestampColumns()) {
      if (!columns.contains(name)) {
        throw new IllegalArgumentException(
            String.format(
                "Mapping declares timestamp column %s of view %s, but file %s has no such column"
                    + " (it has: %s)",
                name, view.name(), path, String.join(", ", columns)));
      }
      records =
          records.withColumn(
              name,
              coalesce(
                  date_format(
                      try_to_timestamp(col("`" + name + "`"), lit(view.timestampFormat())),
                      "yyyy-MM-dd'T'HH:mm:ss"),
                  col("`" + name + "`")));
    }
    return records;
  }
}
