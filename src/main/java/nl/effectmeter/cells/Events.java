package nl.effectmeter.cells;

import static nl.effectmeter.cells.FactColumns.*;
import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Spreads the facts over months as events, each carrying the measures it adds to the month it falls
 * in: a request, a decision, being open at a month's end, a complaint, a resolution.
 */
public final class Events {
  private final LocalDate asOfMonth;

  public Events(LocalDate asOf) {
    this.asOfMonth = asOf.withDayOfMonth(1);
  }

  /** All events, with the dimension columns, {@code month} (first day), measures and days. */
  public Dataset<Row> of(Dataset<Row> cases, Dataset<Row> complaints) {
    Column one = lit(1L);
    Dataset<Row> requests =
        event(
            cases,
            col(Enrichment.REQUESTED_DATE),
            Map.of(
                RECEIVED, one,
                RECEIVED_WITH_KEY, flag(col(Enrichment.CLIENT_KEY).isNotNull()),
                REPEATS, flag(col(Enrichment.IS_REPEAT))),
            null,
            null);
    Column hasCost = col(Enrichment.COST).isNotNull();
    Dataset<Row> decisions =
        event(
            cases.filter(col(Enrichment.DECIDED_DATE).isNotNull()),
            col(Enrichment.DECIDED_DATE),
            Map.of(
                DECIDED, one,
                TIMELY, flag(col(Enrichment.IS_TIMELY)),
                COST_CASES, flag(hasCost),
                COST_SUM, when(hasCost, cents(col(Enrichment.COST))).otherwise(0L),
                MEASURED, flag(col(Enrichment.IS_MEASURED)),
                ACHIEVED, flag(col(Enrichment.IS_ACHIEVED)),
                ACHIEVED_WITH_COST, flag(col(Enrichment.IS_ACHIEVED).and(hasCost)),
                VALUE_WITH_COST, when(hasCost, col(Enrichment.ACHIEVED_VALUE_CENTS)).otherwise(0L)),
            datediff(col(Enrichment.DECIDED_DATE), col(Enrichment.REQUESTED_DATE)),
            null);
    Dataset<Row> received =
        event(
            complaints,
            col(Enrichment.RECEIVED_DATE),
            Map.of(
                COMPLAINTS, one,
                UPHELD, flag(col(Enrichment.IS_UPHELD).equalTo(true)),
                UPHELD_KNOWN, flag(col(Enrichment.IS_UPHELD).isNotNull()),
                ESCALATED, flag(col(Enrichment.IS_ESCALATED))),
            null,
            null);
    Dataset<Row> resolved =
        event(
            complaints.filter(col(Enrichment.RESOLVED_DATE).isNotNull()),
            col(Enrichment.RESOLVED_DATE),
            Map.of(RESOLVED, one),
            null,
            datediff(col(Enrichment.RESOLVED_DATE), col(Enrichment.RECEIVED_DATE)));
    return requests
        .unionAll(decisions)
        .unionAll(openMonths(cases))
        .unionAll(received)
        .unionAll(resolved);
  }

  /**
   * A case is open at the end of every month from its request month up to the month before its
   * decision (or up to the as_of month when undecided). It counts for a quarter or year in the
   * month that closes it, or in the as_of month when that comes first.
   */
  private Dataset<Row> openMonths(Dataset<Row> cases) {
    Column first = trunc(col(Enrichment.REQUESTED_DATE), "month");
    Column last =
        when(col(Enrichment.DECIDED_DATE).isNull(), lit(java.sql.Date.valueOf(asOfMonth)))
            .otherwise(add_months(trunc(col(Enrichment.DECIDED_DATE), "month"), -1));
    Dataset<Row> open =
        cases
            .select(cases.col("*"), first.as("_first"), last.as("_last"))
            .filter(col("_last").geq(col("_first")))
            .withColumn(
                "_open", explode(sequence(col("_first"), col("_last"), expr("interval 1 month"))));
    Column asOf = lit(java.sql.Date.valueOf(asOfMonth));
    Column quarterEnd = least(add_months(trunc(col("_open"), "quarter"), 2), asOf);
    Column yearEnd = least(make_date(year(col("_open")), lit(12), lit(1)), asOf);
    return event(
        open,
        col("_open"),
        Map.of(
            OPEN_MONTH, lit(1L),
            OPEN_QUARTER, flag(col("_open").equalTo(quarterEnd)),
            OPEN_YEAR, flag(col("_open").equalTo(yearEnd))),
        null,
        null);
  }

  private static Dataset<Row> event(
      Dataset<Row> facts,
      Column date,
      Map<String, Column> measures,
      Column throughput,
      Column resolution) {
    List<Column> columns = new ArrayList<>();
    for (String dimension : DIMENSIONS) {
      columns.add(col(dimension));
    }
    columns.add(trunc(date, "month").as(MONTH));
    Map<String, Column> ordered = new LinkedHashMap<>();
    for (String measure : MEASURES) {
      // Counts and sums of money (in whole cents) alike are longs: exact in any adding order.
      Column value = measures.get(measure);
      ordered.put(measure, value == null ? lit(0L) : value.cast(DataTypes.LongType));
    }
    ordered.forEach((name, value) -> columns.add(value.as(name)));
    columns.add(
        (throughput == null ? lit(null) : throughput)
            .cast(DataTypes.IntegerType)
            .as(THROUGHPUT_DAYS));
    columns.add(
        (resolution == null ? lit(null) : resolution)
            .cast(DataTypes.IntegerType)
            .as(RESOLUTION_DAYS));
    return facts.select(columns.toArray(Column[]::new));
  }

  private static Column flag(Column condition) {
    return when(condition, 1L).otherwise(0L);
  }
}
