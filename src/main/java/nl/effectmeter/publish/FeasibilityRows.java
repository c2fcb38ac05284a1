package nl.effectmeter.publish;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.effectmeter.feasibility.AssessmentOutcome;
import nl.effectmeter.feasibility.Evidence;
import nl.effectmeter.feasibility.FeasibilityTables;
import nl.effectmeter.feasibility.PeerComparison;
import nl.effectmeter.feasibility.UnvoicedDistress;
import nl.effectmeter.feasibility.WindowRate;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.warehouse.AssessmentOutcomeRow;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PeerComparisonRow;
import nl.effectmeter.warehouse.UnvoicedDistressRow;

/**
 * The feasibility tables' rows as published: the records of package {@code feasibility} as the
 * warehouse's row records, and those by column name for the Parquet writer.
 */
public final class FeasibilityRows {
  private FeasibilityRows() {}

  /** Every feasibility table of a run by name, in publication order, each row by column name. */
  public static Map<String, List<Map<String, Object>>> of(FeasibilityTables tables) {
    Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
    all.put(
        FeasibilityColumns.EVIDENCE,
        columns(tables.evidence(), FeasibilityRows::evidence, EvidenceRow::columns));
    all.put(
        FeasibilityColumns.UNVOICED_DISTRESS,
        columns(
            tables.unvoicedDistress(), FeasibilityRows::distress, UnvoicedDistressRow::columns));
    all.put(
        FeasibilityColumns.ASSESSMENT_OUTCOMES,
        columns(
            tables.assessmentOutcomes(), FeasibilityRows::outcome, AssessmentOutcomeRow::columns));
    all.put(
        FeasibilityColumns.PEER_COMPARISON,
        columns(tables.peerComparison(), FeasibilityRows::peer, PeerComparisonRow::columns));
    return all;
  }

  private static <T, R> List<Map<String, Object>> columns(
      List<T> rows, Function<T, R> published, Function<R, Map<String, Object>> columns) {
    return rows.stream().map(published).map(columns).toList();
  }

  static EvidenceRow evidence(Evidence e) {
    List<EvidenceRow.InMonth> inMonth =
        FeasibilityColumns.EVIDENCE_INDICATORS.stream()
            .map(
                indicator ->
                    e.inMonth().stream()
                        .filter(v -> v.indicator() == indicator)
                        .findFirst()
                        .map(v -> new EvidenceRow.InMonth(indicator, v.value(), v.status()))
                        .orElse(new EvidenceRow.InMonth(indicator, null, null)))
            .toList();
    List<EvidenceRow.Change> changes =
        FeasibilityColumns.CHANGE_RATES.stream().map(rate -> change(e, rate)).toList();
    return new EvidenceRow(
        e.signal().id(),
        e.signal().organisation(),
        e.signal().regulation(),
        e.signal().kind(),
        text(e.signal().raisedOn()),
        e.signal().summary(),
        text(e.signal().respondedOn()),
        e.signal().response(),
        (long) e.dataSignalsBefore(),
        text(e.firstDataSignal()),
        e.leadMonths() == null ? null : (long) e.leadMonths(),
        inMonth,
        changes);
  }

  private static EvidenceRow.Change change(Evidence e, Indicator rate) {
    Evidence.BeforeAfter change =
        e.changes().stream()
            .filter(c -> c.indicator().id().equals(rate.id()))
            .findFirst()
            .orElse(null);
    return new EvidenceRow.Change(
        rate,
        window(change == null ? null : change.before()),
        window(change == null ? null : change.after()),
        change == null ? null : change.change());
  }

  private static EvidenceRow.Window window(WindowRate rate) {
    return rate == null
        ? EvidenceRow.Window.NONE
        : new EvidenceRow.Window(rate.value(), rate.ciLow(), rate.ciHigh(), rate.reason());
  }

  static UnvoicedDistressRow distress(UnvoicedDistress d) {
    return new UnvoicedDistressRow(
        d.organisation(),
        d.regulation(),
        (long) d.monthsWithHighSignals(),
        text(d.firstMonth()),
        text(d.lastMonth()),
        d.signals());
  }

  static AssessmentOutcomeRow outcome(AssessmentOutcome o) {
    return new AssessmentOutcomeRow(
        o.assessment().id(),
        o.assessment().regulation(),
        o.assessment().assessedBy(),
        o.assessment().verdict(),
        text(o.assessment().assessedOn()),
        text(o.assessment().effectiveFrom()),
        o.indicator(),
        o.expected(),
        (long) o.monthsObserved(),
        o.realised(),
        o.ciLow(),
        o.ciHigh(),
        o.status(),
        o.comparison());
  }

  static PeerComparisonRow peer(PeerComparison p) {
    return new PeerComparisonRow(
        p.regulation(),
        p.granularity(),
        p.period(),
        p.indicator(),
        p.municipality(),
        p.value(),
        p.ciLow(),
        p.ciHigh(),
        p.peerGroup(),
        (long) p.peers(),
        p.peerRate(),
        p.position());
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String text(YearMonth month) {
    return month == null ? null : month.toString();
  }
}
