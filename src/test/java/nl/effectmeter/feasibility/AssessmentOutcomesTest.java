package nl.effectmeter.feasibility;

import static nl.effectmeter.feasibility.Rows.confidential;
import static nl.effectmeter.feasibility.Rows.count;
import static nl.effectmeter.feasibility.Rows.organisationMonth;
import static nl.effectmeter.feasibility.Rows.rate;
import static nl.effectmeter.feasibility.Rows.ratio;
import static nl.effectmeter.feasibility.Rows.regulationMonth;
import static nl.effectmeter.indicator.Indicator.CASES_RECEIVED;
import static nl.effectmeter.indicator.Indicator.COST_PER_CASE;
import static nl.effectmeter.indicator.Indicator.TIMELY_DECISION_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.indicator.IndicatorRow;
import org.junit.jupiter.api.Test;

/**
 * assessment_outcomes (FEASIBILITY.md): a UDO of the municipalities for the Participatiewet (PW)
 * taking effect on 2025-04-01, read from the monthly {@code regulation} cells, as of 2025-06-30.
 */
class AssessmentOutcomesTest {
  private static final YearMonth AS_OF = YearMonth.of(2025, 6);
  private static final List<String> MONTHS = List.of("2025-04", "2025-05", "2025-06");

  private final List<IndicatorRow> rows = new ArrayList<>();

  private static Assessment udo(String effectiveFrom, Double cases, Double timely, Double cost) {
    return new Assessment(
        "UDO-PW",
        "PW",
        null,
        "gemeente",
        LocalDate.parse("2024-11-01"),
        LocalDate.parse(effectiveFrom),
        "feasible_with_conditions",
        cases,
        timely,
        cost,
        null);
  }

  private List<AssessmentOutcome> outcomes(Assessment assessment) {
    return new AssessmentOutcomes(new PublishedCells(rows), AS_OF).build(List.of(assessment));
  }

  private void timely(long... x) {
    for (int i = 0; i < x.length; i++) {
      rows.add(rate(regulationMonth("PW", MONTHS.get(i)), TIMELY_DECISION_RATE, x[i], 10));
    }
  }

  @Test
  void aRateIsPooledOverTheMonthsSinceEffectAndComparedByItsInterval() {
    timely(8, 8, 8); // 24 of 30: Wilson (0.626943, 0.904949)
    AssessmentOutcome worse = outcomes(udo("2025-04-01", null, 0.95, null)).get(0);
    assertThat(worse.indicator()).isEqualTo("timely_decision_rate");
    assertThat(worse.monthsObserved()).isEqualTo(3);
    assertThat(worse.realised()).isCloseTo(0.8, within(1e-12));
    assertThat(worse.ciLow()).isCloseTo(0.6269430, within(1e-6));
    assertThat(worse.ciHigh()).isCloseTo(0.9049489, within(1e-6));
    assertThat(worse.status()).isEqualTo("ok");
    // The interval lies entirely below 0.95 and higher is better.
    assertThat(worse.comparison()).isEqualTo("worse");
    assertThat(outcomes(udo("2025-04-01", null, 0.5, null)).get(0).comparison())
        .isEqualTo("better");
    assertThat(outcomes(udo("2025-04-01", null, 0.7, null)).get(0).comparison())
        .isEqualTo("as_expected");
  }

  @Test
  void anExpectationExactlyOnAnIntervalBoundIsAsExpected() {
    timely(8, 8, 8);
    double low = outcomes(udo("2025-04-01", null, 0.5, null)).get(0).ciLow();
    double high = outcomes(udo("2025-04-01", null, 0.5, null)).get(0).ciHigh();
    assertThat(outcomes(udo("2025-04-01", null, low, null)).get(0).comparison())
        .isEqualTo("as_expected");
    assertThat(outcomes(udo("2025-04-01", null, high, null)).get(0).comparison())
        .isEqualTo("as_expected");
  }

  @Test
  void aMonthNotOkLeavesTheRealisedRateNullAsNotPublished() {
    timely(8, 8);
    rows.add(confidential(regulationMonth("PW", "2025-06"), TIMELY_DECISION_RATE));
    AssessmentOutcome outcome = outcomes(udo("2025-04-01", null, 0.9, null)).get(0);
    assertThat(outcome.realised()).isNull();
    assertThat(outcome.ciLow()).isNull();
    assertThat(outcome.status()).isEqualTo("not_published");
    assertThat(outcome.comparison()).isNull();
  }

