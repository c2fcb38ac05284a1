package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.settings.RegionCodes;
import org.apache.spark.sql.Column;

/**
 * The dataset-specific rules of DATASETS.md, keyed by the column they belong to, so that they are
 * checked in the contract's order. Fact rules read helper columns that {@link
 * InputValidation#facts} joins in first.
 */
public final class RuleBook {
  /** Helper column: the row's key occurs more than once. */
  public static final String DUPLICATE = "_duplicate";

  /** Helper column: the referenced case exists among the valid cases. */
  public static final String CASE_VALID = "_case_valid";

  /** Helper column: the referenced case exists but is quarantined. */
  public static final String CASE_QUARANTINED = "_case_quarantined";

  /** Helper column: the organisation of the referenced valid case. */
  public static final String CASE_ORGANISATION = "_case_organisation";

  /** Helper column: the local decided date of the referenced valid case (null when open). */
  public static final String CASE_DECIDED_DATE = "_case_decided_date";

  static final List<String> DECISIONS = List.of("granted", "rejected", "withdrawn");
  static final List<String> CHANNELS = List.of("online", "phone", "counter", "mail", "other");
  static final List<String> CATEGORIES =
      List.of("timeliness", "treatment", "decision", "information", "accessibility", "other");
  static final List<String> VERDICTS =
      List.of("feasible", "feasible_with_conditions", "not_feasible");

  private RuleBook() {}

  public static Map<String, List<Rule>> organisations() {
    return Map.of(
        "organisation_code", List.of(duplicateKey("organisation_code")),
        "government_layer", List.of(oneOf("government_layer", CodeLists.GOVERNMENT_LAYERS)));
  }

  public static Map<String, List<Rule>> regulations() {
    return Map.of(
        "regulation_code", List.of(duplicateKey("regulation_code")),
        "legal_term_days", List.of(positive("legal_term_days")),
        "outcome_window_days", List.of(positive("outcome_window_days")));
  }

  /** Municipality rules; CBS region codes are checked only when the settings ask for them. */
  public static Map<String, List<Rule>> municipalities(RegionCodes regionCodes) {
    if (regionCodes == RegionCodes.OWN) {
      return Map.of(
          "municipality_code", List.of(duplicateKey("municipality_code")),
          "population", List.of(notNegative("population")));
    }
    return Map.of(
        "municipality_code",
            List.of(
                duplicateKey("municipality_code"),
                pattern("municipality_code", "^GM\\d{4}$", "GM + 4 digits")),
        "province_code", List.of(pattern("province_code", "^PV\\d{2}$", "PV + 2 digits")),
        "population", List.of(notNegative("population")),
        "urbanisation", List.of(between("urbanisation", 1, 5)));
  }

  public static Map<String, List<Rule>> outcomeTypes() {
    return Map.of(
        "outcome_type", List.of(duplicateKey("outcome_type")),
        "societal_value_eur", List.of(notNegative("societal_value_eur")));
  }

  public static Map<String, List<Rule>> services(LocalDate asOf, ReferenceCodes refs) {
    Column requested = col(Parsed.date("requested_at"));
    Column decided = col(Parsed.date("decided_at"));
    return Map.of(
        "case_id", List.of(duplicateKey("case_id")),
        "organisation_code",
            List.of(exists("organisation_code", refs.organisations(), "organisations")),
        "regulation_code", List.of(exists("regulation_code", refs.regulations(), "regulations")),
        "municipality_code",
            List.of(exists("municipality_code", refs.municipalities(), "municipalities")),
        "requested_at", List.of(notAfter("requested_at", asOf)),
        "decided_at",
            List.of(
                new Rule(
                    Reasons.DATE_ORDER,
                    decided.lt(requested),
                    concat(
                        lit("decided_at '"),
                        col("decided_at"),
                        lit("' falls on a date before requested_at '"),
                        col("requested_at"),
                        lit("'"))),
                notAfter("decided_at", asOf)),
        "decision",
            List.of(
                oneOf("decision", DECISIONS),
                new Rule(
                    Reasons.MISSING_REQUIRED,
                    col("decision").isNull().and(col("decided_at").isNotNull()),
                    lit("decision is missing although decided_at is given")),
                new Rule(
                    Reasons.BAD_VALUE,
                    col("decision").isNotNull().and(col("decided_at").isNull()),
                    concat(
                        lit("decision '"),
                        col("decision"),
                        lit("' is given for a case without decided_at")))),
        "channel", List.of(oneOf("channel", CHANNELS)),
        "cost_eur", List.of(notNegative("cost_eur")));
  }

