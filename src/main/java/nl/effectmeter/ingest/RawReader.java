package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.effectmeter.dataset.DatasetColumn;
import nl.effectmeter.dataset.InputDataset;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a dataset's files as declared: every declared column as a trimmed string (empty means
 * missing), plus the file, the record number and the raw text of unparseable records.
 *
 * <p>Schemas are declared, never inferred; types are checked afterwards by validation, so a bad
 * value becomes a quarantined row instead of a failed read.
 */
public final class RawReader {
  private static final String CORRUPT = "_corrupt_record";

  /** Inputs larger than this are repartitioned after parsing, so validation runs in parallel. */
  private static final long SPREAD_ABOVE_BYTES = 32L << 20;

  /**
   * A CSV file of at least this size is parsed in byte ranges side by side ({@link ParallelCsv}),
   * each of at most {@link #RANGE_BYTES}; a smaller one in one task (its ranges' two passes cost
   * more than they save).
   */
  static final long PARALLEL_FROM_BYTES = 32L << 20;

  static final long RANGE_BYTES = 64L << 20;

  private final SparkSession spark;
  private final List<String> warnings;
  private final long parallelFromBytes;
  private final long rangeBytes;

  public RawReader(SparkSession spark, List<String> warnings) {
    this(spark, warnings, PARALLEL_FROM_BYTES, RANGE_BYTES);
  }

  /** A reader that parses CSV files of at least {@code parallelFromBytes} in byte ranges. */
  RawReader(SparkSession spark, List<String> warnings, long parallelFromBytes, long rangeBytes) {
    this.spark = spark;
    this.warnings = warnings;
    this.parallelFromBytes = parallelFromBytes;
    this.rangeBytes = rangeBytes;
  }

  /**
   * Reads all files of a dataset. A small CSV file is parsed as one piece, a large one in byte
   * ranges side by side (quoted fields may hold line breaks either way); other large inputs are
   * spread over the cluster right after parsing.
   */
  public Dataset<Row> read(InputDataset dataset, List<InputFile> files) {
    Dataset<Row> all = null;
    long bytes = 0;
    boolean allInRanges = true;
    for (InputFile file : files) {
      Dataset<Row> one = readFile(dataset, file);
      all = all == null ? one : all.unionByName(one);
      bytes += file.sizeBytes();
      allInRanges &= inRanges(file);
    }
    if (bytes > SPREAD_ABOVE_BYTES && !allInRanges) {
      all = all.repartition(spark.sparkContext().defaultParallelism() * 2);
    }
    return all;
  }

  private Dataset<Row> readFile(InputDataset dataset, InputFile file) {
    Dataset<Row> parsed;
    Set<String> present;
    switch (file.format()) {
      case CSV -> {
        List<String> header =
            CsvHeader.read(file.path(), spark.sparkContext().hadoopConfiguration());
        if (header.isEmpty()) {
          warnings.add(
              "File " + file.path() + " of dataset " + dataset.datasetName() + " is empty");
          return spark.createDataFrame(List.of(), outputSchema(dataset));
        }
        present = new LinkedHashSet<>(header);
        if (inRanges(file)) {
          checkColumns(dataset, file, present);
          Dataset<Row> numbered =
              new ParallelCsv(spark, rangeBytes)
                  .read(
                      file.path(),
                      file.sizeBytes(),
                      stringSchema(header),
                      CORRUPT,
                      RawColumns.SOURCE_RECORD);
          return project(dataset, file, present, numbered);
        }
        parsed =
            spark
                .read()
                .schema(stringSchema(header))
                .option("header", "true")
                .option("multiLine", "true")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .option("escape", "\"")
                .option("encoding", "UTF-8")
                .csv(file.path());
      }
      case JSONL -> {
        present = new LinkedHashSet<>(dataset.columnNames());
        parsed =
            spark
                .read()
                .schema(stringSchema(dataset.columnNames()))
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .json(file.path());
      }
      case PARQUET -> {
        parsed = spark.read().parquet(file.path());
        present = new LinkedHashSet<>(List.of(parsed.columns()));
        parsed = parsed.withColumn(CORRUPT, lit(null).cast(DataTypes.StringType));
      }
      default -> throw new IllegalStateException("Unhandled format " + file.format());
    }
    checkColumns(dataset, file, present);
    return project(dataset, file, present, numberRecords(parsed));
  }

