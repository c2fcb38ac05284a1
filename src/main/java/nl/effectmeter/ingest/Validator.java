package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.effectmeter.dataset.ColumnType;
import nl.effectmeter.dataset.DatasetColumn;
import nl.effectmeter.dataset.InputDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Judges every row of a dataset: the first rule it breaks, in the contract's column order, gives
 * its reason and detail; a valid row has neither.
 */
public final class Validator {
  private Validator() {}

  /** Adds the typed (and, for timestamps, local-date) view of every declared column. */
  public static Dataset<Row> withTypedColumns(Dataset<Row> raw, InputDataset dataset) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("*"));
    for (DatasetColumn column : dataset.columns()) {
      if (column.type() != ColumnType.STRING) {
        columns.add(Parsed.parse(column.name(), column.type()).as(Parsed.typed(column.name())));
      }
    }
    Dataset<Row> typed = raw.select(columns.toArray(Column[]::new));
    for (DatasetColumn column : dataset.columns()) {
      if (column.type() == ColumnType.TIMESTAMP) {
        typed = typed.withColumn(Parsed.date(column.name()), Parsed.localDate(column.name()));
      }
    }
    return typed;
  }

  /** The ordered rules of a dataset: malformed, then per column the generic and extra rules. */
  public static List<Rule> rules(InputDataset dataset, Map<String, List<Rule>> extras) {
    List<Rule> rules = new ArrayList<>();
    rules.add(
        new Rule(
            Reasons.MALFORMED_RECORD,
            col(RawColumns.MALFORMED).isNotNull(),
            concat(
                lit("record could not be parsed (wrong number of fields or broken quoting): "),
                substring(col(RawColumns.MALFORMED), 1, 300))));
    for (DatasetColumn column : dataset.columns()) {
      String name = column.name();
      if (column.required()) {
        rules.add(
            new Rule(Reasons.MISSING_REQUIRED, col(name).isNull(), lit(name + " is missing")));
      }
      if (column.type() != ColumnType.STRING) {
        rules.add(
            new Rule(
                Reasons.BAD_TYPE,
                col(name).isNotNull().and(col(Parsed.typed(name)).isNull()),
                concat(
                    lit(name + ": cannot parse '"),
                    col(name),
                    lit("' as " + typeName(column.type())))));
      }
      rules.addAll(extras.getOrDefault(name, List.of()));
    }
    return rules;
  }

  /** Adds the reason and detail columns; both are null for a valid row. */
  public static Dataset<Row> judge(Dataset<Row> prepared, List<Rule> rules) {
    Column reason = null;
    Column detail = null;
    for (Rule rule : rules) {
      Column breaks = rule.breaks();
      reason =
          reason == null
              ? when(breaks, lit(rule.reason()))
              : reason.when(breaks, lit(rule.reason()));
      detail = detail == null ? when(breaks, rule.detail()) : detail.when(breaks, rule.detail());
    }
    return prepared.withColumn(RawColumns.REASON, reason).withColumn(RawColumns.DETAIL, detail);
  }

  private static String typeName(ColumnType type) {
    return switch (type) {
      case INT, LONG -> "a whole number";
      case DOUBLE -> "a number";
      case BOOLEAN -> "a boolean (true or false)";
      case TIMESTAMP -> "an ISO-8601 timestamp or date";
      case STRING -> "text";
    };
  }
}
