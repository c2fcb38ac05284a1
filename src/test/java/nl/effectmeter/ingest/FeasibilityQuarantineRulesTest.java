package nl.effectmeter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One row per rule of the two optional feasibility datasets (FEASIBILITY.md), each breaking exactly
 * the rule its test names (as of 2025-06-30); a missing optional dataset is no dataset at all.
 */
class FeasibilityQuarantineRulesTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

  @TempDir static Path input;
  @TempDir static Path without;
  private static Map<String, Row> signals;
  private static Map<String, Row> assessments;
  private static Map<String, DatasetCounts> counts;
  private static InputValidation.Facts withoutFacts;

  @BeforeAll
  static void validate() {
    new InputLocation(input)
        .service("S_OK,UWV,WW,GM0363,2025-01-06,2025-02-03,granted,online,k1,18-26,100")
        .feasibilitySignal(
            "F_OK,UWV,WW,noodsignaal,2025-03-03,Te veel aanvragen,2025-04-01,postponed")
        .feasibilitySignal("F_OPEN,UWV,WW,knelpunt,2025-03-03,Te veel aanvragen,,")
        .feasibilitySignal("F_KIND,UWV,WW,alarm,2025-03-03,Te veel aanvragen,,")
        .feasibilitySignal("F_NOSUM,UWV,WW,knelpunt,2025-03-03,,,")
        .feasibilitySignal("F_ORG,XYZ,WW,knelpunt,2025-03-03,Iets,,")
        .feasibilitySignal("F_FUTURE,UWV,WW,knelpunt,2025-07-01,Iets,,")
        .feasibilitySignal("F_ORDER,UWV,WW,knelpunt,2025-03-03,Iets,2025-03-02,adjusted")
        .feasibilitySignal("F_NORESP,UWV,WW,knelpunt,2025-03-03,Iets,2025-04-01,")
        .feasibilitySignal("F_NODATE,UWV,WW,knelpunt,2025-03-03,Iets,,rejected")
        .feasibilitySignal("F_RESP,UWV,WW,knelpunt,2025-03-03,Iets,2025-04-01,ignored")
        .feasibilitySignal("F_DUP,UWV,WW,knelpunt,2025-03-03,Iets,,")
        .feasibilitySignal("F_DUP,UWV,AOW,knelpunt,2025-03-04,Iets anders,,")
        .feasibilityAssessment("A_OK,WW,UWV,,2024-10-01,2025-01-01,feasible,100,0.8,250,0.5")
        .feasibilityAssessment("A_UDO,PW,,gemeente,2024-10-01,2025-01-01,feasible,,,,")
        .feasibilityAssessment("A_BOTH,PW,UWV,gemeente,2024-10-01,2025-01-01,feasible,,,,")
        .feasibilityAssessment("A_NONE,PW,,,2024-10-01,2025-01-01,feasible,,,,")
        .feasibilityAssessment("A_LAYER,PW,,rijksoverheid,2024-10-01,2025-01-01,feasible,,,,")
        .feasibilityAssessment("A_EARLY,WW,UWV,,2024-10-01,2024-09-30,feasible,,,,")
        .feasibilityAssessment("A_FUTURE,WW,UWV,,2025-07-01,2025-08-01,feasible,,,,")
        .feasibilityAssessment("A_VERDICT,WW,UWV,,2024-10-01,2025-01-01,doable,,,,")
        .feasibilityAssessment("A_SHARE,WW,UWV,,2024-10-01,2025-01-01,feasible,,1.2,,")
        .feasibilityAssessment("A_COST,WW,UWV,,2024-10-01,2025-01-01,feasible,,,-1,")
        .feasibilityAssessment("A_TYPE,WW,UWV,,2024-10-01,2025-01-01,feasible,many,,,")
        .write();
    InputValidation validation =
        new InputValidation(TestSpark.session(), input.toString(), AS_OF, new ArrayList<>());
    InputValidation.Facts facts =
        validation.facts(ReferenceCodes.of(validation.references().data()));
    signals = byKey(facts.optional(InputDataset.FEASIBILITY_SIGNALS).orElseThrow());
    assessments = byKey(facts.optional(InputDataset.FEASIBILITY_ASSESSMENTS).orElseThrow());
    counts = new HashMap<>();
    facts.all().forEach(j -> counts.put(j.dataset().datasetName(), InputValidation.count(j)));

    new InputLocation(without)
        .service("S_OK,UWV,WW,GM0363,2025-01-06,2025-02-03,granted,online,k1,18-26,100")
        .write();
    InputValidation plain =
        new InputValidation(TestSpark.session(), without.toString(), AS_OF, new ArrayList<>());
    withoutFacts = plain.facts(ReferenceCodes.of(plain.references().data()));
  }

  @Test
  void everyRowReadIsValidOrQuarantinedOnce() {
    assertThat(counts.get("feasibility_signals").read()).isEqualTo(12);
    assertThat(counts.get("feasibility_signals").valid()).isEqualTo(2);
    assertThat(counts.get("feasibility_assessments").read()).isEqualTo(11);
    assertThat(counts.get("feasibility_assessments").valid()).isEqualTo(2);
  }

  @Test
  void anInputLocationWithoutTheOptionalDatasetsHasNoneOfThem() {
    assertThat(withoutFacts.optional()).isEmpty();
    assertThat(withoutFacts.all()).hasSize(3);
  }

  @Test
  void aKindOutsideItsListIsABadValue() {
    assertQuarantined(signals, "F_KIND", "bad_value", "kind 'alarm' is not one of noodsignaal");
  }

  @Test
  void aSignalWithoutSummaryLacksARequiredValue() {
    assertQuarantined(signals, "F_NOSUM", "missing_required", "summary is missing");
  }

  @Test
  void anUnknownOrganisationIsAnUnknownReference() {
    assertQuarantined(signals, "F_ORG", "unknown_reference", "organisation_code 'XYZ'");
  }

  @Test
  void aSignalRaisedAfterAsOfIsAFutureDate() {
    assertQuarantined(signals, "F_FUTURE", "future_date", "raised_at '2025-07-01'");
  }

  @Test
  void aResponseBeforeTheSignalIsADateOrderError() {
    assertQuarantined(
        signals, "F_ORDER", "date_order", "responded_at '2025-03-02' falls on a date before");
  }

  @Test
  void aResponseDateWithoutResponseLacksTheResponse() {
    assertQuarantined(signals, "F_NORESP", "missing_required", "response is missing");
  }

  @Test
  void aResponseWithoutItsDateIsABadValue() {
    assertQuarantined(
        signals, "F_NODATE", "bad_value", "response 'rejected' is given for a signal without");
  }

  @Test
  void aResponseOutsideItsListIsABadValue() {
    assertQuarantined(signals, "F_RESP", "bad_value", "response 'ignored' is not one of");
  }

  @Test
  void everyCopyOfADuplicatedSignalIdIsQuarantined() {
    assertThat(quarantined(signals, "F_DUP")).hasSize(2);
    assertThat((String) quarantined(signals, "F_DUP").get(0).getAs("reason"))
        .isEqualTo("duplicate_key");
  }

  @Test
  void anAssessmentByBothAnOrganisationAndALayerIsABadValue() {
    assertQuarantined(
        assessments, "A_BOTH", "bad_value", "both organisation_code 'UWV' and government_layer");
  }

  @Test
  void anAssessmentByNeitherIsABadValue() {
    assertQuarantined(
        assessments, "A_NONE", "bad_value", "neither organisation_code nor government_layer");
  }

  @Test
  void aLayerOutsideTheFiveIsABadValue() {
    assertQuarantined(
        assessments, "A_LAYER", "bad_value", "government_layer 'rijksoverheid' is not one of");
  }

  @Test
  void rulesTakingEffectBeforeTheAssessmentAreADateOrderError() {
    assertQuarantined(
        assessments,
        "A_EARLY",
        "date_order",
        "effective_from '2024-09-30' falls on a date before assessed_at");
  }

  @Test
  void anAssessmentAfterAsOfIsAFutureDateButAFutureEffectiveDateIsNot() {
    assertQuarantined(assessments, "A_FUTURE", "future_date", "assessed_at '2025-07-01'");
  }

  @Test
  void aVerdictOutsideItsListIsABadValue() {
    assertQuarantined(assessments, "A_VERDICT", "bad_value", "verdict 'doable' is not one of");
  }

  @Test
  void anExpectedRateAboveOneIsABadValue() {
    assertQuarantined(
        assessments,
        "A_SHARE",
        "bad_value",
        "expected_timely_decision_rate '1.2' must lie between 0 and 1");
  }

  @Test
  void aNegativeExpectedCostIsABadValue() {
    assertQuarantined(
        assessments, "A_COST", "bad_value", "expected_cost_per_case '-1' must not be negative");
  }

  @Test
  void anExpectationThatIsNotANumberIsABadType() {
    assertQuarantined(
        assessments, "A_TYPE", "bad_type", "expected_cases_per_month: cannot parse 'many'");
  }

  private static void assertQuarantined(
      Map<String, Row> rows, String key, String reason, String detail) {
    List<Row> found = quarantined(rows, key);
    assertThat(found).as("quarantined rows with key %s", key).hasSize(1);
    Row row = found.get(0);
    assertThat((String) row.getAs("reason")).as("reason of %s", key).isEqualTo(reason);
    assertThat((String) row.getAs("detail")).as("detail of %s", key).contains(detail);
  }

  private static List<Row> quarantined(Map<String, Row> rows, String key) {
    return rows.entrySet().stream()
        .filter(e -> e.getKey().equals(key) || e.getKey().startsWith(key + "#"))
        .map(Map.Entry::getValue)
        .toList();
  }

  private static Map<String, Row> byKey(Judged judged) {
    Map<String, Row> map = new HashMap<>();
    for (Row row : judged.quarantine().collectAsList()) {
      String key = row.getString(0);
      String unique = key;
      for (int copy = 2; map.containsKey(unique); copy++) {
        unique = key + "#" + copy;
      }
      map.put(unique, row);
    }
    return map;
  }
}
