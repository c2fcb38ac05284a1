package nl.effectmeter.ingest;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import nl.effectmeter.dataset.InputDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A dataset after validation: every row read, with its typed views and a reason and detail that are
 * null exactly for the valid rows.
 */
public record Judged(InputDataset dataset, Dataset<Row> rows) {
  public Judged {
    requireNonNull(dataset, "dataset is null");
    requireNonNull(rows, "rows is null");
  }

  public Dataset<Row> valid() {
    return rows.filter(col(RawColumns.REASON).isNull());
  }

  /** The quarantined rows as read: the declared text columns, reason, detail and source. */
  public Dataset<Row> quarantine() {
    java.util.List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>();
    for (String name : dataset.columnNames()) {
      columns.add(col(name));
    }
    columns.add(col(RawColumns.REASON));
    columns.add(col(RawColumns.DETAIL));
    columns.add(col(RawColumns.SOURCE_FILE));
    columns.add(col(RawColumns.SOURCE_RECORD));
    return rows.filter(col(RawColumns.REASON).isNotNull())
        .select(columns.toArray(org.apache.spark.sql.Column[]::new));
  }
}
