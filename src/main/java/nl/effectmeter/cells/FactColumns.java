package nl.effectmeter.cells;

import java.util.List;

/** Column names of the enriched facts and of the events that feed the cells. */
public final class FactColumns {
  public static final String ORGANISATION = "organisation";
  public static final String REGULATION = "regulation";
  public static final String MUNICIPALITY = "municipality";
  public static final String PROVINCE = "province";
  public static final String GOVERNMENT_LAYER = "government_layer";
  public static final String CLIENT_SEGMENT = "client_segment";
  public static final String CHANNEL = "channel";
  public static final String MONTH = "month";

  public static final String RECEIVED = "received";
  public static final String RECEIVED_WITH_KEY = "received_with_key";
  public static final String REPEATS = "repeats";
  public static final String DECIDED = "decided";
  public static final String TIMELY = "timely";
  public static final String COST_CASES = "cost_cases";
  public static final String COST_SUM = "cost_sum";
  public static final String MEASURED = "measured";
  public static final String ACHIEVED = "achieved";
  public static final String ACHIEVED_WITH_COST = "achieved_with_cost";
  public static final String VALUE_WITH_COST = "value_with_cost";
  public static final String OPEN_MONTH = "open_month";
  public static final String OPEN_QUARTER = "open_quarter";
  public static final String OPEN_YEAR = "open_year";
  public static final String COMPLAINTS = "complaints";
  public static final String UPHELD = "upheld";
  public static final String UPHELD_KNOWN = "upheld_known";
  public static final String ESCALATED = "escalated";
  public static final String RESOLVED = "resolved";
  public static final String THROUGHPUT_DAYS = "throughput_days";
  public static final String RESOLUTION_DAYS = "resolution_days";

  /** The dimension columns of an event, in the order of the published table. */
  public static final List<String> DIMENSIONS =
      List.of(
          ORGANISATION,
          REGULATION,
          MUNICIPALITY,
          PROVINCE,
          GOVERNMENT_LAYER,
          CLIENT_SEGMENT,
          CHANNEL);

  /** The additive measures of an event; all counts but the two sums. */
  public static final List<String> MEASURES =
      List.of(
          RECEIVED,
          RECEIVED_WITH_KEY,
          REPEATS,
          DECIDED,
          TIMELY,
          COST_CASES,
          COST_SUM,
          MEASURED,
          ACHIEVED,
          ACHIEVED_WITH_COST,
          VALUE_WITH_COST,
          OPEN_MONTH,
          OPEN_QUARTER,
          OPEN_YEAR,
          COMPLAINTS,
          UPHELD,
          UPHELD_KNOWN,
          ESCALATED,
          RESOLVED);

  public static boolean isSum(String measure) {
    return measure.equals(COST_SUM) || measure.equals(VALUE_WITH_COST);
  }

  private FactColumns() {}
}
