package nl.effectmeter.warehouse;

import static nl.effectmeter.warehouse.PublishedColumns.CI_HIGH;
import static nl.effectmeter.warehouse.PublishedColumns.CI_LOW;
import static nl.effectmeter.warehouse.PublishedColumns.GRANULARITY;
import static nl.effectmeter.warehouse.PublishedColumns.INDICATOR;
import static nl.effectmeter.warehouse.PublishedColumns.MUNICIPALITY;
import static nl.effectmeter.warehouse.PublishedColumns.ORGANISATION;
import static nl.effectmeter.warehouse.PublishedColumns.PERIOD;
import static nl.effectmeter.warehouse.PublishedColumns.REGULATION;
import static nl.effectmeter.warehouse.PublishedColumns.STATUS;
import static nl.effectmeter.warehouse.PublishedColumns.VALUE;
import static nl.effectmeter.warehouse.TableColumn.decimal;
import static nl.effectmeter.warehouse.TableColumn.string;
import static nl.effectmeter.warehouse.TableColumn.whole;

import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.dataset.InputColumns;
import nl.effectmeter.indicator.Indicator;

/** The four feasibility tables of FEASIBILITY.md: their folder names and columns, in order. */
public final class FeasibilityColumns {
  public static final String EVIDENCE = "feasibility_evidence";
  public static final String UNVOICED_DISTRESS = "unvoiced_distress";
  public static final String ASSESSMENT_OUTCOMES = "assessment_outcomes";
  public static final String PEER_COMPARISON = "peer_comparison";

  /** The tables, in publication order. */
  public static final List<String> TABLES =
      List.of(EVIDENCE, UNVOICED_DISTRESS, ASSESSMENT_OUTCOMES, PEER_COMPARISON);

  /**
   * The evidence indicators shown in the month a signal was raised, in the order of FEASIBILITY.md:
   * the learning network's indicators.
   */
  public static final List<Indicator> EVIDENCE_INDICATORS =
      List.of(
          Indicator.TIMELY_DECISION_RATE,
          Indicator.OPEN_CASES,
          Indicator.COMPLAINTS_PER_1000_DECISIONS,
          Indicator.OUTCOME_ACHIEVEMENT_RATE);

  /** The rates compared before and after a response. */
  public static final List<Indicator> CHANGE_RATES =
      List.of(Indicator.TIMELY_DECISION_RATE, Indicator.OUTCOME_ACHIEVEMENT_RATE);

  // Columns of feasibility_evidence; the signal's own columns keep their input names.
  public static final String SIGNAL_ID = InputColumns.SIGNAL_ID;
  public static final String KIND = InputColumns.KIND;
  public static final String RAISED_AT = InputColumns.RAISED_AT;
  public static final String SUMMARY = InputColumns.SUMMARY;
  public static final String RESPONDED_AT = InputColumns.RESPONDED_AT;
  public static final String RESPONSE = InputColumns.RESPONSE;
  public static final String DATA_SIGNALS_BEFORE = "data_signals_before";
  public static final String FIRST_DATA_SIGNAL = "first_data_signal";
  public static final String LEAD_MONTHS = "lead_months";

  // Columns of unvoiced_distress.
  public static final String MONTHS_WITH_HIGH_SIGNALS = "months_with_high_signals";
  public static final String FIRST_MONTH = "first_month";
  public static final String LAST_MONTH = "last_month";
  public static final String SIGNALS = "signals";

  // Columns of assessment_outcomes; the assessment's own columns keep their input names.
  public static final String ASSESSMENT_ID = InputColumns.ASSESSMENT_ID;
  public static final String ASSESSED_BY = "assessed_by";
  public static final String VERDICT = InputColumns.VERDICT;
  public static final String ASSESSED_AT = InputColumns.ASSESSED_AT;
  public static final String EFFECTIVE_FROM = InputColumns.EFFECTIVE_FROM;
  public static final String EXPECTED = "expected";
  public static final String MONTHS_OBSERVED = "months_observed";
  public static final String REALISED = "realised";
  public static final String COMPARISON = "comparison";

