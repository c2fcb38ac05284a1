package nl.effectmeter.cells;

import static nl.effectmeter.cells.FactColumns.CHANNEL;
import static nl.effectmeter.cells.FactColumns.CLIENT_SEGMENT;
import static nl.effectmeter.cells.FactColumns.GOVERNMENT_LAYER;
import static nl.effectmeter.cells.FactColumns.MUNICIPALITY;
import static nl.effectmeter.cells.FactColumns.ORGANISATION;
import static nl.effectmeter.cells.FactColumns.PROVINCE;
import static nl.effectmeter.cells.FactColumns.REGULATION;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import nl.effectmeter.dataset.InputColumns;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.ingest.Parsed;
import nl.effectmeter.reference.ReferenceData;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Row-level facts: each valid case with its dimensions, timeliness, repeat flag and the outcomes
 * measured in its window; each valid complaint with the dimensions of its cell.
 */
public final class Enrichment {
  /** A repeat is a request at most this many days after the client's previous one. */
  public static final int REPEAT_DAYS = 90;

  public static final String CASE_ID = InputColumns.CASE_ID;
  public static final String CLIENT_KEY = InputColumns.CLIENT_KEY;
  public static final String REQUESTED_DATE = "requested_date";
  public static final String DECIDED_DATE = "decided_date";
  public static final String COST = InputColumns.COST_EUR;
  public static final String IS_REPEAT = "is_repeat";
  public static final String IS_TIMELY = "is_timely";
  public static final String IS_MEASURED = "is_measured";
  public static final String IS_ACHIEVED = "is_achieved";

  /** The societal value achieved in the case's window, in whole cents. */
  public static final String ACHIEVED_VALUE_CENTS = "achieved_value_cents";

  public static final String RECEIVED_DATE = "received_date";
  public static final String RESOLVED_DATE = "resolved_date";
  public static final String IS_UPHELD = "is_upheld";
  public static final String IS_ESCALATED = "is_escalated";

  private final SparkSession spark;
  private final ReferenceData refs;

  public Enrichment(SparkSession spark, ReferenceData refs) {
    this.spark = spark;
    this.refs = refs;
  }

  /** Valid cases with dimensions, dates, timeliness, repeats and outcomes in their window. */
  public Dataset<Row> cases(Dataset<Row> validServices, Dataset<Row> validOutcomes) {
    Dataset<Row> layers = broadcast(ReferenceFrames.layers(spark, refs));
    Dataset<Row> provinces = broadcast(ReferenceFrames.provinces(spark, refs));
    Dataset<Row> regulations = broadcast(ReferenceFrames.regulations(spark, refs));
    Dataset<Row> cases =
        validServices.select(
            col(CASE_ID),
            col(InputColumns.ORGANISATION_CODE).as(ORGANISATION),
            col(InputColumns.REGULATION_CODE).as(REGULATION),
            col(InputColumns.MUNICIPALITY_CODE).as(MUNICIPALITY),
            coalesce(col(InputColumns.CLIENT_SEGMENT), lit(Dimension.UNKNOWN)).as(CLIENT_SEGMENT),
            coalesce(col(InputColumns.CHANNEL), lit(Dimension.UNKNOWN)).as(CHANNEL),
            col(CLIENT_KEY),
            col(Parsed.typed(InputColumns.REQUESTED_AT)).as("requested_ts"),
            col(Parsed.date(InputColumns.REQUESTED_AT)).as(REQUESTED_DATE),
            col(Parsed.date(InputColumns.DECIDED_AT)).as(DECIDED_DATE),
            col(Parsed.typed(InputColumns.COST_EUR)).as(COST));
    cases =
        cases
            .join(layers, col(ORGANISATION).equalTo(col("_org")))
            .join(provinces, col(MUNICIPALITY).equalTo(col("_muni")))
            .join(regulations, col(REGULATION).equalTo(col("_reg")))
            .drop("_org", "_muni", "_reg");

    WindowSpec byClient =
        Window.partitionBy(col(CLIENT_KEY), col(REGULATION))
            .orderBy(col("requested_ts"), col(CASE_ID));
    Dataset<Row> repeats =
        cases
            .filter(col(CLIENT_KEY).isNotNull())
            .select(
                col(CASE_ID),
                datediff(col(REQUESTED_DATE), lag(col(REQUESTED_DATE), 1).over(byClient))
                    .leq(REPEAT_DAYS)
                    .as("_repeat"))
            .withColumnRenamed(CASE_ID, "_repeat_case");

    Dataset<Row> outcomes = outcomesPerCase(cases, validOutcomes);

    return cases
        .join(repeats, col(CASE_ID).equalTo(col("_repeat_case")), "left")
        .join(outcomes, col(CASE_ID).equalTo(col("_outcome_case")), "left")
        .select(
            col(CASE_ID),
            col(ORGANISATION),
            col(REGULATION),
            col(MUNICIPALITY),
            col(PROVINCE),
            col(GOVERNMENT_LAYER),
            col(CLIENT_SEGMENT),
            col(CHANNEL),
            col(CLIENT_KEY),
            col(REQUESTED_DATE),
            col(DECIDED_DATE),
            col(COST),
            coalesce(col("_repeat"), lit(false)).as(IS_REPEAT),
            datediff(col(DECIDED_DATE), col(REQUESTED_DATE))
                .leq(col(InputColumns.LEGAL_TERM_DAYS))
                .as(IS_TIMELY),
            coalesce(col("_measured"), lit(false)).as(IS_MEASURED),
            coalesce(col("_achieved"), lit(false)).as(IS_ACHIEVED),
            coalesce(col("_value"), lit(0L)).as(ACHIEVED_VALUE_CENTS));
  }

