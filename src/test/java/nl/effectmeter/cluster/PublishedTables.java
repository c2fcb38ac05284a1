package nl.effectmeter.cluster;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The Parquet tables of the current run of a warehouse, compared as the example contract compares
 * them: same schema, same rows, every number equal to 1e-9.
 */
final class PublishedTables {
  private static final double TOLERANCE = 1e-9;

  private PublishedTables() {}

  /** Folders of the current run that hold a table, relative to the run folder, sorted. */
  static List<String> of(Path warehouse) throws IOException {
    String runId = Files.readString(warehouse.resolve("CURRENT")).strip();
    Path run = warehouse.resolve("runs").resolve(runId);
    try (Stream<Path> files = Files.walk(run)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".parquet"))
          .map(file -> run.relativize(file.getParent()).toString())
          .distinct()
          .sorted()
          .toList();
    }
  }

  /** The differences between one table of two warehouses' current runs; empty when equal. */
  static List<String> differences(SparkSession spark, Path left, Path right, String table)
      throws IOException {
    Dataset<Row> a = read(spark, left, table);
    Dataset<Row> b = read(spark, right, table);
    List<String> found = new ArrayList<>();
    if (!a.schema().equals(b.schema())) {
      found.add(
          table + ": schema " + a.schema().simpleString() + " vs " + b.schema().simpleString());
      return found;
    }
    List<Row> rowsA = sorted(a).collectAsList();
    List<Row> rowsB = sorted(b).collectAsList();
    if (rowsA.size() != rowsB.size()) {
      found.add(table + ": " + rowsA.size() + " rows vs " + rowsB.size());
      return found;
    }
    for (int i = 0; i < rowsA.size() && found.size() < 10; i++) {
      if (!same(rowsA.get(i), rowsB.get(i))) {
        found.add(table + ": row " + i + " " + rowsA.get(i) + " vs " + rowsB.get(i));
      }
    }
    return found;
  }

  private static Dataset<Row> read(SparkSession spark, Path warehouse, String table)
      throws IOException {
    String runId = Files.readString(warehouse.resolve("CURRENT")).strip();
    return spark.read().parquet(warehouse.resolve("runs").resolve(runId).resolve(table).toString());
  }

  /** Sorted by the text columns first, so that rounding in the numbers cannot reorder rows. */
  private static Dataset<Row> sorted(Dataset<Row> table) {
    StructField[] fields = table.schema().fields();
    Stream<StructField> text =
        Arrays.stream(fields).filter(f -> f.dataType().equals(DataTypes.StringType));
    Stream<StructField> other =
        Arrays.stream(fields).filter(f -> !f.dataType().equals(DataTypes.StringType));
    Column[] order =
        Stream.concat(text, other).map(f -> col(f.name()).asc_nulls_first()).toArray(Column[]::new);
    return table.orderBy(order);
  }

  private static boolean same(Row a, Row b) {
    for (int i = 0; i < a.length(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      if (x instanceof Double dx && y instanceof Double dy) {
        if (Math.abs(dx - dy) > TOLERANCE * Math.max(1.0, Math.abs(dx))
            && !(dx.isNaN() && dy.isNaN())) {
          return false;
        }
      } else if (x == null ? y != null : !x.equals(y)) {
        return false;
      }
    }
    return true;
  }
}