  public static Map<String, List<Rule>> complaints(LocalDate asOf, ReferenceCodes refs) {
    Column withoutCase = col("case_id").isNull();
    return Map.of(
        "complaint_id", List.of(duplicateKey("complaint_id")),
        "case_id", caseReference(),
        "organisation_code",
            List.of(
                exists("organisation_code", refs.organisations(), "organisations"),
                new Rule(
                    Reasons.ORGANISATION_MISMATCH,
                    col(CASE_VALID).and(col("organisation_code").notEqual(col(CASE_ORGANISATION))),
                    concat(
                        lit("organisation_code '"),
                        col("organisation_code"),
                        lit("' differs from the case's organisation '"),
                        col(CASE_ORGANISATION),
                        lit("'")))),
        "regulation_code",
            List.of(
                onlyWhen(
                    withoutCase, exists("regulation_code", refs.regulations(), "regulations"))),
        "municipality_code",
            List.of(
                onlyWhen(
                    withoutCase,
                    exists("municipality_code", refs.municipalities(), "municipalities"))),
        "received_at", List.of(notAfter("received_at", asOf)),
        "category", List.of(oneOf("category", CATEGORIES)),
        "resolved_at",
            List.of(
                new Rule(
                    Reasons.DATE_ORDER,
                    col(Parsed.date("resolved_at")).lt(col(Parsed.date("received_at"))),
                    concat(
                        lit("resolved_at '"),
                        col("resolved_at"),
                        lit("' falls on a date before received_at '"),
                        col("received_at"),
                        lit("'"))),
                notAfter("resolved_at", asOf)));
  }

  public static Map<String, List<Rule>> outcomes(LocalDate asOf, ReferenceCodes refs) {
    List<Rule> caseRules = new java.util.ArrayList<>(caseReference());
    caseRules.add(
        new Rule(
            Reasons.CASE_NOT_DECIDED,
            col(CASE_VALID).and(col(CASE_DECIDED_DATE).isNull()),
            concat(lit("case '"), col("case_id"), lit("' has no decision yet"))));
    return Map.of(
        "case_id", caseRules,
        "outcome_type", List.of(exists("outcome_type", refs.outcomeTypes(), "outcome_types")),
        "measured_at",
            List.of(
                new Rule(
                    Reasons.DATE_ORDER,
                    col(Parsed.date("measured_at")).lt(col(CASE_DECIDED_DATE)),
                    concat(
                        lit("measured_at '"),
                        col("measured_at"),
                        lit("' falls on a date before the case's decision on "),
                        col(CASE_DECIDED_DATE).cast("string"))),
                notAfter("measured_at", asOf)));
  }

  /**
   * Rules of feasibility_signals (FEASIBILITY.md): a response comes with its date, after raising.
   */
  public static Map<String, List<Rule>> feasibilitySignals(LocalDate asOf, ReferenceCodes refs) {
    return Map.of(
        "signal_id", List.of(duplicateKey("signal_id")),
        "organisation_code",
            List.of(exists("organisation_code", refs.organisations(), "organisations")),
        "regulation_code", List.of(exists("regulation_code", refs.regulations(), "regulations")),
        "kind", List.of(oneOf("kind", CodeLists.FEASIBILITY_KINDS)),
        "raised_at", List.of(notAfter("raised_at", asOf)),
        "responded_at",
            List.of(dateNotBefore("responded_at", "raised_at"), notAfter("responded_at", asOf)),
        "response",
            List.of(
                oneOf("response", CodeLists.FEASIBILITY_RESPONSES),
                new Rule(
                    Reasons.MISSING_REQUIRED,
                    col("response").isNull().and(col("responded_at").isNotNull()),
                    lit("response is missing although responded_at is given")),
                new Rule(
                    Reasons.BAD_VALUE,
                    col("response").isNotNull().and(col("responded_at").isNull()),
                    concat(
                        lit("response '"),
                        col("response"),
                        lit("' is given for a signal without responded_at")))));
  }

