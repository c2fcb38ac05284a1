package nl.effectmeter.warehouse;

import static nl.effectmeter.warehouse.TableColumn.decimal;
import static nl.effectmeter.warehouse.TableColumn.string;
import static nl.effectmeter.warehouse.TableColumn.whole;

import java.util.ArrayList;
import java.util.List;

/** The four feasibility tables of FEASIBILITY.md: their folder names and columns, in order. */
public final class FeasibilityColumns {
  public static final String EVIDENCE = "feasibility_evidence";
  public static final String UNVOICED_DISTRESS = "unvoiced_distress";
  public static final String ASSESSMENT_OUTCOMES = "assessment_outcomes";
  public static final String PEER_COMPARISON = "peer_comparison";

  /** The tables, in publication order. */
  public static final List<String> TABLES =
      List.of(EVIDENCE, UNVOICED_DISTRESS, ASSESSMENT_OUTCOMES, PEER_COMPARISON);

  /** The evidence indicators shown in the month a signal was raised. */
  public static final List<String> EVIDENCE_INDICATORS =
      List.of(
          "timely_decision_rate",
          "open_cases",
          "complaints_per_1000_decisions",
          "outcome_achievement_rate");

  /** The rates compared before and after a response. */
  public static final List<String> CHANGE_RATES =
      List.of("timely_decision_rate", "outcome_achievement_rate");

  public static final List<TableColumn> EVIDENCE_COLUMNS = evidence();

  public static final List<TableColumn> UNVOICED_DISTRESS_COLUMNS =
      List.of(
          string("organisation"),
          string("regulation"),
          whole("months_with_high_signals"),
          string("first_month"),
          string("last_month"),
          string("signals"));

  public static final List<TableColumn> ASSESSMENT_OUTCOME_COLUMNS =
      List.of(
          string("assessment_id"),
          string("regulation"),
          string("assessed_by"),
          string("verdict"),
          string("assessed_at"),
          string("effective_from"),
          string("indicator"),
          decimal("expected"),
          whole("months_observed"),
          decimal("realised"),
          decimal("ci_low"),
          decimal("ci_high"),
          string("status"),
          string("comparison"));

  public static final List<TableColumn> PEER_COMPARISON_COLUMNS =
      List.of(
          string("regulation"),
          string("granularity"),
          string("period"),
          string("indicator"),
          string("municipality"),
          decimal("value"),
          decimal("ci_low"),
          decimal("ci_high"),
          string("peer_group"),
          whole("peers"),
          decimal("peer_rate"),
          string("position"));

  private FeasibilityColumns() {}

  /** The columns of a feasibility table by its name. */
  public static List<TableColumn> of(String table) {
    return switch (table) {
      case EVIDENCE -> EVIDENCE_COLUMNS;
      case UNVOICED_DISTRESS -> UNVOICED_DISTRESS_COLUMNS;
      case ASSESSMENT_OUTCOMES -> ASSESSMENT_OUTCOME_COLUMNS;
      case PEER_COMPARISON -> PEER_COMPARISON_COLUMNS;
      default -> throw new IllegalArgumentException("Not a feasibility table: " + table);
    };
  }

  /**
   * The signal's own columns (dates as local dates), the data signals before it, the evidence
   * indicators of its month with their status, then per rate the pooled rate before and after the
   * response with interval and reason, and the change.
   */
  private static List<TableColumn> evidence() {
    List<TableColumn> columns =
        new ArrayList<>(
            List.of(
                string("signal_id"),
                string("organisation"),
                string("regulation"),
                string("kind"),
                string("raised_at"),
                string("summary"),
                string("responded_at"),
                string("response"),
                whole("data_signals_before"),
                string("first_data_signal"),
                whole("lead_months")));
    for (String indicator : EVIDENCE_INDICATORS) {
      columns.add(decimal(indicator));
      columns.add(string(indicator + "_status"));
    }
    for (String rate : CHANGE_RATES) {
      for (String side : List.of("before_", "after_")) {
        columns.add(decimal(side + rate));
        columns.add(decimal(side + rate + "_ci_low"));
        columns.add(decimal(side + rate + "_ci_high"));
        columns.add(string(side + rate + "_reason"));
      }
      columns.add(string(rate + "_change"));
    }
    return List.copyOf(columns);
  }
}
