package nl.effectmeter.warehouse;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of peer_comparison as published ({@link FeasibilityColumns#PEER_COMPARISON_COLUMNS}): a
 * municipality's value against its peer group's; every value may be null.
 */
public record PeerComparisonRow(
    String regulation,
    String granularity,
    String period,
    String indicator,
    String municipality,
    Double value,
    Double ciLow,
    Double ciHigh,
    String peerGroup,
    Long peers,
    Double peerRate,
    String position) {

  /**
   * The row by column name, in the table's column order: what Parquet and JSON are written from.
   */
  @JsonValue
  public Map<String, Object> columns() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(PublishedColumns.REGULATION, regulation);
    row.put(PublishedColumns.GRANULARITY, granularity);
    row.put(PublishedColumns.PERIOD, period);
    row.put(PublishedColumns.INDICATOR, indicator);
    row.put(PublishedColumns.MUNICIPALITY, municipality);
    row.put(PublishedColumns.VALUE, value);
    row.put(PublishedColumns.CI_LOW, ciLow);
    row.put(PublishedColumns.CI_HIGH, ciHigh);
    row.put(FeasibilityColumns.PEER_GROUP, peerGroup);
    row.put(FeasibilityColumns.PEERS, peers);
    row.put(FeasibilityColumns.PEER_RATE, peerRate);
    row.put(FeasibilityColumns.POSITION, position);
    return Collections.unmodifiableMap(row);
  }

  /** The row of these column values, as read back (a column missing reads as null). */
  public static PeerComparisonRow of(Map<String, Object> columns) {
    return new PeerComparisonRow(
        (String) columns.get(PublishedColumns.REGULATION),
        (String) columns.get(PublishedColumns.GRANULARITY),
        (String) columns.get(PublishedColumns.PERIOD),
        (String) columns.get(PublishedColumns.INDICATOR),
        (String) columns.get(PublishedColumns.MUNICIPALITY),
        (Double) columns.get(PublishedColumns.VALUE),
        (Double) columns.get(PublishedColumns.CI_LOW),
        (Double) columns.get(PublishedColumns.CI_HIGH),
        (String) columns.get(FeasibilityColumns.PEER_GROUP),
        (Long) columns.get(FeasibilityColumns.PEERS),
        (Double) columns.get(FeasibilityColumns.PEER_RATE),
        (String) columns.get(FeasibilityColumns.POSITION));
  }
}
