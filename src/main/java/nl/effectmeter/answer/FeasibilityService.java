package nl.effectmeter.answer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.store.Run;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PublishedColumns;

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

  public static List<Map<String, Object>> signals(Run run, SignalFilter filter) {
    return run.feasibility().evidence().stream()
        .filter(r -> matches(filter.organisations(), r.get(PublishedColumns.ORGANISATION)))
        .filter(r -> matches(filter.regulations(), r.get(PublishedColumns.REGULATION)))
        .filter(r -> matches(filter.kinds(), r.get(FeasibilityColumns.KIND)))
        .filter(r -> matches(filter.responses(), r.get(FeasibilityColumns.RESPONSE)))
        .filter(r -> filter.from() == null || !raisedMonth(r).isBefore(filter.from()))
        .filter(r -> filter.to() == null || !raisedMonth(r).isAfter(filter.to()))
        .toList();
  }

  /**
   * An organisation's signals for its scorecard: raised in the period, or raised before it and
   * still unanswered when the period began.
   */
  static List<Map<String, Object>> scorecardSignals(
      Run run, String organisation, YearMonth first, YearMonth last) {
    return run.feasibility().evidence().stream()
        .filter(r -> organisation.equals(r.get(PublishedColumns.ORGANISATION)))
        .filter(
            r -> {
              YearMonth raised = raisedMonth(r);
              if (raised.isAfter(last)) {
                return false;
              }
              if (!raised.isBefore(first)) {
                return true;
              }
              String responded = (String) r.get(FeasibilityColumns.RESPONDED_AT);
              return responded == null
                  || !YearMonth.parse(responded.substring(0, 7)).isBefore(first);
            })
        .toList();
  }

  public static Optional<Map<String, Object>> signal(Run run, String id) {
    return run.feasibility().evidence().stream()
        .filter(r -> id.equals(r.get(FeasibilityColumns.SIGNAL_ID)))
        .findFirst();
  }

  public static List<Map<String, Object>> unvoicedDistress(
      Run run, List<String> organisations, List<String> regulations) {
    return run.feasibility().unvoicedDistress().stream()
        .filter(r -> matches(organisations, r.get(PublishedColumns.ORGANISATION)))
        .filter(r -> matches(regulations, r.get(PublishedColumns.REGULATION)))
        .toList();
  }

  /**
   * The assessments of the run of the given regulations (all when empty), each with its outcomes:
   * the columns assessment_id, regulation, assessed_by, verdict, assessed_at, effective_from, and
   * outcomes (the assessment_outcomes rows without those columns).
   */
  public static List<Map<String, Object>> assessments(Run run, List<String> regulations) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> row : run.feasibility().assessmentOutcomes()) {
      if (!matches(regulations, row.get(PublishedColumns.REGULATION))) {
        continue;
      }
      Map<String, Object> assessment =
          byId.computeIfAbsent(
              (String) row.get(FeasibilityColumns.ASSESSMENT_ID),
              id -> {
                Map<String, Object> a = new LinkedHashMap<>();
                for (String column : ASSESSMENT_COLUMNS) {
                  a.put(column, row.get(column));
                }
                a.put("outcomes", new ArrayList<Map<String, Object>>());
                return a;
              });
      Map<String, Object> outcome = new LinkedHashMap<>(row);
      ASSESSMENT_COLUMNS.forEach(outcome::remove);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> outcomes = (List<Map<String, Object>>) assessment.get("outcomes");
      outcomes.add(outcome);
    }
    return List.copyOf(byId.values());
  }

  public static Optional<Map<String, Object>> assessment(Run run, String id) {
    return assessments(run, List.of()).stream()
        .filter(a -> id.equals(a.get(FeasibilityColumns.ASSESSMENT_ID)))
        .findFirst();
  }

  /** The columns of assessment_outcomes that describe the assessment, not an expectation. */
  public static final List<String> ASSESSMENT_COLUMNS =
      List.of(
          FeasibilityColumns.ASSESSMENT_ID,
          PublishedColumns.REGULATION,
          FeasibilityColumns.ASSESSED_BY,
          FeasibilityColumns.VERDICT,
          FeasibilityColumns.ASSESSED_AT,
          FeasibilityColumns.EFFECTIVE_FROM);

  /** Whether the run has peer comparisons of this regulation at all. */
  static boolean hasLearning(Run run, String regulation) {
    return run.feasibility().peerComparison().stream()
        .anyMatch(r -> regulation.equals(r.get(PublishedColumns.REGULATION)));
  }

  /**
   * The peer comparisons of one regulation, indicator and period, grouped by peer group; within a
   * group best first (the indicator's better direction), unpositioned rows last.
   */
  public static List<Map<String, Object>> learning(
      Run run, String regulation, String indicator, String period) {
    Indicator.Better better = Indicator.fromId(indicator).better();
    Comparator<Map<String, Object>> byValue =
        Comparator.comparing(r -> (Double) r.get(PublishedColumns.VALUE));
    if (better == Indicator.Better.HIGHER) {
      byValue = byValue.reversed();
    }
    Map<String, List<Map<String, Object>>> groups = new java.util.TreeMap<>();
    for (Map<String, Object> row : run.feasibility().peerComparison()) {
      if (regulation.equals(row.get(PublishedColumns.REGULATION))
          && indicator.equals(row.get(PublishedColumns.INDICATOR))
          && period.equals(row.get(PublishedColumns.PERIOD))) {
        String group =
            Objects.requireNonNullElse((String) row.get(FeasibilityColumns.PEER_GROUP), "");
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> group : groups.entrySet()) {
      List<Map<String, Object>> members = new ArrayList<>(group.getValue());
      members.sort(Comparator.comparing(FeasibilityService::rank).thenComparing(byValue));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put(FeasibilityColumns.PEER_GROUP, group.getKey().isEmpty() ? null : group.getKey());
      body.put("municipalities", members);
      out.add(body);
    }
    return out;
  }

  /** above first, then typical, then below, then rows without a position. */
  private static int rank(Map<String, Object> row) {
    Object position = row.get(FeasibilityColumns.POSITION);
    if ("above".equals(position)) {
      return 0;
    }
    if ("typical".equals(position)) {
      return 1;
    }
    return "below".equals(position) ? 2 : 3;
  }

  private static YearMonth raisedMonth(Map<String, Object> row) {
    return YearMonth.parse(((String) row.get(FeasibilityColumns.RAISED_AT)).substring(0, 7));
  }

  private static boolean matches(List<String> accepted, Object value) {
    return accepted.isEmpty() || accepted.contains(value);
  }
}
