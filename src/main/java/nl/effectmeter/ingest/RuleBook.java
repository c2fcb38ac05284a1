package nl.effectmeter.ingest;

import static nl.effectmeter.dataset.InputColumns.*;
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

  private RuleBook() {}

  public static Map<String, List<Rule>> organisations() {
    return Map.of(
        ORGANISATION_CODE, List.of(duplicateKey(ORGANISATION_CODE)),
        GOVERNMENT_LAYER, List.of(oneOf(GOVERNMENT_LAYER, CodeLists.GOVERNMENT_LAYERS)));
  }

  public static Map<String, List<Rule>> regulations() {
    return Map.of(
        REGULATION_CODE, List.of(duplicateKey(REGULATION_CODE)),
        LEGAL_TERM_DAYS, List.of(positive(LEGAL_TERM_DAYS)),
        OUTCOME_WINDOW_DAYS, List.of(positive(OUTCOME_WINDOW_DAYS)));
  }

  /** Municipality rules; CBS region codes are checked only when the settings ask for them. */
  public static Map<String, List<Rule>> municipalities(RegionCodes regionCodes) {
    if (regionCodes == RegionCodes.OWN) {
      return Map.of(
          MUNICIPALITY_CODE, List.of(duplicateKey(MUNICIPALITY_CODE)),
          POPULATION, List.of(notNegative(POPULATION)));
    }
    return Map.of(
        MUNICIPALITY_CODE,
            List.of(
                duplicateKey(MUNICIPALITY_CODE),
                pattern(MUNICIPALITY_CODE, "^GM\\d{4}$", "GM + 4 digits")),
        PROVINCE_CODE, List.of(pattern(PROVINCE_CODE, "^PV\\d{2}$", "PV + 2 digits")),
        POPULATION, List.of(notNegative(POPULATION)),
        URBANISATION, List.of(between(URBANISATION, 1, 5)));
  }

  public static Map<String, List<Rule>> outcomeTypes() {
    return Map.of(
        OUTCOME_TYPE, List.of(duplicateKey(OUTCOME_TYPE)),
        SOCIETAL_VALUE_EUR, List.of(notNegative(SOCIETAL_VALUE_EUR)));
  }

  public static Map<String, List<Rule>> services(LocalDate asOf, ReferenceCodes refs) {
    Column requested = col(Parsed.date(REQUESTED_AT));
    Column decided = col(Parsed.date(DECIDED_AT));
    return Map.of(
        CASE_ID, List.of(duplicateKey(CASE_ID)),
        ORGANISATION_CODE,
            List.of(exists(ORGANISATION_CODE, refs.organisations(), "organisations")),
        REGULATION_CODE, List.of(exists(REGULATION_CODE, refs.regulations(), "regulations")),
        MUNICIPALITY_CODE,
            List.of(exists(MUNICIPALITY_CODE, refs.municipalities(), "municipalities")),
        REQUESTED_AT, List.of(notAfter(REQUESTED_AT, asOf)),
        DECIDED_AT,
            List.of(
                new Rule(
                    Reasons.DATE_ORDER,
                    decided.lt(requested),
                    concat(
                        lit("decided_at '"),
                        col(DECIDED_AT),
                        lit("' falls on a date before requested_at '"),
                        col(REQUESTED_AT),
                        lit("'"))),
                notAfter(DECIDED_AT, asOf)),
        DECISION,
            List.of(
                oneOf(DECISION, CodeLists.DECISIONS),
                new Rule(
                    Reasons.MISSING_REQUIRED,
                    col(DECISION).isNull().and(col(DECIDED_AT).isNotNull()),
                    lit("decision is missing although decided_at is given")),
                new Rule(
                    Reasons.BAD_VALUE,
                    col(DECISION).isNotNull().and(col(DECIDED_AT).isNull()),
                    concat(
                        lit("decision '"),
                        col(DECISION),
                        lit("' is given for a case without decided_at")))),
        CHANNEL, List.of(oneOf(CHANNEL, CodeLists.CHANNELS)),
        COST_EUR, List.of(notNegative(COST_EUR)));
  }

  public static Map<String, List<Rule>> complaints(LocalDate asOf, ReferenceCodes refs) {
    Column withoutCase = col(CASE_ID).isNull();
    return Map.of(
        COMPLAINT_ID, List.of(duplicateKey(COMPLAINT_ID)),
        CASE_ID, caseReference(),
        ORGANISATION_CODE,
            List.of(
                exists(ORGANISATION_CODE, refs.organisations(), "organisations"),
                new Rule(
                    Reasons.ORGANISATION_MISMATCH,
                    col(CASE_VALID).and(col(ORGANISATION_CODE).notEqual(col(CASE_ORGANISATION))),
                    concat(
                        lit("organisation_code '"),
                        col(ORGANISATION_CODE),
                        lit("' differs from the case's organisation '"),
                        col(CASE_ORGANISATION),
                        lit("'")))),
        REGULATION_CODE,
            List.of(
                onlyWhen(withoutCase, exists(REGULATION_CODE, refs.regulations(), "regulations"))),
        MUNICIPALITY_CODE,
            List.of(
                onlyWhen(
                    withoutCase,
                    exists(MUNICIPALITY_CODE, refs.municipalities(), "municipalities"))),
        RECEIVED_AT, List.of(notAfter(RECEIVED_AT, asOf)),
        CATEGORY, List.of(oneOf(CATEGORY, CodeLists.COMPLAINT_CATEGORIES)),
        RESOLVED_AT,
            List.of(
                new Rule(
                    Reasons.DATE_ORDER,
                    col(Parsed.date(RESOLVED_AT)).lt(col(Parsed.date(RECEIVED_AT))),
                    concat(
                        lit("resolved_at '"),
                        col(RESOLVED_AT),
                        lit("' falls on a date before received_at '"),
                        col(RECEIVED_AT),
                        lit("'"))),
                notAfter(RESOLVED_AT, asOf)));
  }

  public static Map<String, List<Rule>> outcomes(LocalDate asOf, ReferenceCodes refs) {
    List<Rule> caseRules = new java.util.ArrayList<>(caseReference());
    caseRules.add(
        new Rule(
            Reasons.CASE_NOT_DECIDED,
            col(CASE_VALID).and(col(CASE_DECIDED_DATE).isNull()),
            concat(lit("case '"), col(CASE_ID), lit("' has no decision yet"))));
    return Map.of(
        CASE_ID, caseRules,
        OUTCOME_TYPE, List.of(exists(OUTCOME_TYPE, refs.outcomeTypes(), "outcome_types")),
        MEASURED_AT,
            List.of(
                new Rule(
                    Reasons.DATE_ORDER,
                    col(Parsed.date(MEASURED_AT)).lt(col(CASE_DECIDED_DATE)),
                    concat(
                        lit("measured_at '"),
                        col(MEASURED_AT),
                        lit("' falls on a date before the case's decision on "),
                        col(CASE_DECIDED_DATE).cast("string"))),
                notAfter(MEASURED_AT, asOf)));
  }

  /**
   * Rules of feasibility_signals (FEASIBILITY.md): a response comes with its date, after raising.
   */
  public static Map<String, List<Rule>> feasibilitySignals(LocalDate asOf, ReferenceCodes refs) {
    return Map.of(
        SIGNAL_ID, List.of(duplicateKey(SIGNAL_ID)),
        ORGANISATION_CODE,
            List.of(exists(ORGANISATION_CODE, refs.organisations(), "organisations")),
        REGULATION_CODE, List.of(exists(REGULATION_CODE, refs.regulations(), "regulations")),
        KIND, List.of(oneOf(KIND, CodeLists.FEASIBILITY_KINDS)),
        RAISED_AT, List.of(notAfter(RAISED_AT, asOf)),
        RESPONDED_AT, List.of(dateNotBefore(RESPONDED_AT, RAISED_AT), notAfter(RESPONDED_AT, asOf)),
        RESPONSE,
            List.of(
                oneOf(RESPONSE, CodeLists.FEASIBILITY_RESPONSES),
                new Rule(
                    Reasons.MISSING_REQUIRED,
                    col(RESPONSE).isNull().and(col(RESPONDED_AT).isNotNull()),
                    lit("response is missing although responded_at is given")),
                new Rule(
                    Reasons.BAD_VALUE,
                    col(RESPONSE).isNotNull().and(col(RESPONDED_AT).isNull()),
                    concat(
                        lit("response '"),
                        col(RESPONSE),
                        lit("' is given for a signal without responded_at")))));
  }

  /**
   * Rules of feasibility_assessments (FEASIBILITY.md): assessed by exactly one of an organisation
   * and a government layer; the assessed rules take effect on or after the assessment.
   */
  public static Map<String, List<Rule>> feasibilityAssessments(
      LocalDate asOf, ReferenceCodes refs) {
    Column organisation = col(ORGANISATION_CODE);
    Column layer = col(GOVERNMENT_LAYER);
    return Map.ofEntries(
        Map.entry(ASSESSMENT_ID, List.of(duplicateKey(ASSESSMENT_ID))),
        Map.entry(
            REGULATION_CODE, List.of(exists(REGULATION_CODE, refs.regulations(), "regulations"))),
        Map.entry(
            ORGANISATION_CODE,
            List.of(exists(ORGANISATION_CODE, refs.organisations(), "organisations"))),
        Map.entry(
            GOVERNMENT_LAYER,
            List.of(
                oneOf(GOVERNMENT_LAYER, CodeLists.GOVERNMENT_LAYERS),
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
        Map.entry(ASSESSED_AT, List.of(notAfter(ASSESSED_AT, asOf))),
        Map.entry(EFFECTIVE_FROM, List.of(dateNotBefore(EFFECTIVE_FROM, ASSESSED_AT))),
        Map.entry(VERDICT, List.of(oneOf(VERDICT, CodeLists.VERDICTS))),
        Map.entry(EXPECTED_CASES_PER_MONTH, List.of(notNegative(EXPECTED_CASES_PER_MONTH))),
        Map.entry(EXPECTED_TIMELY_DECISION_RATE, List.of(share(EXPECTED_TIMELY_DECISION_RATE))),
        Map.entry(EXPECTED_COST_PER_CASE, List.of(notNegative(EXPECTED_COST_PER_CASE))),
        Map.entry(
            EXPECTED_OUTCOME_ACHIEVEMENT_RATE, List.of(share(EXPECTED_OUTCOME_ACHIEVEMENT_RATE))));
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
    Column present = col(CASE_ID).isNotNull();
    return List.of(
        new Rule(
            Reasons.UNKNOWN_REFERENCE,
            present.and(not(col(CASE_VALID))).and(not(col(CASE_QUARANTINED))),
            concat(lit("case_id '"), col(CASE_ID), lit("' is not in services"))),
        new Rule(
            Reasons.REFERENCES_QUARANTINED_CASE,
            present.and(col(CASE_QUARANTINED)),
            concat(lit("case_id '"), col(CASE_ID), lit("' refers to a quarantined case"))));
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