  // Columns of peer_comparison.
  public static final String PEER_GROUP = "peer_group";
  public static final String PEERS = "peers";
  public static final String PEER_RATE = "peer_rate";
  public static final String POSITION = "position";

  public static final List<TableColumn> EVIDENCE_COLUMNS = evidence();

  public static final List<TableColumn> UNVOICED_DISTRESS_COLUMNS =
      List.of(
          string(ORGANISATION),
          string(REGULATION),
          whole(MONTHS_WITH_HIGH_SIGNALS),
          string(FIRST_MONTH),
          string(LAST_MONTH),
          string(SIGNALS));

  /**
   * The columns of assessment_outcomes that describe the assessment, not an expectation: the
   * table's first, an assessment's on every row of its outcomes.
   */
  public static final List<String> ASSESSMENT_COLUMNS =
      List.of(ASSESSMENT_ID, REGULATION, ASSESSED_BY, VERDICT, ASSESSED_AT, EFFECTIVE_FROM);

  public static final List<TableColumn> ASSESSMENT_OUTCOME_COLUMNS =
      List.of(
          string(ASSESSMENT_ID),
          string(REGULATION),
          string(ASSESSED_BY),
          string(VERDICT),
          string(ASSESSED_AT),
          string(EFFECTIVE_FROM),
          string(INDICATOR),
          decimal(EXPECTED),
          whole(MONTHS_OBSERVED),
          decimal(REALISED),
          decimal(CI_LOW),
          decimal(CI_HIGH),
          string(STATUS),
          string(COMPARISON));

  public static final List<TableColumn> PEER_COMPARISON_COLUMNS =
      List.of(
          string(REGULATION),
          string(GRANULARITY),
          string(PERIOD),
          string(INDICATOR),
          string(MUNICIPALITY),
          decimal(VALUE),
          decimal(CI_LOW),
          decimal(CI_HIGH),
          string(PEER_GROUP),
          whole(PEERS),
          decimal(PEER_RATE),
          string(POSITION));

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

  /** The column of an evidence indicator's status in the month raised. */
  public static String statusOf(Indicator indicator) {
    return indicator.id() + "_" + STATUS;
  }

  /** The column of a rate over the months before the signal. */
  public static String before(Indicator rate) {
    return "before_" + rate.id();
  }

  /** The column of a rate over the months after the response. */
  public static String after(Indicator rate) {
    return "after_" + rate.id();
  }

  /** The column of a window's lower interval bound, e.g. {@code before_x_ci_low}. */
  public static String ciLowOf(String window) {
    return window + "_" + CI_LOW;
  }

  /** The column of a window's upper interval bound. */
  public static String ciHighOf(String window) {
    return window + "_" + CI_HIGH;
  }

  /** The column of why a window has no rate. */
  public static String reasonOf(String window) {
    return window + "_reason";
  }

  /** The column of a rate's change after the response. */
  public static String changeOf(Indicator rate) {
    return rate.id() + "_change";
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
                string(SIGNAL_ID),
                string(ORGANISATION),
                string(REGULATION),
                string(KIND),
                string(RAISED_AT),
                string(SUMMARY),
                string(RESPONDED_AT),
                string(RESPONSE),
                whole(DATA_SIGNALS_BEFORE),
                string(FIRST_DATA_SIGNAL),
                whole(LEAD_MONTHS)));
    for (Indicator indicator : EVIDENCE_INDICATORS) {
      columns.add(decimal(indicator.id()));
      columns.add(string(statusOf(indicator)));
    }
    for (Indicator rate : CHANGE_RATES) {
      for (String window : List.of(before(rate), after(rate))) {
        columns.add(decimal(window));
        columns.add(decimal(ciLowOf(window)));
        columns.add(decimal(ciHighOf(window)));
        columns.add(string(reasonOf(window)));
      }
      columns.add(string(changeOf(rate)));
    }
    return List.copyOf(columns);
  }
}
