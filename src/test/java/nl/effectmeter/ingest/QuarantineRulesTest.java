package nl.effectmeter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One row per validation rule of DATASETS.md, each breaking exactly the rule its test names (as of
 * 2025-06-30), validated once; every test pins that row's reason and the detail naming the value.
 */
class QuarantineRulesTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

  @TempDir static Path input;
  private static Map<String, Row> services;
  private static Map<String, Row> complaints;
  private static Map<String, Row> outcomes;
  private static List<DatasetCounts> counts;

  @BeforeAll
  static void validate() {
    new InputLocation(input)
        .service("S_OK,UWV,WW,GM0363,2025-01-06,2025-02-03,granted,online,k1,18-26,100")
        .service("S_OPEN,UWV,WW,GM0363,2025-01-06,,,online,k2,18-26,100")
        .service("S_MANY,UWV,WW,GM0363,2025-01-06,,,online,k3,18-26,100,surplus")
        .service("S_FEW,UWV,WW,GM0363,2025-01-06")
        .service("S_NOMUNI,UWV,WW,,2025-01-06,,,online,,,")
        .service("S_BADCOST,UWV,WW,GM0363,2025-01-06,,,online,,,12,50")
        .service("S_BADCOST2,UWV,WW,GM0363,2025-01-06,,,online,,,abc")
        .service("S_BADTS,UWV,WW,GM0363,06-01-2025,,,online,,,")
        .service("S_BADDEC,UWV,WW,GM0363,2025-01-06,2025-02-03,approved,online,,,")
        .service("S_NODEC,UWV,WW,GM0363,2025-01-06,2025-02-03,,online,,,")
        .service("S_NEG,UWV,WW,GM0363,2025-01-06,2025-02-03,granted,online,,,-5")
        .service("S_FAX,UWV,WW,GM0363,2025-01-06,,,fax,,,")
        .service("S_UNKREG,UWV,ZZ,GM0363,2025-01-06,,,online,,,")
        .service("S_DUP,UWV,WW,GM0363,2025-01-06,,,online,,,")
        .service("S_DUP,UWV,WW,GM0344,2025-01-07,,,phone,,,")
        .service("S_ORDER,UWV,WW,GM0363,2025-02-03,2025-02-02T23:59:00,granted,online,,,")
        .service("S_FUTURE,UWV,WW,GM0363,2025-07-01,,,online,,,")
        .service("S_FIRST,UWV,WW,GM0363,2025-01-06,,,fax,,,abc")
        .service("S_FIRST2,UWV,WW,GM9999,2025-07-01,,,online,,,")
        .complaint("K_OK,S_OK,UWV,,,2025-02-10,timeliness,2025-02-20,true,false")
        .complaint("K_CASEREG,S_OK,UWV,ZZ,,2025-02-10,other,,,")
        .complaint("K_BOOL,S_OK,UWV,,,2025-02-10,timeliness,,yes,")
        .complaint("K_CAT,S_OK,UWV,,,2025-02-10,rudeness,,,")
        .complaint("K_UNKCASE,NOPE,UWV,,,2025-02-10,other,,,")
        .complaint("K_NOREG,,UWV,ZZ,,2025-02-10,other,,,")
        .complaint("K_MISMATCH,S_OK,SVB,,,2025-02-10,other,,,")
        .complaint("K_QCASE,S_NEG,UWV,,,2025-02-10,other,,,")
        .complaint("K_ORDER,S_OK,UWV,,,2025-02-10,other,2025-02-09,,")
        .complaint("K_FUTURE,S_OK,UWV,,,2025-07-01,other,,,")
        .outcome("S_OK,employed,2025-03-01,true")
        .outcome("S_OPEN,employed,2025-03-01,true")
        .outcome("S_NEG,employed,2025-03-01,true")
        .outcome("NOPE,employed,2025-03-01,true")
        .outcome("S_OK,promoted,2025-03-01,true")
        .outcome("S_OK,debt_reduced,2025-02-02,true")
        .outcome("S_OK,employed,2025-07-01,false")
        .outcome("S_OK,employed,2025-03-02,")
        .write();
    InputValidation validation =
        new InputValidation(TestSpark.session(), input.toString(), AS_OF, new ArrayList<>());
    InputValidation.References references = validation.references();
    InputValidation.Facts facts = validation.facts(ReferenceCodes.of(references.data()));
    services = byKey(facts.services(), "case_id");
    complaints = byKey(facts.complaints(), "complaint_id");
    outcomes = byKey(facts.outcomes(), "case_id", "outcome_type", "measured_at");
    counts = facts.all().stream().map(InputValidation::count).toList();
  }

  @Test
  void aRecordWithTooManyFieldsIsMalformed() {
    assertQuarantined(services, "S_MANY", "malformed_record", "surplus");
  }

  @Test
  void aRecordWithTooFewFieldsIsMalformed() {
    assertQuarantined(services, "S_FEW", "malformed_record", "S_FEW,UWV,WW,GM0363,2025-01-06");
  }

  @Test
  void anUnquotedCommaInsideANumberMakesTheRecordMalformed() {
    assertQuarantined(services, "S_BADCOST", "malformed_record", "12,50");
  }

  @Test
  void aMissingRequiredValueNamesTheColumn() {
    assertQuarantined(services, "S_NOMUNI", "missing_required", "municipality_code is missing");
  }

  @Test
  void aNumberThatDoesNotParseIsABadType() {
    assertQuarantined(
        services, "S_BADCOST2", "bad_type", "cost_eur: cannot parse 'abc' as a number");
  }

  @Test
  void aTimestampThatIsNotIsoIsABadType() {
    assertQuarantined(services, "S_BADTS", "bad_type", "requested_at: cannot parse '06-01-2025'");
  }

  @Test
  void aBooleanThatIsNotTrueOrFalseIsABadType() {
    assertQuarantined(complaints, "K_BOOL", "bad_type", "upheld: cannot parse 'yes'");
  }

  @Test
  void aDecisionOutsideItsListIsABadValue() {
    assertQuarantined(services, "S_BADDEC", "bad_value", "decision 'approved' is not one of");
  }

  @Test
  void aDecidedCaseWithoutDecisionMissesARequiredValue() {
    assertQuarantined(services, "S_NODEC", "missing_required", "decision is missing");
  }

  @Test
  void aNegativeCostIsABadValue() {
    assertQuarantined(services, "S_NEG", "bad_value", "cost_eur '-5' must not be negative");
  }

  @Test
  void aChannelOutsideItsListIsABadValue() {
    assertQuarantined(services, "S_FAX", "bad_value", "channel 'fax' is not one of");
  }

  @Test
  void aComplaintCategoryOutsideItsListIsABadValue() {
    assertQuarantined(complaints, "K_CAT", "bad_value", "category 'rudeness' is not one of");
  }

  @Test
  void anUnknownRegulationIsAnUnknownReference() {
    assertQuarantined(services, "S_UNKREG", "unknown_reference", "regulation_code 'ZZ'");
  }

  @Test
  void aComplaintAboutAnUnknownCaseIsAnUnknownReference() {
    assertQuarantined(complaints, "K_UNKCASE", "unknown_reference", "case_id 'NOPE'");
  }

  @Test
  void aComplaintWithoutCaseHasItsOwnRegulationChecked() {
    assertQuarantined(complaints, "K_NOREG", "unknown_reference", "regulation_code 'ZZ'");
  }

  @Test
  void aComplaintWithACaseHasItsOwnRegulationIgnored() {
    assertThat(complaints).doesNotContainKey("K_CASEREG");
  }

  @Test
  void anOutcomeOfAnUnknownCaseOrTypeIsAnUnknownReference() {
    assertQuarantined(outcomes, "NOPE|employed|2025-03-01", "unknown_reference", "case_id 'NOPE'");
    assertQuarantined(
        outcomes, "S_OK|promoted|2025-03-01", "unknown_reference", "outcome_type 'promoted'");
  }

  @Test
  void everyCopyOfADuplicatedKeyIsQuarantined() {
    List<Row> copies = quarantined(services, "S_DUP");
    assertThat(copies).hasSize(2);
    assertThat(copies)
        .allSatisfy(
            row -> {
              assertThat((String) row.getAs("reason")).isEqualTo("duplicate_key");
              assertThat((String) row.getAs("detail")).contains("case_id 'S_DUP'");
            });
  }

  @Test
  void aDecisionOnTheDayBeforeTheRequestBreaksTheDateOrder() {
    assertQuarantined(services, "S_ORDER", "date_order", "decided_at '2025-02-02T23:59:00'");
  }

  @Test
  void aResolutionBeforeTheComplaintBreaksTheDateOrder() {
    assertQuarantined(complaints, "K_ORDER", "date_order", "resolved_at '2025-02-09'");
  }

  @Test
  void aMeasurementBeforeTheDecisionBreaksTheDateOrder() {
    assertQuarantined(
        outcomes, "S_OK|debt_reduced|2025-02-02", "date_order", "measured_at '2025-02-02'");
  }

  @Test
  void aRequestAfterAsOfIsAFutureDate() {
    assertQuarantined(services, "S_FUTURE", "future_date", "requested_at '2025-07-01'");
  }

  @Test
  void aComplaintOrMeasurementAfterAsOfIsAFutureDate() {
    assertQuarantined(complaints, "K_FUTURE", "future_date", "received_at '2025-07-01'");
    assertQuarantined(
        outcomes, "S_OK|employed|2025-07-01", "future_date", "measured_at '2025-07-01'");
  }

  @Test
  void aComplaintOfAnotherOrganisationThanItsCaseIsAMismatch() {
    assertQuarantined(
        complaints, "K_MISMATCH", "organisation_mismatch", "organisation_code 'SVB' differs");
  }

  @Test
  void anOutcomeOfAnOpenCaseIsCaseNotDecided() {
    assertQuarantined(outcomes, "S_OPEN|employed|2025-03-01", "case_not_decided", "case 'S_OPEN'");
  }

  @Test
  void aComplaintOfAQuarantinedCaseIsQuarantinedToo() {
    assertQuarantined(complaints, "K_QCASE", "references_quarantined_case", "case_id 'S_NEG'");
  }

  @Test
  void anOutcomeOfAQuarantinedCaseIsQuarantinedToo() {
    assertQuarantined(
        outcomes, "S_NEG|employed|2025-03-01", "references_quarantined_case", "case_id 'S_NEG'");
  }

  @Test
  void aMissingAchievedFlagMissesARequiredValue() {
    assertQuarantined(outcomes, "S_OK|employed|2025-03-02", "missing_required", "achieved");
  }

  @Test
  void theFirstBrokenRuleInColumnOrderWins() {
    // channel (8th column) breaks bad_value before cost_eur (11th) breaks bad_type
    assertQuarantined(services, "S_FIRST", "bad_value", "channel 'fax'");
    // municipality_code (4th) breaks unknown_reference before requested_at (5th) is a future date
    assertQuarantined(services, "S_FIRST2", "unknown_reference", "municipality_code 'GM9999'");
  }

  @Test
  void validRowsStayOutOfQuarantine() {
    assertThat(services).doesNotContainKeys("S_OK", "S_OPEN");
    assertThat(complaints).doesNotContainKey("K_OK");
    assertThat(outcomes).doesNotContainKey("S_OK|employed|2025-03-01");
  }

  @Test
  void everyRowReadIsValidOrQuarantined() {
    // services: 19 rows, 2 valid; complaints: 10 rows, 2 valid; outcomes: 8 rows, 1 valid
    assertThat(counts)
        .extracting(c -> c.dataset() + " " + c.read() + " = " + c.valid() + " + " + c.quarantined())
        .containsExactly("services 19 = 2 + 17", "complaints 10 = 2 + 8", "outcomes 8 = 1 + 7");
  }

  private static void assertQuarantined(
      Map<String, Row> rows, String key, String reason, String detail) {
    assertThat(rows).as("quarantined rows").containsKey(key);
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

  private static Map<String, Row> byKey(Judged judged, String... columns) {
    Map<String, Row> map = new HashMap<>();
    for (Row row : judged.quarantine().collectAsList()) {
      List<String> parts = new ArrayList<>();
      for (String column : columns) {
        parts.add(row.getAs(column));
      }
      String key = String.join("|", parts);
      String unique = key;
      for (int copy = 2; map.containsKey(unique); copy++) {
        unique = key + "#" + copy;
      }
      map.put(unique, row);
    }
    return map;
  }
}