  /**
   * Per decided case: whether any outcome was measured in its window, whether an intended outcome
   * was achieved there, and the summed societal value of the distinct outcome types achieved there
   * (intended or not: the contract sums every achieved type's agreed value), in whole cents.
   */
  private Dataset<Row> outcomesPerCase(Dataset<Row> cases, Dataset<Row> validOutcomes) {
    Dataset<Row> types = broadcast(ReferenceFrames.outcomeTypes(spark, refs));
    Dataset<Row> windows =
        cases
            .filter(col(DECIDED_DATE).isNotNull())
            .select(
                col(CASE_ID).as("_outcome_case"),
                col(DECIDED_DATE).as("_decided"),
                date_add(col(DECIDED_DATE), col(InputColumns.OUTCOME_WINDOW_DAYS))
                    .as("_window_end"));
    Dataset<Row> measured =
        validOutcomes
            .select(
                col(CASE_ID),
                col(InputColumns.OUTCOME_TYPE),
                col(Parsed.date(InputColumns.MEASURED_AT)).as("_measured_date"),
                col(Parsed.typed(InputColumns.ACHIEVED)).as("_achieved_flag"))
            .join(types, col(InputColumns.OUTCOME_TYPE).equalTo(col("_type")))
            .join(windows, col(CASE_ID).equalTo(col("_outcome_case")))
            .filter(
                col("_measured_date")
                    .geq(col("_decided"))
                    .and(col("_measured_date").leq(col("_window_end"))));
    Dataset<Row> perType =
        measured
            .groupBy(col("_outcome_case"), col(InputColumns.OUTCOME_TYPE))
            .agg(
                max(col("_achieved_flag").and(col(InputColumns.INTENDED))).as("_type_achieved"),
                max(col("_achieved_flag")).as("_type_achieved_any"),
                max(col(InputColumns.SOCIETAL_VALUE_EUR)).as("_type_value"));
    return perType
        .groupBy(col("_outcome_case"))
        .agg(
            lit(true).as("_measured"),
            max(col("_type_achieved")).as("_achieved"),
            sum(when(col("_type_achieved_any"), FactColumns.cents(col("_type_value")))
                    .otherwise(0L))
                .as("_value"));
  }

  /** Valid complaints with the dimensions of their cell and their dates and flags. */
  public Dataset<Row> complaints(Dataset<Row> validComplaints, Dataset<Row> cases) {
    Dataset<Row> layers = broadcast(ReferenceFrames.layers(spark, refs));
    Dataset<Row> provinces = broadcast(ReferenceFrames.provinces(spark, refs));
    Dataset<Row> caseDims =
        cases.select(
            col(CASE_ID).as("_case"),
            col(REGULATION).as("_case_reg"),
            col(MUNICIPALITY).as("_case_muni"),
            col(CLIENT_SEGMENT).as("_case_seg"),
            col(CHANNEL).as("_case_chan"));
    Dataset<Row> joined =
        validComplaints.join(caseDims, col(CASE_ID).equalTo(col("_case")), "left");
    String unknown = Dimension.UNKNOWN;
    Dataset<Row> complaints =
        joined.select(
            col(InputColumns.ORGANISATION_CODE).as(ORGANISATION),
            coalesce(
                    col("_case_reg"),
                    when(col(CASE_ID).isNull(), col(InputColumns.REGULATION_CODE)),
                    lit(unknown))
                .as(REGULATION),
            coalesce(
                    col("_case_muni"),
                    when(col(CASE_ID).isNull(), col(InputColumns.MUNICIPALITY_CODE)),
                    lit(unknown))
                .as(MUNICIPALITY),
            coalesce(col("_case_seg"), lit(unknown)).as(CLIENT_SEGMENT),
            coalesce(col("_case_chan"), lit(unknown)).as(CHANNEL),
            col(Parsed.date(InputColumns.RECEIVED_AT)).as(RECEIVED_DATE),
            col(Parsed.date(InputColumns.RESOLVED_AT)).as(RESOLVED_DATE),
            col(Parsed.typed(InputColumns.UPHELD)).as(IS_UPHELD),
            coalesce(col(Parsed.typed(InputColumns.ESCALATED_TO_OMBUDSMAN)), lit(false))
                .as(IS_ESCALATED));
    return complaints
        .join(layers, col(ORGANISATION).equalTo(col("_org")))
        .join(provinces, col(MUNICIPALITY).equalTo(col("_muni")), "left")
        .withColumn(PROVINCE, coalesce(col(PROVINCE), lit(unknown)))
        .drop("_org", "_muni");
  }
}
