package nl.effectmeter.dataset;

import static nl.effectmeter.dataset.ColumnType.BOOLEAN;
import static nl.effectmeter.dataset.ColumnType.DOUBLE;
import static nl.effectmeter.dataset.ColumnType.INT;
import static nl.effectmeter.dataset.ColumnType.LONG;
import static nl.effectmeter.dataset.ColumnType.STRING;
import static nl.effectmeter.dataset.ColumnType.TIMESTAMP;
import static nl.effectmeter.dataset.DatasetColumn.optional;
import static nl.effectmeter.dataset.DatasetColumn.required;
import static nl.effectmeter.dataset.InputColumns.*;

import java.util.List;
import java.util.Locale;

/**
 * The input datasets of DATASETS.md and FEASIBILITY.md with their declared columns, in contract
 * order: four reference datasets, three fact datasets and the two optional feasibility datasets.
 *
 * <p>The column order is the order in which validation rules are checked, so the first rule a row
 * breaks is the one it is quarantined for.
 */
public enum InputDataset {
  ORGANISATIONS(
      "reference/organisations",
      ORGANISATION_CODE,
      List.of(
          required(ORGANISATION_CODE, STRING),
          required(NAME, STRING),
          required(GOVERNMENT_LAYER, STRING))),
  REGULATIONS(
      "reference/regulations",
      REGULATION_CODE,
      List.of(
          required(REGULATION_CODE, STRING),
          required(NAME, STRING),
          required(LEGAL_TERM_DAYS, INT),
          required(OUTCOME_WINDOW_DAYS, INT))),
  MUNICIPALITIES(
      "reference/municipalities",
      MUNICIPALITY_CODE,
      List.of(
          required(MUNICIPALITY_CODE, STRING),
          required(NAME, STRING),
          required(PROVINCE_CODE, STRING),
          required(POPULATION, LONG),
          optional(URBANISATION, INT))),
  OUTCOME_TYPES(
      "reference/outcome_types",
      OUTCOME_TYPE,
      List.of(
          required(OUTCOME_TYPE, STRING),
          required(NAME, STRING),
          required(INTENDED, BOOLEAN),
          required(SOCIETAL_VALUE_EUR, DOUBLE))),
  SERVICES(
      "services",
      CASE_ID,
      List.of(
          required(CASE_ID, STRING),
          required(ORGANISATION_CODE, STRING),
          required(REGULATION_CODE, STRING),
          required(MUNICIPALITY_CODE, STRING),
          required(REQUESTED_AT, TIMESTAMP),
          optional(DECIDED_AT, TIMESTAMP),
          optional(DECISION, STRING),
          optional(CHANNEL, STRING),
          optional(CLIENT_KEY, STRING),
          optional(CLIENT_SEGMENT, STRING),
          optional(COST_EUR, DOUBLE))),
  COMPLAINTS(
      "complaints",
      COMPLAINT_ID,
      List.of(
          required(COMPLAINT_ID, STRING),
          optional(CASE_ID, STRING),
          required(ORGANISATION_CODE, STRING),
          optional(REGULATION_CODE, STRING),
          optional(MUNICIPALITY_CODE, STRING),
          required(RECEIVED_AT, TIMESTAMP),
          required(CATEGORY, STRING),
          optional(RESOLVED_AT, TIMESTAMP),
          optional(UPHELD, BOOLEAN),
          optional(ESCALATED_TO_OMBUDSMAN, BOOLEAN))),
  /** Outcomes have no single-column key; their row identity is case, type and time. */
  OUTCOMES(
      "outcomes",
      null,
      List.of(
          required(CASE_ID, STRING),
          required(OUTCOME_TYPE, STRING),
          required(MEASURED_AT, TIMESTAMP),
          required(ACHIEVED, BOOLEAN))),
  /** Noodsignalen and knelpunten raised by executing organisations (optional). */
  FEASIBILITY_SIGNALS(
      "feasibility_signals",
      SIGNAL_ID,
      List.of(
          required(SIGNAL_ID, STRING),
          required(ORGANISATION_CODE, STRING),
          required(REGULATION_CODE, STRING),
          required(KIND, STRING),
          required(RAISED_AT, TIMESTAMP),
          required(SUMMARY, STRING),
          optional(RESPONDED_AT, TIMESTAMP),
          optional(RESPONSE, STRING))),
  /** Uitvoeringstoetsen (UDO for the decentral layers) of regulations (optional). */
  FEASIBILITY_ASSESSMENTS(
      "feasibility_assessments",
      ASSESSMENT_ID,
      List.of(
          required(ASSESSMENT_ID, STRING),
          required(REGULATION_CODE, STRING),
          optional(ORGANISATION_CODE, STRING),
          optional(GOVERNMENT_LAYER, STRING),
          required(ASSESSED_AT, TIMESTAMP),
          required(EFFECTIVE_FROM, TIMESTAMP),
          required(VERDICT, STRING),
          optional(EXPECTED_CASES_PER_MONTH, DOUBLE),
          optional(EXPECTED_TIMELY_DECISION_RATE, DOUBLE),
          optional(EXPECTED_COST_PER_CASE, DOUBLE),
          optional(EXPECTED_OUTCOME_ACHIEVEMENT_RATE, DOUBLE)));

  private final String location;
  private final String primaryKey;

  @SuppressWarnings("ImmutableEnumChecker") // built once, never changed
  private final List<DatasetColumn> columns;

  InputDataset(String location, String primaryKey, List<DatasetColumn> columns) {
    this.location = location;
    this.primaryKey = primaryKey;
    this.columns = columns;
  }

  /** The dataset's name as used in reports and the quarantine table, e.g. {@code services}. */
  public String datasetName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Path below the input location, without extension: a file with an extension or a folder. */
  public String location() {
    return location;
  }

  /** The primary-key column, or null when the dataset has none. */
  public String primaryKey() {
    return primaryKey;
  }

  public List<DatasetColumn> columns() {
    return columns;
  }

  public List<String> columnNames() {
    return columns.stream().map(DatasetColumn::name).toList();
  }

  /** The three fact datasets every input location must hold. */
  public static List<InputDataset> facts() {
    return List.of(SERVICES, COMPLAINTS, OUTCOMES);
  }

  /** The fact datasets an input location may lack: a missing one means no rows. */
  public static List<InputDataset> optionalFacts() {
    return List.of(FEASIBILITY_SIGNALS, FEASIBILITY_ASSESSMENTS);
  }

  /** Whether an input location may lack this dataset. */
  public boolean isOptional() {
    return optionalFacts().contains(this);
  }

  public static List<InputDataset> references() {
    return List.of(ORGANISATIONS, REGULATIONS, MUNICIPALITIES, OUTCOME_TYPES);
  }
}
