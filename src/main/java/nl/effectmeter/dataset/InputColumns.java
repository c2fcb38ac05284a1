package nl.effectmeter.dataset;

/**
 * The column names of the input datasets (DATASETS.md, FEASIBILITY.md): the one place they are
 * written out. {@link InputDataset} declares which dataset holds which, with its type; every step
 * that reads an input column by name (ingest's rules, the enrichment, the reference copies the API
 * reads) refers to these.
 */
public final class InputColumns {
  // Keys and references.
  public static final String ORGANISATION_CODE = "organisation_code";
  public static final String REGULATION_CODE = "regulation_code";
  public static final String MUNICIPALITY_CODE = "municipality_code";
  public static final String OUTCOME_TYPE = "outcome_type";
  public static final String CASE_ID = "case_id";
  public static final String COMPLAINT_ID = "complaint_id";
  public static final String SIGNAL_ID = "signal_id";
  public static final String ASSESSMENT_ID = "assessment_id";

  // Reference datasets.
  public static final String NAME = "name";
  public static final String GOVERNMENT_LAYER = "government_layer";
  public static final String LEGAL_TERM_DAYS = "legal_term_days";
  public static final String OUTCOME_WINDOW_DAYS = "outcome_window_days";
  public static final String PROVINCE_CODE = "province_code";
  public static final String POPULATION = "population";
  public static final String URBANISATION = "urbanisation";
  public static final String INTENDED = "intended";
  public static final String SOCIETAL_VALUE_EUR = "societal_value_eur";

  // services
  public static final String REQUESTED_AT = "requested_at";
  public static final String DECIDED_AT = "decided_at";
  public static final String DECISION = "decision";
  public static final String CHANNEL = "channel";
  public static final String CLIENT_KEY = "client_key";
  public static final String CLIENT_SEGMENT = "client_segment";
  public static final String COST_EUR = "cost_eur";

  // complaints
  public static final String RECEIVED_AT = "received_at";
  public static final String CATEGORY = "category";
  public static final String RESOLVED_AT = "resolved_at";
  public static final String UPHELD = "upheld";
  public static final String ESCALATED_TO_OMBUDSMAN = "escalated_to_ombudsman";

  // outcomes
  public static final String MEASURED_AT = "measured_at";
  public static final String ACHIEVED = "achieved";

  // feasibility_signals
  public static final String KIND = "kind";
  public static final String RAISED_AT = "raised_at";
  public static final String SUMMARY = "summary";
  public static final String RESPONDED_AT = "responded_at";
  public static final String RESPONSE = "response";

  // feasibility_assessments
  public static final String ASSESSED_AT = "assessed_at";
  public static final String EFFECTIVE_FROM = "effective_from";
  public static final String VERDICT = "verdict";
  public static final String EXPECTED_CASES_PER_MONTH = "expected_cases_per_month";
  public static final String EXPECTED_TIMELY_DECISION_RATE = "expected_timely_decision_rate";
  public static final String EXPECTED_COST_PER_CASE = "expected_cost_per_case";
  public static final String EXPECTED_OUTCOME_ACHIEVEMENT_RATE =
      "expected_outcome_achievement_rate";

  private InputColumns() {}
}
