package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.settings.SignalThresholds;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.PublishedRun;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outcome, cost-effect and repeat indicators of five UWV / WW cases decided on 2025-02-10 (outcome
 * window 180 days: up to and including 2025-08-09), each alone in its own client segment, published
 * as of 2025-09-30 with min base 1 (and a quarantine share of up to 1, as R3 is quarantined).
 *
 * <pre>
 * case segment key cost  earlier request of the key         measurements in the window
 * D1   a       p1  1000  R0 WW 2024-11-05: 90 days, repeat   employed achieved on day 180
 * D2   b       p2   500  R1 WW 2024-11-04: 91 days, no       (employed achieved on day 181)
 * D3   c       p3   500  R2 AOW 2025-01-15: other regulation debt_reduced (not intended) achieved
 * D4   d       p4     -  R3 quarantined (channel fax)        employed not achieved
 * D5   e       -   1000  -                                   employed achieved twice, debt_reduced
 * </pre>
 */
class EffectAndRepeatIndicatorsTest {
  private static final double EPS = 1e-9;

  @TempDir static Path root;
  private static PublishedRun run;

  @BeforeAll
  static void runTheJob() {
    Path input =
        new InputLocation(root.resolve("input"))
            .service("R0,UWV,WW,GM0363,2024-11-05,2024-11-20,granted,online,p1,r,")
            .service("R1,UWV,WW,GM0363,2024-11-04,2024-11-20,granted,online,p2,r,")
            .service("R2,UWV,AOW,GM0363,2025-01-15,2025-01-20,granted,online,p3,r,")
            .service("R3,UWV,WW,GM0363,2025-01-20,,,fax,p4,r,")
            .service("D1,UWV,WW,GM0363,2025-02-03,2025-02-10,granted,online,p1,a,1000")
            .service("D2,UWV,WW,GM0363,2025-02-03,2025-02-10,granted,online,p2,b,500")
            .service("D3,UWV,WW,GM0363,2025-02-03,2025-02-10,granted,online,p3,c,500")
            .service("D4,UWV,WW,GM0363,2025-02-03,2025-02-10,granted,online,p4,d,")
            .service("D5,UWV,WW,GM0363,2025-02-03,2025-02-10,granted,online,,e,1000")
            .outcome("D1,employed,2025-08-09,true")
            .outcome("D2,employed,2025-08-10,true")
            .outcome("D3,debt_reduced,2025-03-01,true")
            .outcome("D4,employed,2025-03-01,false")
            .outcome("D5,employed,2025-03-01,true")
            .outcome("D5,employed,2025-04-01,true")
            .outcome("D5,debt_reduced,2025-03-01,true")
            .write();
    run =
        PublishedRun.of(
            input,
            root.resolve("warehouse"),
            LocalDate.parse("2025-09-30"),
            new JobSettings(1, 1.0, SignalThresholds.defaults()));
  }