  @Test
  void rulesNotYetInEffectAreTooEarlyWithNoMonthsObserved() {
    AssessmentOutcome outcome = outcomes(udo("2025-07-01", 100.0, 0.9, 250.0)).get(0);
    assertThat(outcome.monthsObserved()).isZero();
    assertThat(outcome.status()).isEqualTo("too_early");
    assertThat(outcome.realised()).isNull();
  }

  @Test
  void atMostTwelveMonthsAreObserved() {
    AssessmentOutcome outcome = outcomes(udo("2024-01-15", null, 0.9, null)).get(0);
    assertThat(outcome.monthsObserved()).isEqualTo(12);
  }

  @Test
  void casesPerMonthCarryTheExactPoissonIntervalOfTheTotalPerMonth() {
    rows.add(count(regulationMonth("PW", "2025-04"), CASES_RECEIVED, 3));
    rows.add(count(regulationMonth("PW", "2025-05"), CASES_RECEIVED, 4));
    rows.add(count(regulationMonth("PW", "2025-06"), CASES_RECEIVED, 3));
    AssessmentOutcome outcome = outcomes(udo("2025-04-01", 1.0, null, null)).get(0);
    assertThat(outcome.indicator()).isEqualTo("cases_received");
    // 10 cases in 3 months; Garwood's interval of 10 is (4.795389, 18.390356), per month / 3.
    assertThat(outcome.realised()).isCloseTo(10.0 / 3, within(1e-12));
    assertThat(outcome.ciLow()).isCloseTo(4.795389 / 3, within(1e-6));
    assertThat(outcome.ciHigh()).isCloseTo(18.390356 / 3, within(1e-6));
    assertThat(outcome.comparison()).isEqualTo("higher");
    assertThat(outcomes(udo("2025-04-01", 3.0, null, null)).get(0).comparison())
        .isEqualTo("as_expected");
    assertThat(outcomes(udo("2025-04-01", 7.0, null, null)).get(0).comparison()).isEqualTo("lower");
  }

  @Test
  void costPerCaseIsPooledWithoutIntervalAndComparedAsARatio() {
    rows.add(ratio(regulationMonth("PW", "2025-04"), COST_PER_CASE, 3000, 10));
    rows.add(ratio(regulationMonth("PW", "2025-05"), COST_PER_CASE, 4000, 10));
    rows.add(ratio(regulationMonth("PW", "2025-06"), COST_PER_CASE, 4280, 10));
    AssessmentOutcome outcome = outcomes(udo("2025-04-01", null, null, 272.0)).get(0);
    // (3000 + 4000 + 4280) / 30 = 376; 376 / 272 = 1.382...
    assertThat(outcome.realised()).isCloseTo(376.0, within(1e-9));
    assertThat(outcome.ciLow()).isNull();
    assertThat(outcome.comparison()).isEqualTo("1.38");
  }

  @Test
  void anOrganisationsAssessmentReadsItsOwnOrganisationAndRegulationCells() {
    for (String month : MONTHS) {
      rows.add(rate(organisationMonth("UWV", "WIA", month), TIMELY_DECISION_RATE, 5, 10));
    }
    Assessment byUwv =
        new Assessment(
            "UT-WIA",
            "WIA",
            "UWV",
            null,
            LocalDate.parse("2024-11-01"),
            LocalDate.parse("2025-04-01"),
            "feasible",
            null,
            0.5,
            null,
            null);
    AssessmentOutcome outcome = outcomes(byUwv).get(0);
    assertThat(outcome.realised()).isEqualTo(0.5);
    assertThat(outcome.assessment().assessedBy()).isEqualTo("UWV");
  }

  @Test
  void oneRowPerStatedExpectation() {
    assertThat(outcomes(udo("2025-04-01", 1.0, null, 2.0)))
        .extracting(AssessmentOutcome::indicator)
        .containsExactly("cases_received", "cost_per_case");
  }
}
