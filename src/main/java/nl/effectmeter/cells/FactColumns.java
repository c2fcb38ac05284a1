package nl.effectmeter.cells;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.warehouse.PublishedColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/** Column names of the enriched facts and of the events that feed the cells. */
public final class FactColumns {
  public static final String ORGANISATION = PublishedColumns.ORGANISATION;
  public static final String REGULATION = PublishedColumns.REGULATION;
  public static final String MUNICIPALITY = PublishedColumns.MUNICIPALITY;
  public static final String PROVINCE = PublishedColumns.PROVINCE;
  public static final String GOVERNMENT_LAYER = PublishedColumns.GOVERNMENT_LAYER;
  public static final String CLIENT_SEGMENT = PublishedColumns.CLIENT_SEGMENT;
  public static final String CHANNEL = PublishedColumns.CHANNEL;
  public static final String MONTH = "month";

  public static final String RECEIVED = Quantity.RECEIVED.column();
  public static final String RECEIVED_WITH_KEY = Quantity.WITH_KEY.column();
  public static final String REPEATS = Quantity.REPEATS.column();
  public static final String DECIDED = Quantity.DECIDED.column();
  public static final String TIMELY = Quantity.TIMELY.column();
  public static final String COST_CASES = Quantity.COST_CASES.column();
  public static final String COST_SUM = Quantity.COST_SUM.column();
  public static final String MEASURED = Quantity.MEASURED.column();
  public static final String ACHIEVED = Quantity.ACHIEVED.column();
  public static final String ACHIEVED_WITH_COST = Quantity.ACHIEVED_COST.column();
  public static final String VALUE_WITH_COST = Quantity.VALUE_SUM.column();
  public static final String OPEN_MONTH = Quantity.OPEN.column() + "_month";
  public static final String OPEN_QUARTER = Quantity.OPEN.column() + "_quarter";
  public static final String OPEN_YEAR = Quantity.OPEN.column() + "_year";
  public static final String COMPLAINTS = Quantity.COMPLAINTS.column();
  public static final String UPHELD = Quantity.UPHELD.column();
  public static final String UPHELD_KNOWN = Quantity.UPHELD_KNOWN.column();
  public static final String ESCALATED = Quantity.ESCALATED.column();
  public static final String RESOLVED = Quantity.RESOLVED.column();
  public static final String THROUGHPUT_DAYS = "throughput_days";
  public static final String RESOLUTION_DAYS = "resolution_days";

  /**
   * The dimension columns of an event: {@link Dimension}'s, in the order of the published table.
   */
  public static final List<String> DIMENSIONS =
      Stream.of(Dimension.values()).map(Dimension::column).toList();

  /**
   * The additive measure columns of an event, one per {@link Quantity} (a stock one per
   * granularity), in the quantities' order.
   */
  public static final List<String> MEASURES = measures();

  /**
   * Money is added up in whole cents, as longs: a sum of longs is exact whatever order Spark adds
   * in, so the same input gives the same published bits at any partition count (a sum of doubles
   * does not: its last bits follow the adding order).
   */
  public static final long CENTS_PER_EURO = 100;

  /** An amount in euros as whole cents, rounded half up to the cent; null stays null. */
  public static Column cents(Column euros) {
    return euros
        .cast(DataTypes.createDecimalType(20, 2))
        .multiply(lit(CENTS_PER_EURO))
        .cast(DataTypes.LongType);
  }

  /** A sum of whole cents in euros: the double nearest the exact sum. */
  public static double euros(long cents) {
    return cents / (double) CENTS_PER_EURO;
  }

  /** Whether the measure column is a sum of euros (in whole cents) rather than a count. */
  public static boolean isSum(String measure) {
    for (Quantity quantity : Quantity.values()) {
      if (quantity.column().equals(measure)) {
        return quantity.isSum();
      }
    }
    return false;
  }

  private static List<String> measures() {
    List<String> measures = new ArrayList<>();
    for (Quantity quantity : Quantity.values()) {
      if (quantity.isStock()) {
        measures.addAll(List.of(OPEN_MONTH, OPEN_QUARTER, OPEN_YEAR));
      } else {
        measures.add(quantity.column());
      }
    }
    return List.copyOf(measures);
  }

  private FactColumns() {}
}
