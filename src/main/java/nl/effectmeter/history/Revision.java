package nl.effectmeter.history;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.RevisionColumns;

/**
 * One indicator value of a cell whose publication changed between two runs (a row of the revisions
 * table). The values are those the runs published; both are null when either run has the value
 * confidential, so that the table never puts a hidden value beside a shown one.
 */
public record Revision(
    ValueKey key,
    String kind,
    String previousRun,
    String oldStatus,
    String newStatus,
    Double oldValue,
    Double newValue) {

  public Revision {
    requireNonNull(key, "key is null");
    requireNonNull(previousRun, "previousRun is null");
    requireNonNull(oldStatus, "oldStatus is null");
    requireNonNull(newStatus, "newStatus is null");
    if (!RevisionColumns.KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "A revision is one of " + RevisionColumns.KINDS + ", not " + kind);
    }
    if (Revisions.CONFIDENTIAL.equals(oldStatus) || Revisions.CONFIDENTIAL.equals(newStatus)) {
      oldValue = null;
      newValue = null;
    }
  }

  /** The row as the revisions table holds it, column name to value (null: absent). */
  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(PublishedColumns.INDICATOR, key.indicator());
    row.put(PublishedColumns.BREAKDOWN, key.breakdown());
    row.put(PublishedColumns.GRANULARITY, key.granularity());
    row.put(PublishedColumns.PERIOD, key.period());
    row.put(PublishedColumns.ORGANISATION, key.organisation());
    row.put(PublishedColumns.REGULATION, key.regulation());
    row.put(PublishedColumns.MUNICIPALITY, key.municipality());
    row.put(PublishedColumns.PROVINCE, key.province());
    row.put(PublishedColumns.GOVERNMENT_LAYER, key.governmentLayer());
    row.put(PublishedColumns.CLIENT_SEGMENT, key.clientSegment());
    row.put(PublishedColumns.CHANNEL, key.channel());
    row.put(RevisionColumns.KIND, kind);
    row.put(RevisionColumns.PREVIOUS_RUN, previousRun);
    row.put(RevisionColumns.OLD_STATUS, oldStatus);
    row.put(RevisionColumns.NEW_STATUS, newStatus);
    row.put(RevisionColumns.OLD_VALUE, oldValue);
    row.put(RevisionColumns.NEW_VALUE, newValue);
    return row;
  }
}
