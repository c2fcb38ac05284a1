package nl.effectmeter.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.effectmeter.dataset.ColumnType;
import nl.effectmeter.dataset.DatasetColumn;
import nl.effectmeter.ingest.Judged;
import nl.effectmeter.ingest.Parsed;
import nl.effectmeter.mapping.MappedSource;
import nl.effectmeter.publish.RunTable;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The run tables Spark writes from validated datasets: quarantined rows and reference rows. Each is
 * one file with its rows sorted on every column, so that the same input gives the same bytes
 * whatever the number of partitions it was read or shuffled in.
 */
final class SparkTables {
  private SparkTables() {}

  /** The raw rows a source mapping left out, with file, record and reason; not served. */
  static RunTable skipped(MappedSource mapped, long rows) {
    return new RunTable(
        WarehouseLayout.SKIPPED,
        folder -> {
          inOrder(mapped.skippedRows()).write().mode(SaveMode.ErrorIfExists).parquet(folder);
          return rows;
        });
  }

  /** A fact dataset's quarantined rows, with their reasons; never served by the API. */
  static RunTable quarantine(Judged judged, long rows) {
    return new RunTable(
        WarehouseLayout.QUARANTINE + "/" + judged.dataset().datasetName(),
        folder -> {
          inOrder(judged.quarantine()).write().mode(SaveMode.ErrorIfExists).parquet(folder);
          return rows;
        });
  }

  /** The reference rows the run used, with their declared types, as one file. */
  static RunTable reference(Judged judged, long rows) {
    return new RunTable(
        WarehouseLayout.REFERENCE + "/" + judged.dataset().datasetName(),
        folder -> {
          List<Column> columns = new ArrayList<>();
          for (DatasetColumn column : judged.dataset().columns()) {
            columns.add(
                column.type() == ColumnType.STRING
                    ? col(column.name())
                    : col(Parsed.typed(column.name())).as(column.name()));
          }
          inOrder(judged.valid().select(columns.toArray(Column[]::new)))
              .write()
              .mode(SaveMode.ErrorIfExists)
              .parquet(folder);
          return rows;
        });
  }

  /** The rows in one partition, sorted on every column in the order of the columns. */
  static Dataset<Row> inOrder(Dataset<Row> rows) {
    Column[] all = Arrays.stream(rows.columns()).map(c -> col(c)).toArray(Column[]::new);
    return rows.repartition(1).sortWithinPartitions(all);
  }
}
