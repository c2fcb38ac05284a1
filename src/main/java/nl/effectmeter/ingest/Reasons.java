package nl.effectmeter.ingest;

import java.util.List;

/** The machine-readable quarantine reason codes of DATASETS.md. */
public final class Reasons {
  public static final String MALFORMED_RECORD = "malformed_record";
  public static final String MISSING_REQUIRED = "missing_required";
  public static final String BAD_TYPE = "bad_type";
  public static final String BAD_VALUE = "bad_value";
  public static final String UNKNOWN_REFERENCE = "unknown_reference";
  public static final String DUPLICATE_KEY = "duplicate_key";
  public static final String DATE_ORDER = "date_order";
  public static final String FUTURE_DATE = "future_date";
  public static final String ORGANISATION_MISMATCH = "organisation_mismatch";
  public static final String CASE_NOT_DECIDED = "case_not_decided";
  public static final String REFERENCES_QUARANTINED_CASE = "references_quarantined_case";

  public static final List<String> ALL =
      List.of(
          MALFORMED_RECORD,
          MISSING_REQUIRED,
          BAD_TYPE,
          BAD_VALUE,
          UNKNOWN_REFERENCE,
          DUPLICATE_KEY,
          DATE_ORDER,
          FUTURE_DATE,
          ORGANISATION_MISMATCH,
          CASE_NOT_DECIDED,
          REFERENCES_QUARANTINED_CASE);

  private Reasons() {}
}
