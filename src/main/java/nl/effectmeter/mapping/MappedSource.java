package nl.effectmeter.mapping;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.effectmeter.dataset.DatasetColumn;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.ingest.RawColumns;
import nl.effectmeter.ingest.RawReader;
import nl.effectmeter.ingest.RawSource;
import nl.effectmeter.settings.NearestKey;
import nl.effectmeter.warehouse.Manifest;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The contract's datasets as a source mapping gives them: each dataset's {@code SELECT} run over
 * the raw views, its columns checked against the contract and turned into the text rows validation
 * reads. Fact rows keep the raw file and record they came from, so that quarantine points at the
 * raw row and the accounting can tell which raw rows became which rows.
 */
public final class MappedSource implements RawSource {
  private final SparkSession spark;
  private final SourceMapping mapping;
  private final List<String> warnings;
  private final Map<String, RawViews.Registered> views;
  private final Map<InputDataset, Dataset<Row>> factKeys = new LinkedHashMap<>();

  public MappedSource(
      SparkSession spark, SourceMapping mapping, String input, List<String> warnings) {
    this.spark = spark;
    this.mapping = mapping;
    this.warnings = warnings;
    this.views = RawViews.register(spark, input, mapping.views());
  }

  @Override
  public Optional<Dataset<Row>> readIfPresent(InputDataset dataset) {
    return mapping.file(dataset).isEmpty() ? Optional.empty() : Optional.of(read(dataset));
  }

  @Override
  public Dataset<Row> read(InputDataset dataset) {
    if (mapping.file(dataset).isEmpty()) {
      warnings.add(
          "Mapping " + mapping.folder() + " gives no " + dataset.datasetName() + ": none read");
      return spark.createDataFrame(List.of(), RawReader.outputSchema(dataset));
    }
    Path file = mapping.file(dataset).get();
    if (file.getFileName().toString().endsWith(".csv")) {
      Dataset<Row> rows = referenceCsv(file);
      checkColumns(dataset, file, rows);
      return asRaw(
          dataset,
          RawReader.numberRecords(spark, rows),
          lit(file.toUri().toString()),
          col(RawColumns.SOURCE_RECORD));
    }
    Dataset<Row> selected = select(file);
    checkColumns(dataset, file, selected);
    if (InputDataset.facts().contains(dataset)) {
      factKeys.put(dataset, selected.select(col(RawView.VIEW), col(RawView.ROW)));
      return asRaw(dataset, selected, viewPath(col(RawView.VIEW)), col(RawView.ROW).cast("long"));
    }
    // A reference SELECT's rows are numbered 1, 2, ... in one partition: a SELECT that joins or
    // groups would otherwise number them per partition (record 8589934597 is partition 1, row 5).
    Dataset<Row> numbered = RawReader.numberRecords(spark, selected.coalesce(1));
    return asRaw(dataset, numbered, lit(file.toUri().toString()), col(RawColumns.SOURCE_RECORD));
  }

  /** Counts, per raw file, the rows that became contract rows and those skipped by reason. */
  public MappingAccounting.Result account() {
    Dataset<Row> skipped = null;
    if (mapping.skipped().isPresent()) {
      Path file = mapping.skipped().get();
      skipped = select(file);
      checkSkipped(file, skipped);
    }
    return MappingAccounting.of(mapping, views, factKeys, skipped);
  }

  /** The rows the mapping left out, with their raw file, record and reason, for publication. */
  public Dataset<Row> skippedRows() {
    return MappingAccounting.skippedRows(
        views, mapping.skipped().map(this::select).orElse(null), viewPath(col(RawView.VIEW)));
  }

  @Override
  public List<Manifest.Input> inputs() {
    List<Manifest.Input> inputs = new ArrayList<>();
    for (RawViews.Registered view : views.values()) {
      inputs.add(
          new Manifest.Input(
              view.view().name(),
              view.path(),
              view.view().format().label(),
              view.sizeBytes(),
              sha256(view.path())));
    }
    return inputs;
  }

