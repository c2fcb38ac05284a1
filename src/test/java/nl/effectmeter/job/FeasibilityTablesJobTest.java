package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.effectmeter.store.FeasibilityRun;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.testing.FeasibilityInput;
import nl.effectmeter.testing.PublishedRun;
import nl.effectmeter.testing.SharedRuns;
import nl.effectmeter.warehouse.AssessmentOutcomeRow;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job publishes the four feasibility tables with the run, from its published values only, on
 * the tiny {@link FeasibilityInput} (its March values are hidden; a noodsignaal is raised then).
 */
class FeasibilityTablesJobTest {
  private static PublishedRun published;
  private static Run run;

  @BeforeAll
  static void publish() {
    published = SharedRuns.feasibility(); // read only, as FeasibilityRoutesTest
    run =
        new RunLoader(new WarehouseLayout(published.warehouse().toString()))
            .load(published.runId());
  }

  private static Map<String, Object> evidence(String id) {
    return run.feasibility().evidence().stream()
        .map(EvidenceRow::columns)
        .filter(r -> r.get("signal_id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Row published(String month, String indicator) {
    return published.indicator(
        "breakdown = 'organisation,regulation' and granularity = 'month' and period = '"
            + month
            + "' and indicator = '"
            + indicator
            + "'");
  }

  @Test
  void theFourTablesArePublishedAndCountedInTheManifest() {
    assertThat(run.manifest().tables())
        .containsEntry("feasibility_evidence", 2L)
        .containsEntry("assessment_outcomes", 4L)
        .containsKeys("unvoiced_distress", "peer_comparison");
    assertThat(run.manifest().datasets())
        .anySatisfy(d -> assertThat(d.dataset()).isEqualTo("feasibility_signals"))
        .anySatisfy(d -> assertThat(d.dataset()).isEqualTo("feasibility_assessments"));
  }

  @Test
  void aSuppressedMonthlyValueYieldsNullEvidenceNeverANumber() {
    Row march = published("2025-03", "timely_decision_rate");
    assertThat(march.<String>getAs("status")).isEqualTo("confidential");
    Map<String, Object> evidence = evidence("NS-1");
    assertThat(evidence.get("timely_decision_rate")).isNull();
    assertThat(evidence.get("timely_decision_rate_status")).isEqualTo("confidential");
  }

  @Test
  void everyEvidenceValueIsThePublishedValueOfItsMonthOrNull() {
    for (Map<String, Object> evidence :
        run.feasibility().evidence().stream().map(EvidenceRow::columns).toList()) {
      String month = ((String) evidence.get("raised_at")).substring(0, 7);
      for (String indicator : List.of("timely_decision_rate", "open_cases")) {
        Row row = published(month, indicator);
        Object expected = "ok".equals(row.getAs("status")) ? row.getAs("value") : null;
        assertThat(evidence.get(indicator)).as("%s %s", month, indicator).isEqualTo(expected);
        assertThat(evidence.get(indicator + "_status")).isEqualTo(row.getAs("status"));
      }
    }
  }

  @Test
  void aBeforeWindowReachingBeforeTheDataIsNotPublished() {
    // December 2024 to February 2025: the run has no cells for December.
    assertThat(evidence("NS-1").get("before_timely_decision_rate")).isNull();
    assertThat(evidence("NS-1").get("before_timely_decision_rate_reason"))
        .isEqualTo("not_published");
    assertThat(evidence("K-2").get("before_timely_decision_rate_reason")).isNull();
  }

  @Test
  void anAssessmentWhoseRulesTakeEffectAfterAsOfIsTooEarly() {
    List<Map<String, Object>> udo =
        run.feasibility().assessmentOutcomes().stream()
            .map(AssessmentOutcomeRow::columns)
            .filter(r -> r.get("assessment_id").equals("UDO-1"))
            .toList();
    assertThat(udo).hasSize(1);
    assertThat(udo.get(0).get("status")).isEqualTo("too_early");
    assertThat(udo.get(0).get("months_observed")).isEqualTo(0L);
    assertThat(udo.get(0).get("assessed_by")).isEqualTo("gemeente");
  }

  @Test
  void anAssessmentOverMonthsOneOfWhichIsHiddenHasNoRealisedValue() {
    Map<String, Object> timely =
        run.feasibility().assessmentOutcomes().stream()
            .map(AssessmentOutcomeRow::columns)
            .filter(r -> r.get("assessment_id").equals("UT-1"))
            .filter(r -> r.get("indicator").equals("timely_decision_rate"))
            .findFirst()
            .orElseThrow();
    assertThat(timely.get("months_observed")).isEqualTo(6L);
    assertThat(timely.get("realised")).isNull();
    assertThat(timely.get("status")).isEqualTo("not_published");
    assertThat(run.feasibility()).isNotEqualTo(FeasibilityRun.NONE);
    assertThat(run.feasibility().assessmentOutcomes())
        .allSatisfy(r -> assertThat(Objects.equals(r.status(), "ok")).isFalse());
  }
}
