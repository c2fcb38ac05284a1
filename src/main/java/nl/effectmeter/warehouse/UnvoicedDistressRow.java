package nl.effectmeter.warehouse;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of unvoiced_distress as published ({@link FeasibilityColumns#UNVOICED_DISTRESS_COLUMNS});
 * every value may be null.
 *
 * @param signals the names of the data signals, comma-separated
 */
public record UnvoicedDistressRow(
    String organisation,
    String regulation,
    Long monthsWithHighSignals,
    String firstMonth,
    String lastMonth,
    String signals) {

  /**
   * The row by column name, in the table's column order: what Parquet and JSON are written from.
   */
  @JsonValue
  public Map<String, Object> columns() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(PublishedColumns.ORGANISATION, organisation);
    row.put(PublishedColumns.REGULATION, regulation);
    row.put(FeasibilityColumns.MONTHS_WITH_HIGH_SIGNALS, monthsWithHighSignals);
    row.put(FeasibilityColumns.FIRST_MONTH, firstMonth);
    row.put(FeasibilityColumns.LAST_MONTH, lastMonth);
    row.put(FeasibilityColumns.SIGNALS, signals);
    return Collections.unmodifiableMap(row);
  }

  /** The row of these column values, as read back (a column missing reads as null). */
  public static UnvoicedDistressRow of(Map<String, Object> columns) {
    return new UnvoicedDistressRow(
        (String) columns.get(PublishedColumns.ORGANISATION),
        (String) columns.get(PublishedColumns.REGULATION),
        (Long) columns.get(FeasibilityColumns.MONTHS_WITH_HIGH_SIGNALS),
        (String) columns.get(FeasibilityColumns.FIRST_MONTH),
        (String) columns.get(FeasibilityColumns.LAST_MONTH),
        (String) columns.get(FeasibilityColumns.SIGNALS));
  }
}
