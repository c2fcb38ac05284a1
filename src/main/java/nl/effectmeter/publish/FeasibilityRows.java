package nl.effectmeter.publish;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.feasibility.AssessmentOutcome;
import nl.effectmeter.feasibility.Evidence;
import nl.effectmeter.feasibility.FeasibilityTables;
import nl.effectmeter.feasibility.PeerComparison;
import nl.effectmeter.feasibility.UnvoicedDistress;
import nl.effectmeter.feasibility.WindowRate;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PublishedColumns;

/** The feasibility tables' rows as published: column name to value, in column order. */
public final class FeasibilityRows {
  private FeasibilityRows() {}

  /** Every feasibility table of a run by name, in publication order. */
  public static Map<String, List<Map<String, Object>>> of(FeasibilityTables tables) {
    Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    all.put(
        FeasibilityColumns.EVIDENCE,
        tables.evidence().stream().map(FeasibilityRows::evidence).toList());
    all.put(
        FeasibilityColumns.UNVOICED_DISTRESS,
        tables.unvoicedDistress().stream().map(FeasibilityRows::distress).toList());
    all.put(
        FeasibilityColumns.ASSESSMENT_OUTCOMES,
        tables.assessmentOutcomes().stream().map(FeasibilityRows::outcome).toList());
    all.put(
        FeasibilityColumns.PEER_COMPARISON,
        tables.peerComparison().stream().map(FeasibilityRows::peer).toList());
    return all;
  }

  static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(FeasibilityColumns.SIGNAL_ID, e.signal().id());
    row.put(PublishedColumns.ORGANISATION, e.signal().organisation());
    row.put(PublishedColumns.REGULATION, e.signal().regulation());
    row.put(FeasibilityColumns.KIND, e.signal().kind());
    row.put(FeasibilityColumns.RAISED_AT, text(e.signal().raisedOn()));
    row.put(FeasibilityColumns.SUMMARY, e.signal().summary());
    row.put(FeasibilityColumns.RESPONDED_AT, text(e.signal().respondedOn()));
    row.put(FeasibilityColumns.RESPONSE, e.signal().response());
    row.put(FeasibilityColumns.DATA_SIGNALS_BEFORE, (long) e.dataSignalsBefore());
    row.put(FeasibilityColumns.FIRST_DATA_SIGNAL, text(e.firstDataSignal()));
    row.put(FeasibilityColumns.LEAD_MONTHS, e.leadMonths() == null ? null : (long) e.leadMonths());
    for (Evidence.MonthValue value : e.inMonth()) {
      row.put(value.indicator().id(), value.value());
      row.put(FeasibilityColumns.statusOf(value.indicator()), value.status());
    }
    for (Indicator rate : FeasibilityColumns.CHANGE_RATES) {
      Evidence.BeforeAfter change =
          e.changes().stream()
              .filter(c -> c.indicator().id().equals(rate.id()))
              .findFirst()
              .orElse(null);
      window(row, FeasibilityColumns.before(rate), change == null ? null : change.before());
      window(row, FeasibilityColumns.after(rate), change == null ? null : change.after());
      row.put(FeasibilityColumns.changeOf(rate), change == null ? null : change.change());
    }
    return row;
  }

  private static void window(Map<String, Object> row, String prefix, WindowRate rate) {
    row.put(prefix, rate == null ? null : rate.value());
    row.put(FeasibilityColumns.ciLowOf(prefix), rate == null ? null : rate.ciLow());
    row.put(FeasibilityColumns.ciHighOf(prefix), rate == null ? null : rate.ciHigh());
    row.put(FeasibilityColumns.reasonOf(prefix), rate == null ? null : rate.reason());
  }

  static Map<String, Object> distress(UnvoicedDistress d) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(PublishedColumns.ORGANISATION, d.organisation());
    row.put(PublishedColumns.REGULATION, d.regulation());
    row.put(FeasibilityColumns.MONTHS_WITH_HIGH_SIGNALS, (long) d.monthsWithHighSignals());
    row.put(FeasibilityColumns.FIRST_MONTH, text(d.firstMonth()));
    row.put(FeasibilityColumns.LAST_MONTH, text(d.lastMonth()));
    row.put(FeasibilityColumns.SIGNALS, d.signals());
    return row;
  }

  static Map<String, Object> outcome(AssessmentOutcome o) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(FeasibilityColumns.ASSESSMENT_ID, o.assessment().id());
    row.put(PublishedColumns.REGULATION, o.assessment().regulation());
    row.put(FeasibilityColumns.ASSESSED_BY, o.assessment().assessedBy());
    row.put(FeasibilityColumns.VERDICT, o.assessment().verdict());
    row.put(FeasibilityColumns.ASSESSED_AT, text(o.assessment().assessedOn()));
    row.put(FeasibilityColumns.EFFECTIVE_FROM, text(o.assessment().effectiveFrom()));
    row.put(PublishedColumns.INDICATOR, o.indicator());
    row.put(FeasibilityColumns.EXPECTED, o.expected());
    row.put(FeasibilityColumns.MONTHS_OBSERVED, (long) o.monthsObserved());
    row.put(FeasibilityColumns.REALISED, o.realised());
    row.put(PublishedColumns.CI_LOW, o.ciLow());
    row.put(PublishedColumns.CI_HIGH, o.ciHigh());
    row.put(PublishedColumns.STATUS, o.status());
    row.put(FeasibilityColumns.COMPARISON, o.comparison());
    return row;
  }

  static Map<String, Object> peer(PeerComparison p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(PublishedColumns.REGULATION, p.regulation());
    row.put(PublishedColumns.GRANULARITY, p.granularity());
    row.put(PublishedColumns.PERIOD, p.period());
    row.put(PublishedColumns.INDICATOR, p.indicator());
    row.put(PublishedColumns.MUNICIPALITY, p.municipality());
    row.put(PublishedColumns.VALUE, p.value());
    row.put(PublishedColumns.CI_LOW, p.ciLow());
    row.put(PublishedColumns.CI_HIGH, p.ciHigh());
    row.put(FeasibilityColumns.PEER_GROUP, p.peerGroup());
    row.put(FeasibilityColumns.PEERS, (long) p.peers());
    row.put(FeasibilityColumns.PEER_RATE, p.peerRate());
    row.put(FeasibilityColumns.POSITION, p.position());
    return row;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String text(YearMonth month) {
    return month == null ? null : month.toString();
  }
}