  /** Whether a file is parsed in byte ranges side by side. */
  private boolean inRanges(InputFile file) {
    return file.format() == InputFormat.CSV
        && file.sizeBytes() >= parallelFromBytes
        && spark.sparkContext().defaultParallelism() > 1;
  }

  /** The dataset's columns as trimmed text (null when empty or absent), then the bookkeeping. */
  private static Dataset<Row> project(
      InputDataset dataset, InputFile file, Set<String> present, Dataset<Row> numbered) {
    List<Column> select = new ArrayList<>();
    for (DatasetColumn column : dataset.columns()) {
      if (!present.contains(column.name())) {
        select.add(lit(null).cast(DataTypes.StringType).as(column.name()));
        continue;
      }
      Column text = asText(col(column.name()), numbered.schema().apply(column.name()).dataType());
      Column trimmed = trim(text);
      select.add(when(trimmed.equalTo(""), lit(null)).otherwise(trimmed).as(column.name()));
    }
    select.add(lit(file.path()).as(RawColumns.SOURCE_FILE));
    select.add(col(RawColumns.SOURCE_RECORD));
    select.add(col(CORRUPT).as(RawColumns.MALFORMED));
    return numbered.select(select.toArray(Column[]::new));
  }

  private void checkColumns(InputDataset dataset, InputFile file, Set<String> present) {
    for (DatasetColumn column : dataset.columns()) {
      if (column.required() && !present.contains(column.name())) {
        throw new IllegalArgumentException(
            String.format(
                "File %s of dataset %s lacks required column %s (it has: %s)",
                file.path(), dataset.datasetName(), column.name(), String.join(", ", present)));
      }
    }
    Set<String> extra = new LinkedHashSet<>(present);
    extra.removeAll(dataset.columnNames());
    extra.remove(CORRUPT);
    if (!extra.isEmpty()) {
      warnings.add(
          String.format(
              "File %s of dataset %s has extra column(s), ignored: %s",
              file.path(), dataset.datasetName(), String.join(", ", extra)));
    }
  }

  private Dataset<Row> numberRecords(Dataset<Row> parsed) {
    return numberRecords(spark, parsed);
  }

  /** Adds the 1-based record number within the file (one file per frame), as a cluster would. */
  public static Dataset<Row> numberRecords(SparkSession spark, Dataset<Row> parsed) {
    if (parsed.rdd().getNumPartitions() <= 1) {
      return parsed.withColumn(RawColumns.SOURCE_RECORD, monotonically_increasing_id().plus(1));
    }
    StructType schema = parsed.schema().add(RawColumns.SOURCE_RECORD, DataTypes.LongType, false);
    JavaRDD<Row> rows =
        parsed
            .javaRDD()
            .zipWithIndex()
            .map(
                pair -> {
                  Row row = pair._1();
                  Object[] values = new Object[row.size() + 1];
                  for (int i = 0; i < row.size(); i++) {
                    values[i] = row.get(i);
                  }
                  values[row.size()] = pair._2() + 1;
                  return RowFactory.create(values);
                });
    return spark.createDataFrame(rows, schema);
  }

  /** A typed Parquet column rendered as the text a CSV would hold. */
  public static Column asText(Column column, DataType type) {
    if (type.equals(DataTypes.TimestampType)) {
      return date_format(column, "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    }
    if (type.equals(DataTypes.TimestampNTZType)) {
      return date_format(column, "yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    }
    return column.cast(DataTypes.StringType);
  }

  private static StructType stringSchema(List<String> names) {
    List<StructField> fields = new ArrayList<>();
    for (String name : names) {
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  /** The schema {@link #read} returns for a dataset. */
  public static StructType outputSchema(InputDataset dataset) {
    List<StructField> fields = new ArrayList<>();
    for (String name : dataset.columnNames()) {
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(RawColumns.SOURCE_FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(RawColumns.SOURCE_RECORD, DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(RawColumns.MALFORMED, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }
}
