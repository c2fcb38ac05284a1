package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.effectmeter.indicator.WilsonInterval;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.settings.SignalThresholds;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.PublishedRun;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Volume, timeliness, cost and complaint indicators of six UWV / WW cases in Amsterdam (legal term
 * 56 days) and four complaints, published as of 2025-06-30 with min base 1.
 *
 * <pre>
 * case requested  decided     days  timely  cost  channel
 * C1   2025-01-06 2025-03-03  56    yes     100   mail
 * C2   2025-01-06 2025-03-04  57    no      300   counter
 * C3   2025-03-01 2025-03-11  10    yes     -     online
 * C4   2025-02-28 2025-03-20  20    yes     200   online
 * C5   2025-03-15 open                      -     phone
 * C6   2025-03-31 2025-04-02   2    yes     -     phone
 *
 * complaint case received   resolved   days  upheld  escalated
 * K1        C1   2025-03-05 2025-03-15 10    true    true
 * K2        C2   2025-03-10 2025-04-09 30    false   (missing)
 * K3        C3   2025-03-12 -                (null)  false
 * K4        -    2025-03-20 2025-04-03 14    (null)  (missing)
 * </pre>
 */
class VolumeTimelinessAndVoiceIndicatorsTest {
  private static final double EPS = 1e-9;
  private static final Set<String> RATES =
      Set.of(
          "timely_decision_rate",
          "complaint_upheld_rate",
          "ombudsman_escalation_rate",
          "repeat_request_rate",
          "outcome_measured_rate",
          "outcome_achievement_rate");

  @TempDir static Path root;
  private static PublishedRun run;

  @BeforeAll
  static void runTheJob() {
    Path input =
        new InputLocation(root.resolve("input"))
            .service("C1,UWV,WW,GM0363,2025-01-06,2025-03-03,granted,mail,,,100")
            .service("C2,UWV,WW,GM0363,2025-01-06,2025-03-04,rejected,counter,,,300")
            .service("C3,UWV,WW,GM0363,2025-03-01,2025-03-11,granted,online,,,")
            .service("C4,UWV,WW,GM0363,2025-02-28,2025-03-20,granted,online,,,200")
            .service("C5,UWV,WW,GM0363,2025-03-15,,,phone,,,")
            .service("C6,UWV,WW,GM0363,2025-03-31,2025-04-02,granted,phone,,,")
            .complaint("K1,C1,UWV,,,2025-03-05,timeliness,2025-03-15,true,true")
            .complaint("K2,C2,UWV,,,2025-03-10,decision,2025-04-09,false,")
            .complaint("K3,C3,UWV,,,2025-03-12,information,,,false")
            .complaint("K4,,UWV,,,2025-03-20,other,2025-04-03,,")
            .write();
    run =
        PublishedRun.of(
            input,
            root.resolve("warehouse"),
            LocalDate.parse("2025-06-30"),
            new JobSettings(1, 0.05, SignalThresholds.defaults()));
  }

  @Test
  void casesReceivedCountsRequestsPerMonth() {
    // January C1 C2, February C4, March C3 C5 C6, April none (the cell exists: C5 open, C6 decided)
    assertThat(value("cases_received", "2025-01")).isEqualTo(2.0);
    assertThat(value("cases_received", "2025-02")).isEqualTo(1.0);
    assertThat(value("cases_received", "2025-03")).isEqualTo(3.0);
    assertThat(value("cases_received", "2025-04")).isEqualTo(0.0);
    assertThat(total("cases_received", "quarter", "2025-Q1").<Double>getAs("value")).isEqualTo(6.0);
  }

  @Test
  void casesDecidedCountsDecisionsPerMonthAndZeroIsOk() {
    // March C1 C2 C3 C4, April C6, February none
    assertThat(value("cases_decided", "2025-03")).isEqualTo(4.0);
    assertThat(value("cases_decided", "2025-04")).isEqualTo(1.0);
    Row february = total("cases_decided", "month", "2025-02");
    assertThat(february.<String>getAs("status")).isEqualTo("ok");
    assertThat(february.<Double>getAs("value")).isEqualTo(0.0);
  }

  @Test
  void openCasesCountsCasesNotDecidedByTheLastDayOfTheMonth() {
    // end of Jan: C1 C2; Feb: C1 C2 C4; Mar: C5 and C6 (decided 2 April); Apr..Jun: C5
    assertThat(value("open_cases", "2025-01")).isEqualTo(2.0);
    assertThat(value("open_cases", "2025-02")).isEqualTo(3.0);
    assertThat(value("open_cases", "2025-03")).isEqualTo(2.0);
    assertThat(value("open_cases", "2025-04")).isEqualTo(1.0);
    assertThat(value("open_cases", "2025-06")).isEqualTo(1.0);
  }

