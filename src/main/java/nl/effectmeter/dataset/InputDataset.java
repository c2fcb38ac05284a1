package nl.effectmeter.dataset;

import static nl.effectmeter.dataset.ColumnType.BOOLEAN;
import static nl.effectmeter.dataset.ColumnType.DOUBLE;
import static nl.effectmeter.dataset.ColumnType.INT;
import static nl.effectmeter.dataset.ColumnType.LONG;
import static nl.effectmeter.dataset.ColumnType.STRING;
import static nl.effectmeter.dataset.ColumnType.TIMESTAMP;
import static nl.effectmeter.dataset.DatasetColumn.optional;
import static nl.effectmeter.dataset.DatasetColumn.required;

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
      "organisation_code",
      List.of(
          required("organisation_code", STRING),
          required("name", STRING),
          required("government_layer", STRING))),
  REGULATIONS(
      "reference/regulations",
      "regulation_code",
      List.of(
          required("regulation_code", STRING),
          required("name", STRING),
          required("legal_term_days", INT),
          required("outcome_window_days", INT))),
  MUNICIPALITIES(
      "reference/municipalities",
      "municipality_code",
      List.of(
          required("municipality_code", STRING),
          required("name", STRING),
          required("province_code", STRING),
          required("population", LONG),
          optional("urbanisation", INT))),
  OUTCOME_TYPES(
      "reference/outcome_types",
      "outcome_type",
      List.of(
          required("outcome_type", STRING),
          required("name", STRING),
          required("intended", BOOLEAN),
          required("societal_value_eur", DOUBLE))),
  SERVICES(
      "services",
      "case_id",
      List.of(
          required("case_id", STRING),
          required("organisation_code", STRING),
          required("regulation_code", STRING),
          required("municipality_code", STRING),
          required("requested_at", TIMESTAMP),
          optional("decided_at", TIMESTAMP),
          optional("decision", STRING),
          optional("channel", STRING),
          optional("client_key", STRING),
          optional("client_segment", STRING),
          optional("cost_eur", DOUBLE))),
  COMPLAINTS(
      "complaints",
      "complaint_id",
      List.of(
          required("complaint_id", STRING),
          optional("case_id", STRING),
          required("organisation_code", STRING),
          optional("regulation_code", STRING),
          optional("municipality_code", STRING),
          required("received_at", TIMESTAMP),
          required("category", STRING),
          optional("resolved_at", TIMESTAMP),
          optional("upheld", BOOLEAN),
          optional("escalated_to_ombudsman", BOOLEAN))),
  /** Outcomes have no single-column key; their row identity is case, type and time. */
  OUTCOMES(
      "outcomes",
      null,
      List.of(
          required("case_id", STRING),
          required("outcome_type", STRING),
          required("measured_at", TIMESTAMP),
          required("achieved", BOOLEAN))),
  /** Noodsignalen and knelpunten raised by executing organisations (optional). */
  FEASIBILITY_SIGNALS(
      "feasibility_signals",
      "signal_id",
      List.of(
          required("signal_id", STRING),
          required("organisation_code", STRING),
          required("regulation_code", STRING),
          required("kind", STRING),
          required("raised_at", TIMESTAMP),
          required("summary", STRING),
          optional("responded_at", TIMESTAMP),
          optional("response", STRING))),
  /** Uitvoeringstoetsen (UDO for the decentral layers) of regulations (optional). */
  FEASIBILITY_ASSESSMENTS(
      "feasibility_assessments",
      "assessment_id",
      List.of(
          required("assessment_id", STRING),
          required("regulation_code", STRING),
          optional("organisation_code", STRING),
          optional("government_layer", STRING),
          required("assessed_at", TIMESTAMP),
          required("effective_from", TIMESTAMP),
          required("verdict", STRING),
          optional("expected_cases_per_month", DOUBLE),
          optional("expected_timely_decision_rate", DOUBLE),
          optional("expected_cost_per_case", DOUBLE),
          optional("expected_outcome_achievement_rate", DOUBLE)));

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
