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
import nl.effectmeter.warehouse.FeasibilityColumns;

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
    row.put("signal_id", e.signal().id());
    row.put("organisation", e.signal().organisation());
    row.put("regulation", e.signal().regulation());
    row.put("kind", e.signal().kind());
    row.put("raised_at", text(e.signal().raisedOn()));
    row.put("summary", e.signal().summary());
    row.put("responded_at", text(e.signal().respondedOn()));
    row.put("response", e.signal().response());
    row.put("data_signals_before", (long) e.dataSignalsBefore());
    row.put("first_data_signal", text(e.firstDataSignal()));
    row.put("lead_months", e.leadMonths() == null ? null : (long) e.leadMonths());
    for (Evidence.MonthValue value : e.inMonth()) {
      row.put(value.indicator().id(), value.value());
      row.put(value.indicator().id() + "_status", value.status());
    }
    for (String rate : FeasibilityColumns.CHANGE_RATES) {
      Evidence.BeforeAfter change =
          e.changes().stream()
              .filter(c -> c.indicator().id().equals(rate))
              .findFirst()
              .orElse(null);
      window(row, "before_" + rate, change == null ? null : change.before());
      window(row, "after_" + rate, change == null ? null : change.after());
      row.put(rate + "_change", change == null ? null : change.change());
    }
    return row;
  }

  private static void window(Map<String, Object> row, String prefix, WindowRate rate) {
    row.put(prefix, rate == null ? null : rate.value());
    row.put(prefix + "_ci_low", rate == null ? null : rate.ciLow());
    row.put(prefix + "_ci_high", rate == null ? null : rate.ciHigh());
    row.put(prefix + "_reason", rate == null ? null : rate.reason());
  }

  static Map<String, Object> distress(UnvoicedDistress d) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("organisation", d.organisation());
    row.put("regulation", d.regulation());
    row.put("months_with_high_signals", (long) d.monthsWithHighSignals());
    row.put("first_month", text(d.firstMonth()));
    row.put("last_month", text(d.lastMonth()));
    row.put("signals", d.signals());
    return row;
  }

  static Map<String, Object> outcome(AssessmentOutcome o) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("assessment_id", o.assessment().id());
    row.put("regulation", o.assessment().regulation());
    row.put("assessed_by", o.assessment().assessedBy());
    row.put("verdict", o.assessment().verdict());
    row.put("assessed_at", text(o.assessment().assessedOn()));
    row.put("effective_from", text(o.assessment().effectiveFrom()));
    row.put("indicator", o.indicator());
    row.put("expected", o.expected());
    row.put("months_observed", (long) o.monthsObserved());
    row.put("realised", o.realised());
    row.put("ci_low", o.ciLow());
    row.put("ci_high", o.ciHigh());
    row.put("status", o.status());
    row.put("comparison", o.comparison());
    return row;
  }

  static Map<String, Object> peer(PeerComparison p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("regulation", p.regulation());
    row.put("granularity", p.granularity());
    row.put("period", p.period());
    row.put("indicator", p.indicator());
    row.put("municipality", p.municipality());
    row.put("value", p.value());
    row.put("ci_low", p.ciLow());
    row.put("ci_high", p.ciHigh());
    row.put("peer_group", p.peerGroup());
    row.put("peers", (long) p.peers());
    row.put("peer_rate", p.peerRate());
    row.put("position", p.position());
    return row;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String text(YearMonth month) {
    return month == null ? null : month.toString();
  }
}