  @Test
  void repeatRequestRateIsRepeatsOverRequestsWithAClientKey() {
    // February: D1 repeats; D1..D4 have a key, D5 has none -> 1 / 4
    Row row = february("repeat_request_rate");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.25, within(EPS));
    assertThat(row.<Double>getAs("denominator")).isEqualTo(4.0);
  }

  @Test
  void aRequestExactly90DaysAfterTheLastIsARepeat() {
    assertThat(segment("repeat_request_rate", "a").<Double>getAs("value")).isEqualTo(1.0);
  }

  @Test
  void aRequest91DaysAfterTheLastIsNotARepeat() {
    assertThat(segment("repeat_request_rate", "b").<Double>getAs("value")).isEqualTo(0.0);
  }

  @Test
  void anEarlierRequestForAnotherRegulationDoesNotMakeARepeat() {
    assertThat(segment("repeat_request_rate", "c").<Double>getAs("value")).isEqualTo(0.0);
  }

  @Test
  void aQuarantinedEarlierRequestDoesNotMakeARepeat() {
    // R3 (14 days before D4) would make D4 a repeat if it counted
    assertThat(segment("repeat_request_rate", "d").<Double>getAs("value")).isEqualTo(0.0);
  }

  @Test
  void outcomeMeasuredRateIsTheShareOfDecisionsMeasuredInTheirWindow() {
    // D1, D3, D4, D5 of five decisions -> 4 / 5
    Row row = february("outcome_measured_rate");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.8, within(EPS));
    assertThat(row.<Double>getAs("numerator")).isEqualTo(4.0);
    assertThat(row.<Double>getAs("denominator")).isEqualTo(5.0);
    assertThat(row.<Double>getAs("ci_low")).isCloseTo(0.375535, within(1e-6));
    assertThat(row.<Double>getAs("ci_high")).isCloseTo(0.963776, within(1e-6));
  }

  @Test
  void aMeasurementOnTheLastDayOfTheWindowCounts() {
    assertThat(segment("outcome_measured_rate", "a").<Double>getAs("value")).isEqualTo(1.0);
    assertThat(segment("outcome_achievement_rate", "a").<Double>getAs("value")).isEqualTo(1.0);
  }

  @Test
  void aMeasurementOnTheDayAfterTheWindowDoesNotCount() {
    assertThat(segment("outcome_measured_rate", "b").<Double>getAs("value")).isEqualTo(0.0);
    Row achievement = segment("outcome_achievement_rate", "b");
    assertThat(achievement.<String>getAs("status")).isEqualTo("no_data");
    assertThat(achievement.<Long>getAs("base")).isEqualTo(0L);
  }

  @Test
  void outcomeAchievementRateIsTheShareOfMeasuredCasesWithAnIntendedOutcome() {
    // achieved D1 and D5 of measured D1, D3, D4, D5 -> 2 / 4
    Row row = february("outcome_achievement_rate");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.5, within(EPS));
    assertThat(row.<Double>getAs("denominator")).isEqualTo(4.0);
  }

  @Test
  void anAchievedOutcomeThatIsNotIntendedDoesNotCountAsAchieved() {
    Row row = segment("outcome_achievement_rate", "c");
    assertThat(row.<Double>getAs("value")).isEqualTo(0.0);
    assertThat(row.<Double>getAs("denominator")).isEqualTo(1.0);
  }

  @Test
  void costPerCaseCountsOnlyCasesWithCost() {
    // (1000 + 500 + 500 + 1000) / 4 = 750; D4 has no cost
    assertThat(february("cost_per_case").<Double>getAs("value")).isCloseTo(750.0, within(EPS));
  }

  @Test
  void costPerAchievedOutcomeDividesTheCostByTheAchievedCasesWithCost() {
    // 3000 / 2 (D1, D5) = 1500
    Row row = february("cost_per_achieved_outcome");
    assertThat(row.<Double>getAs("value")).isCloseTo(1500.0, within(EPS));
    assertThat(row.<Double>getAs("numerator")).isCloseTo(3000.0, within(EPS));
    assertThat(row.<Double>getAs("denominator")).isEqualTo(2.0);
  }

  @Test
  void societalValuePerEuroSumsTheValueOfEveryAchievedTypeOverTheCost() {
    // D1 12000 + D2 0 + D3 1500 (debt_reduced, not intended) + D5 12000 + 1500 = 27000;
    // 27000 / 3000 = 9; base: the 4 cases with cost
    Row row = february("societal_value_per_euro");
    assertThat(row.<Double>getAs("value")).isCloseTo(9.0, within(EPS));
    assertThat(row.<Double>getAs("numerator")).isCloseTo(27000.0, within(EPS));
    assertThat(row.<Double>getAs("denominator")).isCloseTo(3000.0, within(EPS));
    assertThat(row.<Long>getAs("base")).isEqualTo(4L);
  }

  @Test
  void anOutcomeTypeAchievedTwiceCountsOnce() {
    // D5: employed (twice) 12000 + debt_reduced 1500 = 13500 over 1000
    assertThat(segment("societal_value_per_euro", "e").<Double>getAs("value"))
        .isCloseTo(13.5, within(EPS));
  }

  @Test
  void costIndicatorsOfACellWithoutCostAreNoData() {
    // segment d: D4 has no cost
    for (String indicator :
        new String[] {"cost_per_case", "cost_per_achieved_outcome", "societal_value_per_euro"}) {
      Row row = segment(indicator, "d");
      assertThat(row.<String>getAs("status")).as(indicator).isEqualTo("no_data");
      assertThat(row.<Long>getAs("base")).as(indicator).isEqualTo(0L);
    }
  }

  private static Row february(String indicator) {
    return run.indicator(
        "indicator = '"
            + indicator
            + "' and breakdown = 'total' and granularity = 'month' and period = '2025-02'");
  }

  private static Row segment(String indicator, String segment) {
    return run.indicator(
        "indicator = '"
            + indicator
            + "' and breakdown = 'organisation,regulation,client_segment' and period = '2025-Q1'"
            + " and regulation = 'WW' and client_segment = '"
            + segment
            + "'");
  }
}
