package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.store.Run;
import nl.effectmeter.warehouse.AssessmentOutcomeRow;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PeerComparisonRow;
import nl.effectmeter.warehouse.UnvoicedDistressRow;

/**
 * Selects and arranges the published feasibility tables for the routes: filters, one row, and the
 * grouping of peer comparisons. It only reads published rows and never computes a number.
 */
public final class FeasibilityService {
  private FeasibilityService() {}

  /** The filter of {@code /feasibility-signals}; an empty list or a null month matches all. */
  public record SignalFilter(
      List<String> organisations,
      List<String> regulations,
      List<String> kinds,
      List<String> responses,
      YearMonth from,
      YearMonth to) {}

  /**
   * An assessment with its outcomes, the assessment_outcomes rows of its id in table order. Its
   * JSON: the assessment's columns ({@link FeasibilityColumns#ASSESSMENT_COLUMNS}, of its first
   * row), then {@code outcomes}: each row without them.
   */
  public record Assessment(List<AssessmentOutcomeRow> outcomes) {
    public Assessment {
      outcomes = List.copyOf(outcomes);
      if (outcomes.isEmpty()) {
        throw new IllegalArgumentException("an assessment has at least one outcome");
      }
    }

    public String id() {
      return outcomes.get(0).assessmentId();
    }

    @JsonValue
    public Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>(outcomes.get(0).assessmentColumns());
      json.put("outcomes", outcomes.stream().map(AssessmentOutcomeRow::outcomeColumns).toList());
      return json;
    }
  }

  /**
   * The municipalities of one peer group (null for those without one), best first. Its JSON: the
   * peer group and {@code municipalities}, their rows.
   */
  public record PeerGroup(String peerGroup, List<PeerComparisonRow> municipalities) {
    public PeerGroup {
      municipalities = List.copyOf(municipalities);
    }

    @JsonValue
    public Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put(FeasibilityColumns.PEER_GROUP, peerGroup);
      json.put("municipalities", municipalities);
      return json;
    }
  }

  public static List<EvidenceRow> signals(Run run, SignalFilter filter) {
    return run.feasibility().evidence().stream()
        .filter(r -> matches(filter.organisations(), r.organisation()))
        .filter(r -> matches(filter.regulations(), r.regulation()))
        .filter(r -> matches(filter.kinds(), r.kind()))
        .filter(r -> matches(filter.responses(), r.response()))
        .filter(r -> filter.from() == null || !raisedMonth(r).isBefore(filter.from()))
        .filter(r -> filter.to() == null || !raisedMonth(r).isAfter(filter.to()))
        .toList();
  }

  /**
   * An organisation's signals for its scorecard: raised in the period, or raised before it and
   * still unanswered when the period began.
   */
  static List<EvidenceRow> scorecardSignals(
      Run run, String organisation, YearMonth first, YearMonth last) {
    return run.feasibility().evidence().stream()
        .filter(r -> organisation.equals(r.organisation()))
        .filter(
            r -> {
              YearMonth raised = raisedMonth(r);
              if (raised.isAfter(last)) {
                return false;
              }
              if (!raised.isBefore(first)) {
                return true;
              }
              String responded = r.respondedAt();
              return responded == null
                  || !YearMonth.parse(responded.substring(0, 7)).isBefore(first);
            })
        .toList();
  }

  public static Optional<EvidenceRow> signal(Run run, String id) {
    return run.feasibility().evidence().stream().filter(r -> id.equals(r.signalId())).findFirst();
  }

  public static List<UnvoicedDistressRow> unvoicedDistress(
      Run run, List<String> organisations, List<String> regulations) {
    return run.feasibility().unvoicedDistress().stream()
        .filter(r -> matches(organisations, r.organisation()))
        .filter(r -> matches(regulations, r.regulation()))
        .toList();
  }

  /** The assessments of the run of the given regulations (all when empty), in table order. */
  public static List<Assessment> assessments(Run run, List<String> regulations) {
    Map<String, List<AssessmentOutcomeRow>> byId = new LinkedHashMap<>();
    for (AssessmentOutcomeRow row : run.feasibility().assessmentOutcomes()) {
      if (matches(regulations, row.regulation())) {
        byId.computeIfAbsent(row.assessmentId(), id -> new ArrayList<>()).add(row);
      }
    }
    return byId.values().stream().map(Assessment::new).toList();
  }

  public static Optional<Assessment> assessment(Run run, String id) {
    return assessments(run, List.of()).stream().filter(a -> id.equals(a.id())).findFirst();
  }

  /**
   * The peer comparisons of one regulation, indicator and period, grouped by peer group; within a
   * group best first (the indicator's better direction), unpositioned rows last.
   */
  public static List<PeerGroup> learning(
      Run run, String regulation, String indicator, String period) {
    Indicator.Better better = Indicator.fromId(indicator).better();
    Comparator<PeerComparisonRow> byValue = Comparator.comparing(PeerComparisonRow::value);
    if (better == Indicator.Better.HIGHER) {
      byValue = byValue.reversed();
    }
    Map<String, List<PeerComparisonRow>> groups = new TreeMap<>();
    for (PeerComparisonRow row : run.feasibility().peerComparison()) {
      if (regulation.equals(row.regulation())
          && indicator.equals(row.indicator())
          && period.equals(row.period())) {
        String group = Objects.requireNonNullElse(row.peerGroup(), "");
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
      }
    }
    List<PeerGroup> out = new ArrayList<>();
    for (Map.Entry<String, List<PeerComparisonRow>> group : groups.entrySet()) {
      List<PeerComparisonRow> members = new ArrayList<>(group.getValue());
      members.sort(Comparator.comparing(FeasibilityService::rank).thenComparing(byValue));
      out.add(new PeerGroup(group.getKey().isEmpty() ? null : group.getKey(), members));
    }
    return out;
  }

  /** above first, then typical, then below, then rows without a position. */
  private static int rank(PeerComparisonRow row) {
    String position = row.position();
    if ("above".equals(position)) {
      return 0;
    }
    if ("typical".equals(position)) {
      return 1;
    }
    return "below".equals(position) ? 2 : 3;
  }

  private static YearMonth raisedMonth(EvidenceRow row) {
    return YearMonth.parse(row.raisedAt().substring(0, 7));
  }

  private static boolean matches(List<String> accepted, String value) {
    return accepted.isEmpty() || accepted.contains(value);
  }
}
