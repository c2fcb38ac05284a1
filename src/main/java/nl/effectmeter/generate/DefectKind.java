package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import nl.effectmeter.dataset.InputDataset;

/** A kind of defect the generator injects, with the quarantine reason it should cause. */
public enum DefectKind {
  SERVICES_TOO_MANY_FIELDS(InputDataset.SERVICES, "malformed_record"),
  SERVICES_TOO_FEW_FIELDS(InputDataset.SERVICES, "malformed_record"),
  SERVICES_DUPLICATE_KEY(InputDataset.SERVICES, "duplicate_key"),
  SERVICES_MISSING_REQUIRED(InputDataset.SERVICES, "missing_required"),
  SERVICES_BAD_TYPE(InputDataset.SERVICES, "bad_type"),
  SERVICES_BAD_VALUE(InputDataset.SERVICES, "bad_value"),
  SERVICES_NEGATIVE_COST(InputDataset.SERVICES, "bad_value"),
  SERVICES_UNKNOWN_REFERENCE(InputDataset.SERVICES, "unknown_reference"),
  SERVICES_DATE_ORDER(InputDataset.SERVICES, "date_order"),
  SERVICES_FUTURE_DATE(InputDataset.SERVICES, "future_date"),
  COMPLAINTS_TOO_MANY_FIELDS(InputDataset.COMPLAINTS, "malformed_record"),
  COMPLAINTS_TOO_FEW_FIELDS(InputDataset.COMPLAINTS, "malformed_record"),
  COMPLAINTS_DUPLICATE_KEY(InputDataset.COMPLAINTS, "duplicate_key"),
  COMPLAINTS_MISSING_REQUIRED(InputDataset.COMPLAINTS, "missing_required"),
  COMPLAINTS_BAD_TYPE(InputDataset.COMPLAINTS, "bad_type"),
  COMPLAINTS_BAD_VALUE(InputDataset.COMPLAINTS, "bad_value"),
  COMPLAINTS_UNKNOWN_REFERENCE(InputDataset.COMPLAINTS, "unknown_reference"),
  COMPLAINTS_DATE_ORDER(InputDataset.COMPLAINTS, "date_order"),
  COMPLAINTS_FUTURE_DATE(InputDataset.COMPLAINTS, "future_date"),
  COMPLAINTS_ORGANISATION_MISMATCH(InputDataset.COMPLAINTS, "organisation_mismatch"),
  COMPLAINTS_REFERENCES_QUARANTINED_CASE(InputDataset.COMPLAINTS, "references_quarantined_case"),
  OUTCOMES_TOO_MANY_FIELDS(InputDataset.OUTCOMES, "malformed_record"),
  OUTCOMES_TOO_FEW_FIELDS(InputDataset.OUTCOMES, "malformed_record"),
  OUTCOMES_MISSING_REQUIRED(InputDataset.OUTCOMES, "missing_required"),
  OUTCOMES_BAD_TYPE(InputDataset.OUTCOMES, "bad_type"),
  OUTCOMES_UNKNOWN_REFERENCE(InputDataset.OUTCOMES, "unknown_reference"),
  OUTCOMES_DATE_ORDER(InputDataset.OUTCOMES, "date_order"),
  OUTCOMES_FUTURE_DATE(InputDataset.OUTCOMES, "future_date"),
  OUTCOMES_CASE_NOT_DECIDED(InputDataset.OUTCOMES, "case_not_decided"),
  OUTCOMES_REFERENCES_QUARANTINED_CASE(InputDataset.OUTCOMES, "references_quarantined_case");

  private final InputDataset dataset;
  private final String reason;

  DefectKind(InputDataset dataset, String reason) {
    this.dataset = requireNonNull(dataset, "dataset is null");
    this.reason = requireNonNull(reason, "reason is null");
  }

  public InputDataset dataset() {
    return dataset;
  }

  /** The quarantine reason code a validator should give the defective row. */
  public String reason() {
    return reason;
  }

  /** True for the cascades, which follow from services defects instead of being planned. */
  public boolean isCascade() {
    return reason.equals("references_quarantined_case");
  }
}
