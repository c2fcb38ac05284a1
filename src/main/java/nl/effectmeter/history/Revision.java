package nl.effectmeter.history;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
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
    row.put("indicator", key.indicator());
    row.put("breakdown", key.breakdown());
    row.put("granularity", key.granularity());
    row.put("period", key.period());
    row.put("organisation", key.organisation());
    row.put("regulation", key.regulation());
    row.put("municipality", key.municipality());
    row.put("province", key.province());
    row.put("government_layer", key.governmentLayer());
    row.put("client_segment", key.clientSegment());
    row.put("channel", key.channel());
    row.put("kind", kind);
    row.put("previous_run", previousRun);
    row.put("old_status", oldStatus);
    row.put("new_status", newStatus);
    row.put("old_value", oldValue);
    row.put("new_value", newValue);
    return row;
  }
}