  /**
   * A reference dataset given as a CSV file of the mapping. The mapping folder is the driver's
   * (executors may not see it), so its few lines are read here and parsed by Spark from memory.
   */
  private Dataset<Row> referenceCsv(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read mapping file " + file, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("Mapping file " + file + " is empty: give a header row");
    }
    Dataset<String> text = spark.createDataset(lines, org.apache.spark.sql.Encoders.STRING());
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType();
    for (String name : spark.read().option("header", "true").csv(text.limit(1)).columns()) {
      schema = schema.add(name, DataTypes.StringType, true);
    }
    return spark
        .read()
        .option("header", "true")
        .option("escape", "\"")
        .schema(schema)
        .csv(text)
        .coalesce(1);
  }

  private Dataset<Row> select(Path file) {
    String sql = SourceMapping.sql(file);
    try {
      return spark.sql(sql);
    } catch (Exception e) {
      if (e instanceof AnalysisException analysis) {
        throw new IllegalArgumentException(
            "Mapping file " + file + " does not run: " + analysis.getMessage(), e);
      }
      throw new IllegalArgumentException(
          "Mapping file " + file + " is not one Spark SQL SELECT: " + e.getMessage(), e);
    }
  }

  /** Every column a dataset's SELECT gives must be the contract's; every required one present. */
  private static void checkColumns(InputDataset dataset, Path file, Dataset<Row> selected) {
    Set<String> given = new LinkedHashSet<>(Arrays.asList(selected.columns()));
    Set<String> allowed = new LinkedHashSet<>(dataset.columnNames());
    boolean fact = InputDataset.facts().contains(dataset);
    if (fact) {
      allowed.add(RawView.VIEW);
      allowed.add(RawView.ROW);
    }
    for (String name : given) {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(
            String.format(
                "Mapping file %s selects column %s, which %s does not have%s; its columns are %s",
                file,
                name,
                dataset.datasetName(),
                NearestKey.to(name, allowed).map(n -> " (did you mean " + n + "?)").orElse(""),
                String.join(", ", allowed)));
      }
    }
    for (DatasetColumn column : dataset.columns()) {
      if (column.required() && !given.contains(column.name())) {
        throw new IllegalArgumentException(
            String.format(
                "Mapping file %s does not select required column %s of %s (it selects: %s)",
                file, column.name(), dataset.datasetName(), String.join(", ", given)));
      }
    }
    if (fact && !(given.contains(RawView.VIEW) && given.contains(RawView.ROW))) {
      throw new IllegalArgumentException(
          String.format(
              "Mapping file %s must select %s and %s, the raw row each %s row comes from"
                  + " (SELECT %s, %s, ... FROM view)",
              file, RawView.VIEW, RawView.ROW, dataset.datasetName(), RawView.VIEW, RawView.ROW));
    }
  }

  private static void checkSkipped(Path file, Dataset<Row> skipped) {
    List<String> wanted = List.of(RawView.VIEW, RawView.ROW, MappingAccounting.REASON);
    List<String> given = Arrays.asList(skipped.columns());
    if (!given.equals(wanted)) {
      throw new IllegalArgumentException(
          String.format(
              "Mapping file %s must select exactly %s (it selects: %s)",
              file, String.join(", ", wanted), String.join(", ", given)));
    }
  }

  /** The contract's columns as trimmed text (empty is missing), plus the bookkeeping columns. */
  private static Dataset<Row> asRaw(
      InputDataset dataset, Dataset<Row> selected, Column sourceFile, Column sourceRecord) {
    Set<String> given = new LinkedHashSet<>(Arrays.asList(selected.columns()));
    List<Column> columns = new ArrayList<>();
    for (String name : dataset.columnNames()) {
      if (!given.contains(name)) {
        columns.add(lit(null).cast(DataTypes.StringType).as(name));
        continue;
      }
      StructField field = selected.schema().apply(name);
      Column text = trim(RawReader.asText(col(name), field.dataType()));
      columns.add(when(text.equalTo(""), lit(null)).otherwise(text).as(name));
    }
    columns.add(sourceFile.as(RawColumns.SOURCE_FILE));
    columns.add(sourceRecord.as(RawColumns.SOURCE_RECORD));
    columns.add(lit(null).cast(DataTypes.StringType).as(RawColumns.MALFORMED));
    return selected.select(columns.toArray(Column[]::new));
  }

  /** The full path of the raw file behind a view name. */
  private Column viewPath(Column view) {
    Column path = lit(null).cast(DataTypes.StringType);
    for (RawViews.Registered registered : views.values()) {
      path = when(view.equalTo(registered.view().name()), registered.path()).otherwise(path);
    }
    return path;
  }

  private String sha256(String path) {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
    try (InputStream in =
        file.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + " to hash it", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
