package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Parses one large CSV file in byte ranges side by side instead of in one task: a first pass counts
 * each range's quotes and records ({@link CsvRecords#scan}), the driver works out from the quote
 * parity before each range whether it starts inside a quoted field and from a prefix sum of the
 * record counts the number of its first record, and a second pass hands every record with its
 * number to Spark's CSV parser. Record numbers, malformed records and values come out as the
 * one-task reader gives them ({@code ParallelCsvTest}).
 */
final class ParallelCsv {
  /** The column that carries a record's number through the parser, in front of the others. */
  private static final String NUMBER = "_effectmeter_record";

  private final SparkSession spark;
  private final long rangeBytes;

  /** Splits files into ranges of at most {@code rangeBytes}, at least one per core. */
  ParallelCsv(SparkSession spark, long rangeBytes) {
    if (rangeBytes < 1) {
      throw new IllegalArgumentException("A byte range must hold at least 1 byte: " + rangeBytes);
    }
    this.spark = spark;
    this.rangeBytes = rangeBytes;
  }

  /**
   * The file's data records parsed as {@code schema} (its header's columns as text, then the
   * corrupt-record column) with their number in {@code numberColumn}; the header is left out.
   */
  Dataset<Row> read(
      String file, long size, StructType schema, String corrupt, String numberColumn) {
    Map<String, String> conf = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
    int cores = spark.sparkContext().defaultParallelism();
    List<CsvRecords.Range> ranges =
        CsvRecords.ranges(size, Math.max(cores, (size + rangeBytes - 1) / rangeBytes));
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<CsvRecords.Scan> scans =
        context
            .parallelize(ranges, ranges.size())
            .map(range -> scan(conf, file, range, size))
            .collect();
    List<CsvRecords.Plan> plans = CsvRecords.plan(ranges, scans);
    boolean crlf;
    try (FSDataInputStream in = open(conf, file)) {
      crlf = CsvRecords.crlf(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    JavaRDD<String> numbered =
        context
            .parallelize(plans, plans.size())
            .flatMap(plan -> records(conf, file, size, plan, crlf).iterator());
    StructType withNumber =
        new StructType().add(NUMBER, DataTypes.StringType, true).merge(schema, true);
    Dataset<Row> parsed =
        spark
            .read()
            .schema(withNumber)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", corrupt)
            .option("escape", "\"")
            .csv(spark.createDataset(numbered.rdd(), Encoders.STRING()));
    return parsed
        .withColumn(numberColumn, col(NUMBER).cast(DataTypes.LongType))
        .withColumn(corrupt, regexp_replace(col(corrupt), "^[0-9]+,", ""))
        .drop(NUMBER);
  }

  private static CsvRecords.Scan scan(
      Map<String, String> conf, String file, CsvRecords.Range range, long size) throws IOException {
    try (FSDataInputStream in = open(conf, file)) {
      return CsvRecords.scan(in, range, size);
    }
  }

  /** The records of one planned range, each as its number, a comma and its text. */
  private static List<String> records(
      Map<String, String> conf, String file, long size, CsvRecords.Plan plan, boolean crlf) {
    List<String> out = new ArrayList<>();
    try (FSDataInputStream in = open(conf, file)) {
      CsvRecords.records(
          in,
          plan,
          size,
          crlf,
          (number, text) -> {
            if (number > 0) { // record 0 is the header
              out.add(number + "," + text);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return out;
  }

  private static FSDataInputStream open(Map<String, String> conf, String file) throws IOException {
    Configuration hadoop = new Configuration(false);
    conf.forEach(hadoop::set);
    Path path = new Path(file);
    return path.getFileSystem(hadoop).open(path);
  }
}