  /**
   * Rules of feasibility_assessments (FEASIBILITY.md): assessed by exactly one of an organisation
   * and a government layer; the assessed rules take effect on or after the assessment.
   */
  public static Map<String, List<Rule>> feasibilityAssessments(
      LocalDate asOf, ReferenceCodes refs) {
    Column organisation = col("organisation_code");
    Column layer = col("government_layer");
    return Map.ofEntries(
        Map.entry("assessment_id", List.of(duplicateKey("assessment_id"))),
        Map.entry(
            "regulation_code",
            List.of(exists("regulation_code", refs.regulations(), "regulations"))),
        Map.entry(
            "organisation_code",
            List.of(exists("organisation_code", refs.organisations(), "organisations"))),
        Map.entry(
            "government_layer",
            List.of(
                oneOf("government_layer", CodeLists.GOVERNMENT_LAYERS),
                new Rule(
                    Reasons.BAD_VALUE,
                    organisation.isNotNull().and(layer.isNotNull()),
                    concat(
                        lit("both organisation_code '"),
                        organisation,
                        lit("' and government_layer '"),
                        layer,
                        lit("' are given; exactly one of them names the assessor"))),
                new Rule(
                    Reasons.BAD_VALUE,
                    organisation.isNull().and(layer.isNull()),
                    lit(
                        "neither organisation_code nor government_layer is given; exactly one of"
                            + " them names the assessor")))),
        Map.entry("assessed_at", List.of(notAfter("assessed_at", asOf))),
        Map.entry("effective_from", List.of(dateNotBefore("effective_from", "assessed_at"))),
        Map.entry("verdict", List.of(oneOf("verdict", VERDICTS))),
        Map.entry("expected_cases_per_month", List.of(notNegative("expected_cases_per_month"))),
        Map.entry("expected_timely_decision_rate", List.of(share("expected_timely_decision_rate"))),
        Map.entry("expected_cost_per_case", List.of(notNegative("expected_cost_per_case"))),
        Map.entry(
            "expected_outcome_achievement_rate",
            List.of(share("expected_outcome_achievement_rate"))));
  }

  private static Rule dateNotBefore(String later, String earlier) {
    return new Rule(
        Reasons.DATE_ORDER,
        col(Parsed.date(later)).lt(col(Parsed.date(earlier))),
        concat(
            lit(later + " '"),
            col(later),
            lit("' falls on a date before " + earlier + " '"),
            col(earlier),
            lit("'")));
  }

  private static Rule share(String column) {
    Column typed = col(Parsed.typed(column));
    return new Rule(
        Reasons.BAD_VALUE,
        typed.lt(0).or(typed.gt(1)),
        concat(lit(column + " '"), col(column), lit("' must lie between 0 and 1")));
  }

  /** A present case_id must name a case that was read; a quarantined one taints the row. */
  private static List<Rule> caseReference() {
    Column present = col("case_id").isNotNull();
    return List.of(
        new Rule(
            Reasons.UNKNOWN_REFERENCE,
            present.and(not(col(CASE_VALID))).and(not(col(CASE_QUARANTINED))),
            concat(lit("case_id '"), col("case_id"), lit("' is not in services"))),
        new Rule(
            Reasons.REFERENCES_QUARANTINED_CASE,
            present.and(col(CASE_QUARANTINED)),
            concat(lit("case_id '"), col("case_id"), lit("' refers to a quarantined case"))));
  }

  private static Rule onlyWhen(Column condition, Rule rule) {
    return new Rule(rule.reason(), condition.and(rule.breaks()), rule.detail());
  }

  private static Rule duplicateKey(String column) {
    return new Rule(
        Reasons.DUPLICATE_KEY,
        col(DUPLICATE),
        concat(lit(column + " '"), col(column), lit("' occurs more than once")));
  }

  private static Rule oneOf(String column, List<String> allowed) {
    return new Rule(
        Reasons.BAD_VALUE,
        col(column).isNotNull().and(not(col(column).isin(allowed.toArray()))),
        concat(
            lit(column + " '"), col(column), lit("' is not one of " + String.join(", ", allowed))));
  }

  private static Rule pattern(String column, String regex, String description) {
    return new Rule(
        Reasons.BAD_VALUE,
        col(column).isNotNull().and(not(col(column).rlike(regex))),
        concat(lit(column + " '"), col(column), lit("' is not of the form " + description)));
  }

  private static Rule positive(String column) {
    return new Rule(
        Reasons.BAD_VALUE,
        col(Parsed.typed(column)).leq(0),
        concat(lit(column + " '"), col(column), lit("' must be greater than 0")));
  }

  private static Rule between(String column, int low, int high) {
    return new Rule(
        Reasons.BAD_VALUE,
        col(Parsed.typed(column)).lt(low).or(col(Parsed.typed(column)).gt(high)),
        concat(lit(column + " '"), col(column), lit("' is not between " + low + " and " + high)));
  }

  private static Rule notNegative(String column) {
    return new Rule(
        Reasons.BAD_VALUE,
        col(Parsed.typed(column)).lt(0),
        concat(lit(column + " '"), col(column), lit("' must not be negative")));
  }

  private static Rule exists(String column, Set<String> codes, String reference) {
    return new Rule(
        Reasons.UNKNOWN_REFERENCE,
        col(column).isNotNull().and(not(col(column).isin(codes.toArray()))),
        concat(lit(column + " '"), col(column), lit("' is not in " + reference)));
  }

  private static Rule notAfter(String column, LocalDate asOf) {
    return new Rule(
        Reasons.FUTURE_DATE,
        col(Parsed.date(column)).gt(lit(java.sql.Date.valueOf(asOf))),
        concat(lit(column + " '"), col(column), lit("' is after the run's as_of date " + asOf)));
  }
}