  @Test
  void openCasesOfAQuarterOrYearAreThoseOpenAtItsEndOrAtAsOf() {
    // Q1 ends 31 March: C5 C6; Q2 and the year end at as_of (June): C5
    assertThat(total("open_cases", "quarter", "2025-Q1").<Double>getAs("value")).isEqualTo(2.0);
    assertThat(total("open_cases", "quarter", "2025-Q2").<Double>getAs("value")).isEqualTo(1.0);
    assertThat(total("open_cases", "year", "2025").<Double>getAs("value")).isEqualTo(1.0);
  }

  @Test
  void timelyDecisionRateIsTheShareDecidedWithinTheLegalTerm() {
    // March: C1 (56), C3 (10), C4 (20) of C1..C4 -> 3 / 4
    Row row = total("timely_decision_rate", "month", "2025-03");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.75, within(EPS));
    assertThat(row.<Double>getAs("numerator")).isEqualTo(3.0);
    assertThat(row.<Double>getAs("denominator")).isEqualTo(4.0);
    assertThat(row.<Long>getAs("base")).isEqualTo(4L);
    assertThat(row.<Double>getAs("ci_low")).isCloseTo(0.300642, within(1e-6));
    assertThat(row.<Double>getAs("ci_high")).isCloseTo(0.954413, within(1e-6));
  }

  @Test
  void aDecisionOnDay56OfWwIsTimelyAndOnDay57IsNot() {
    // C1 alone on channel mail (56 days), C2 alone on channel counter (57 days)
    assertThat(byChannel("timely_decision_rate", "mail").<Double>getAs("value")).isEqualTo(1.0);
    assertThat(byChannel("timely_decision_rate", "counter").<Double>getAs("value")).isEqualTo(0.0);
  }

  @Test
  void aMonthWithoutDecisionsHasNoDataForTheDecisionIndicators() {
    for (String indicator :
        List.of("timely_decision_rate", "throughput_days_median", "cost_per_case")) {
      Row row = total(indicator, "month", "2025-02");
      assertThat(row.<String>getAs("status")).as(indicator).isEqualTo("no_data");
      assertThat(row.<Long>getAs("base")).as(indicator).isEqualTo(0L);
      assertThat(row.<Double>getAs("value")).as(indicator).isNull();
      assertThat(row.<Double>getAs("ci_low")).as(indicator).isNull();
    }
  }

  @Test
  void throughputMedianAndP90InterpolateOverTheMonthsDecisions() {
    // March days sorted [10, 20, 56, 57]: median 38, p90 = 56 + 0.7 x 1 = 56.7
    Row median = total("throughput_days_median", "month", "2025-03");
    assertThat(median.<Double>getAs("value")).isCloseTo(38.0, within(EPS));
    assertThat(median.<Long>getAs("base")).isEqualTo(4L);
    assertThat(median.<Double>getAs("numerator")).isNull();
    assertThat(value("throughput_days_p90", "2025-03")).isCloseTo(56.7, within(EPS));
  }

  @Test
  void costPerCaseLeavesOutCasesWithoutCost() {
    // March: (100 + 300 + 200) / 3 = 200; C3 has no cost
    Row row = total("cost_per_case", "month", "2025-03");
    assertThat(row.<Double>getAs("value")).isCloseTo(200.0, within(EPS));
    assertThat(row.<Double>getAs("numerator")).isCloseTo(600.0, within(EPS));
    assertThat(row.<Double>getAs("denominator")).isEqualTo(3.0);
    assertThat(row.<Long>getAs("base")).isEqualTo(3L);
  }

  @Test
  void complaintsReceivedCountsComplaintsPerMonth() {
    assertThat(value("complaints_received", "2025-03")).isEqualTo(4.0);
    assertThat(value("complaints_received", "2025-04")).isEqualTo(0.0);
  }

  @Test
  void complaintsPer1000DecisionsRelatesTheMonthsComplaintsToItsDecisions() {
    // March: 1000 x 4 / 4 = 1000; April: 1000 x 0 / 1 = 0
    Row march = total("complaints_per_1000_decisions", "month", "2025-03");
    assertThat(march.<Double>getAs("value")).isCloseTo(1000.0, within(EPS));
    assertThat(march.<Double>getAs("numerator")).isEqualTo(4.0);
    assertThat(march.<Double>getAs("denominator")).isEqualTo(4.0);
    assertThat(value("complaints_per_1000_decisions", "2025-04")).isEqualTo(0.0);
  }

  @Test
  void complaintUpheldRateLeavesOutComplaintsWithoutVerdict() {
    // March: K1 upheld, K2 not; K3 and K4 have no verdict -> 1 / 2
    Row row = total("complaint_upheld_rate", "month", "2025-03");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.5, within(EPS));
    assertThat(row.<Long>getAs("base")).isEqualTo(2L);
  }

  @Test
  void complaintResolutionMedianBelongsToTheMonthOfResolution() {
    // March resolves K1 (10 days); April resolves K4 (14) and K2 (30): median 22
    Row march = total("complaint_resolution_days_median", "month", "2025-03");
    assertThat(march.<Double>getAs("value")).isEqualTo(10.0);
    assertThat(march.<Long>getAs("base")).isEqualTo(1L);
    Row april = total("complaint_resolution_days_median", "month", "2025-04");
    assertThat(april.<Double>getAs("value")).isCloseTo(22.0, within(EPS));
    assertThat(april.<Long>getAs("base")).isEqualTo(2L);
  }

  @Test
  void ombudsmanEscalationRateCountsAMissingFlagAsNotEscalated() {
    // March: K1 escalated; K2 and K4 missing, K3 false -> 1 / 4
    Row row = total("ombudsman_escalation_rate", "month", "2025-03");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.25, within(EPS));
    assertThat(row.<Double>getAs("denominator")).isEqualTo(4.0);
  }

  @Test
  void aComplaintWithoutCaseLandsInTheUnknownRegulationAndMunicipality() {
    Row month =
        run.indicator(
            "indicator = 'complaints_received' and breakdown = 'organisation,regulation'"
                + " and granularity = 'month' and period = '2025-03' and regulation = '_U'");
    assertThat(month.<String>getAs("organisation")).isEqualTo("UWV");
    assertThat(month.<Double>getAs("value")).isEqualTo(1.0);
    Row quarter =
        run.indicator(
            "indicator = 'complaints_received' and breakdown = 'organisation,regulation,municipality'"
                + " and period = '2025-Q1' and regulation = '_U'");
    assertThat(quarter.<String>getAs("municipality")).isEqualTo("_U");
    assertThat(quarter.<String>getAs("province")).isEqualTo("_U");
    assertThat(quarter.<Double>getAs("value")).isEqualTo(1.0);
  }

  @Test
  void onlyTheSixRatesCarryAnInterval() {
    List<Row> march =
        run.indicators(
            "breakdown = 'total' and granularity = 'month' and period = '2025-03' and status = 'ok'");
    assertThat(march).isNotEmpty();
    for (Row row : march) {
      String indicator = row.getAs("indicator");
      if (RATES.contains(indicator)) {
        double x = row.<Double>getAs("numerator");
        double n = row.<Double>getAs("denominator");
        WilsonInterval expected = WilsonInterval.of((long) x, (long) n);
        assertThat(row.<Double>getAs("ci_low"))
            .as(indicator)
            .isCloseTo(expected.low(), within(EPS));
        assertThat(row.<Double>getAs("ci_high"))
            .as(indicator)
            .isCloseTo(expected.high(), within(EPS));
      } else {
        assertThat(row.<Double>getAs("ci_low")).as(indicator).isNull();
        assertThat(row.<Double>getAs("ci_high")).as(indicator).isNull();
      }
    }
  }

  @Test
  void anExistingMonthCellHasARowForEveryNonGapIndicator() {
    assertThat(
            run.indicators("breakdown = 'total' and granularity = 'month' and period = '2025-05'"))
        .hasSize(17);
  }

  @Test
  void cellsWithoutDataDoNotExist() {
    // nothing for SVB, nothing before the first request month or after the as_of month,
    // nothing on channel mail after C1 was decided in Q1
    assertThat(run.indicators("organisation = 'SVB'")).isEmpty();
    assertThat(run.indicators("granularity = 'month' and period in ('2024-12', '2025-07')"))
        .isEmpty();
    assertThat(
            run.indicators(
                "breakdown = 'organisation,regulation,channel' and period = '2025-Q2'"
                    + " and channel = 'mail'"))
        .isEmpty();
  }

  private static Row total(String indicator, String granularity, String period) {
    return run.indicator(
        "indicator = '"
            + indicator
            + "' and breakdown = 'total' and granularity = '"
            + granularity
            + "' and period = '"
            + period
            + "'");
  }

  private static Double value(String indicator, String month) {
    return total(indicator, "month", month).getAs("value");
  }

  private static Row byChannel(String indicator, String channel) {
    return run.indicator(
        "indicator = '"
            + indicator
            + "' and breakdown = 'organisation,regulation,channel' and period = '2025-Q1'"
            + " and channel = '"
            + channel
            + "'");
  }
}
