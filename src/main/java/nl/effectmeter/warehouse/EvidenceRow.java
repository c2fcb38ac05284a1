package nl.effectmeter.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Indicator;

/**
 * One row of feasibility_evidence as published ({@link FeasibilityColumns#EVIDENCE_COLUMNS}): dates
 * and months as their text, whole numbers as longs; every value may be null.
 *
 * @param inMonth the evidence indicators in the month raised, one per {@link
 *     FeasibilityColumns#EVIDENCE_INDICATORS}, in that order
 * @param changes the rates before and after the response, one per {@link
 *     FeasibilityColumns#CHANGE_RATES}, in that order
 */
public record EvidenceRow(
    String signalId,
    String organisation,
    String regulation,
    String kind,
    String raisedAt,
    String summary,
    String respondedAt,
    String response,
    Long dataSignalsBefore,
    String firstDataSignal,
    Long leadMonths,
    List<InMonth> inMonth,
    List<Change> changes) {

  public EvidenceRow {
    inMonth = List.copyOf(inMonth);
    changes = List.copyOf(changes);
    if (!inMonth.stream()
        .map(InMonth::indicator)
        .toList()
        .equals(FeasibilityColumns.EVIDENCE_INDICATORS)) {
      throw new IllegalArgumentException(
          "Evidence in the month raised is of " + inMonth + ", not of the evidence indicators");
    }
    if (!changes.stream().map(Change::rate).toList().equals(FeasibilityColumns.CHANGE_RATES)) {
      throw new IllegalArgumentException("Changes are of " + changes + ", not of the change rates");
    }
  }

  /**
   * An evidence indicator in the month raised: its published value (null unless {@code ok}) and
   * status (null when the run has no such cell).
   */
  public record InMonth(Indicator indicator, Double value, String status) {
    public InMonth {
      requireNonNull(indicator, "indicator is null");
    }
  }

  /** A rate pooled over a window of months, with its interval, or why it has none. */
  public record Window(Double value, Double ciLow, Double ciHigh, String reason) {
    /** A window of which nothing is published. */
    public static final Window NONE = new Window(null, null, null, null);
  }

  /** A rate before the signal and after the response, and the change. */
  public record Change(Indicator rate, Window before, Window after, String change) {
    public Change {
      requireNonNull(rate, "rate is null");
      requireNonNull(before, "before is null");
      requireNonNull(after, "after is null");
    }
  }

  /**
   * The row by column name, in the table's column order: what Parquet and JSON are written from.
   */
  @JsonValue
  public Map<String, Object> columns() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(FeasibilityColumns.SIGNAL_ID, signalId);
    row.put(PublishedColumns.ORGANISATION, organisation);
    row.put(PublishedColumns.REGULATION, regulation);
    row.put(FeasibilityColumns.KIND, kind);
    row.put(FeasibilityColumns.RAISED_AT, raisedAt);
    row.put(FeasibilityColumns.SUMMARY, summary);
    row.put(FeasibilityColumns.RESPONDED_AT, respondedAt);
    row.put(FeasibilityColumns.RESPONSE, response);
    row.put(FeasibilityColumns.DATA_SIGNALS_BEFORE, dataSignalsBefore);
    row.put(FeasibilityColumns.FIRST_DATA_SIGNAL, firstDataSignal);
    row.put(FeasibilityColumns.LEAD_MONTHS, leadMonths);
    for (InMonth value : inMonth) {
      row.put(value.indicator().id(), value.value());
      row.put(FeasibilityColumns.statusOf(value.indicator()), value.status());
    }
    for (Change change : changes) {
      window(row, FeasibilityColumns.before(change.rate()), change.before());
      window(row, FeasibilityColumns.after(change.rate()), change.after());
      row.put(FeasibilityColumns.changeOf(change.rate()), change.change());
    }
    return Collections.unmodifiableMap(row);
  }

  private static void window(Map<String, Object> row, String prefix, Window window) {
    row.put(prefix, window.value());
    row.put(FeasibilityColumns.ciLowOf(prefix), window.ciLow());
    row.put(FeasibilityColumns.ciHighOf(prefix), window.ciHigh());
    row.put(FeasibilityColumns.reasonOf(prefix), window.reason());
  }

  /** The row of these column values, as read back (a column missing reads as null). */
  public static EvidenceRow of(Map<String, Object> columns) {
    List<InMonth> inMonth = new ArrayList<>();
    for (Indicator indicator : FeasibilityColumns.EVIDENCE_INDICATORS) {
      inMonth.add(
          new InMonth(
              indicator,
              (Double) columns.get(indicator.id()),
              (String) columns.get(FeasibilityColumns.statusOf(indicator))));
    }
    List<Change> changes = new ArrayList<>();
    for (Indicator rate : FeasibilityColumns.CHANGE_RATES) {
      changes.add(
          new Change(
              rate,
              window(columns, FeasibilityColumns.before(rate)),
              window(columns, FeasibilityColumns.after(rate)),
              (String) columns.get(FeasibilityColumns.changeOf(rate))));
    }
    return new EvidenceRow(
        (String) columns.get(FeasibilityColumns.SIGNAL_ID),
        (String) columns.get(PublishedColumns.ORGANISATION),
        (String) columns.get(PublishedColumns.REGULATION),
        (String) columns.get(FeasibilityColumns.KIND),
        (String) columns.get(FeasibilityColumns.RAISED_AT),
        (String) columns.get(FeasibilityColumns.SUMMARY),
        (String) columns.get(FeasibilityColumns.RESPONDED_AT),
        (String) columns.get(FeasibilityColumns.RESPONSE),
        (Long) columns.get(FeasibilityColumns.DATA_SIGNALS_BEFORE),
        (String) columns.get(FeasibilityColumns.FIRST_DATA_SIGNAL),
        (Long) columns.get(FeasibilityColumns.LEAD_MONTHS),
        inMonth,
        changes);
  }

  private static Window window(Map<String, Object> columns, String prefix) {
    return new Window(
        (Double) columns.get(prefix),
        (Double) columns.get(FeasibilityColumns.ciLowOf(prefix)),
        (Double) columns.get(FeasibilityColumns.ciHighOf(prefix)),
        (String) columns.get(FeasibilityColumns.reasonOf(prefix)));
  }
}
