package nl.effectmeter.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {
  private static final double EPS = 1e-9;
  private static final CellKey CELL =
      new CellKey(
          Breakdown.TOTAL, Granularity.MONTH, "2025-03", "_T", "_T", "_T", "_T", "_T", "_T", "_T");

  /**
   * March: 6 received (4 with a client key, 1 repeat), 4 decided (3 timely, 3 with cost 600), 3
   * measured, 2 achieved (both with cost), societal value 27000 over the cases with cost, 2 open, 4
   * complaints (1 upheld of 2 with a verdict, 1 escalated), 1 resolved.
   */
  private static final CellMeasures MARCH =
      new CellMeasures(
          6, 4, 1, 4, 3, 3, 600.0, 3, 2, 2, 27000.0, 2, 4, 1, 2, 1, 1, 38.0, 56.7, 10.0);

  /** Nothing happened but one case stayed open: every base except open's is 0. */
  private static final CellMeasures ONLY_OPEN =
      new CellMeasures(0, 0, 0, 0, 0, 0, 0.0, 0, 0, 0, 0.0, 1, 0, 0, 0, 0, 0, null, null, null);

  @Test
  void aCountIsItsOwnValueNumeratorAndBaseWithoutDenominator() {
    IndicatorRow row = row(Indicator.CASES_RECEIVED, MARCH);
    assertThat(row.value()).isEqualTo(6.0);
    assertThat(row.numerator()).isEqualTo(6.0);
    assertThat(row.denominator()).isNull();
    assertThat(row.base()).isEqualTo(6L);
    assertThat(row.ciLow()).isNull();
    assertThat(row.status()).isEqualTo(Status.OK);
  }

  @Test
  void aCountOfZeroIsOkWithValueZero() {
    IndicatorRow row = row(Indicator.CASES_DECIDED, ONLY_OPEN);
    assertThat(row.status()).isEqualTo(Status.OK);
    assertThat(row.value()).isEqualTo(0.0);
    assertThat(row.base()).isEqualTo(0L);
  }

  @Test
  void eachCountReadsItsOwnMeasure() {
    assertThat(row(Indicator.CASES_DECIDED, MARCH).value()).isEqualTo(4.0);
    assertThat(row(Indicator.OPEN_CASES, MARCH).value()).isEqualTo(2.0);
    assertThat(row(Indicator.COMPLAINTS_RECEIVED, MARCH).value()).isEqualTo(4.0);
  }

  @Test
  void timelyDecisionRateIsTimelyOverDecidedWithItsWilsonInterval() {
    // 3 / 4 = 0.75, base 4
    IndicatorRow row = row(Indicator.TIMELY_DECISION_RATE, MARCH);
    assertRate(row, 3, 4);
  }

  @Test
  void throughputStatisticsCarryTheCellsPercentilesWithTheDecisionsAsBase() {
    IndicatorRow median = row(Indicator.THROUGHPUT_DAYS_MEDIAN, MARCH);
    assertThat(median.value()).isEqualTo(38.0);
    assertThat(median.base()).isEqualTo(4L);
    assertThat(median.numerator()).isNull();
    assertThat(median.denominator()).isNull();
    assertThat(row(Indicator.THROUGHPUT_DAYS_P90, MARCH).value()).isEqualTo(56.7);
  }

  @Test
  void costPerCaseIsTheCostSumOverTheCasesWithCost() {
    // 600 / 3 = 200, base 3 (the cases with cost, not the 4 decided)
    IndicatorRow row = row(Indicator.COST_PER_CASE, MARCH);
    assertThat(row.value()).isCloseTo(200.0, within(EPS));
    assertThat(row.numerator()).isEqualTo(600.0);
    assertThat(row.denominator()).isEqualTo(3.0);
    assertThat(row.base()).isEqualTo(3L);
    assertThat(row.ciLow()).isNull();
  }

  @Test
  void complaintsPer1000DecisionsScalesComplaintsOverDecisions() {
    // 1000 x 4 / 4 = 1000; numerator the complaints, denominator the decisions
    IndicatorRow row = row(Indicator.COMPLAINTS_PER_1000_DECISIONS, MARCH);
    assertThat(row.value()).isCloseTo(1000.0, within(EPS));
    assertThat(row.numerator()).isEqualTo(4.0);
    assertThat(row.denominator()).isEqualTo(4.0);
    assertThat(row.base()).isEqualTo(4L);
  }

  @Test
  void complaintsPer1000DecisionsWithoutDecisionsIsNoData() {
    CellMeasures complaintsOnly =
        new CellMeasures(0, 0, 0, 0, 0, 0, 0.0, 0, 0, 0, 0.0, 0, 3, 0, 0, 0, 0, null, null, null);
    IndicatorRow row = row(Indicator.COMPLAINTS_PER_1000_DECISIONS, complaintsOnly);
    assertThat(row.status()).isEqualTo(Status.NO_DATA);
    assertThat(row.value()).isNull();
    assertThat(row.base()).isEqualTo(0L);
  }

  @Test
  void complaintRatesReadUpheldOverKnownAndEscalatedOverReceived() {
    assertRate(row(Indicator.COMPLAINT_UPHELD_RATE, MARCH), 1, 2);
    assertRate(row(Indicator.OMBUDSMAN_ESCALATION_RATE, MARCH), 1, 4);
  }

  @Test
  void resolutionMedianHasTheResolvedComplaintsAsBase() {
    IndicatorRow row = row(Indicator.COMPLAINT_RESOLUTION_DAYS_MEDIAN, MARCH);
    assertThat(row.value()).isEqualTo(10.0);
    assertThat(row.base()).isEqualTo(1L);
  }

  @Test
  void repeatRateIsRepeatsOverReceivedWithAClientKey() {
    assertRate(row(Indicator.REPEAT_REQUEST_RATE, MARCH), 1, 4);
  }

  @Test
  void outcomeRatesAreMeasuredOverDecidedAndAchievedOverMeasured() {
    assertRate(row(Indicator.OUTCOME_MEASURED_RATE, MARCH), 3, 4);
    assertRate(row(Indicator.OUTCOME_ACHIEVEMENT_RATE, MARCH), 2, 3);
  }

  @Test
  void costPerAchievedOutcomeIsTheCostSumOverAchievedCasesWithCost() {
    // 600 / 2 = 300
    IndicatorRow row = row(Indicator.COST_PER_ACHIEVED_OUTCOME, MARCH);
    assertThat(row.value()).isCloseTo(300.0, within(EPS));
    assertThat(row.numerator()).isEqualTo(600.0);
    assertThat(row.denominator()).isEqualTo(2.0);
  }

  @Test
  void societalValuePerEuroIsTheValueOverTheCostSumWithTheCasesWithCostAsBase() {
    // 27000 / 600 = 45, base 3
    IndicatorRow row = row(Indicator.SOCIETAL_VALUE_PER_EURO, MARCH);
    assertThat(row.value()).isCloseTo(45.0, within(EPS));
    assertThat(row.numerator()).isEqualTo(27000.0);
    assertThat(row.denominator()).isEqualTo(600.0);
    assertThat(row.base()).isEqualTo(3L);
  }

  @Test
  void aRateWithBaseZeroIsNoDataWithBaseZeroAndNoNumbers() {
    IndicatorRow row = row(Indicator.TIMELY_DECISION_RATE, ONLY_OPEN);
    assertThat(row.status()).isEqualTo(Status.NO_DATA);
    assertThat(row.base()).isEqualTo(0L);
    assertThat(row.value()).isNull();
    assertThat(row.numerator()).isNull();
    assertThat(row.denominator()).isNull();
    assertThat(row.ciLow()).isNull();
    assertThat(row.ciHigh()).isNull();
  }

  @Test
  void aStatisticWithoutDecisionsIsNoData() {
    IndicatorRow row = row(Indicator.THROUGHPUT_DAYS_MEDIAN, ONLY_OPEN);
    assertThat(row.status()).isEqualTo(Status.NO_DATA);
    assertThat(row.value()).isNull();
    assertThat(row.base()).isEqualTo(0L);
  }

  @Test
  void costRatiosWithoutAnyCaseWithCostAreNoData() {
    // 2 decided, neither with a cost
    CellMeasures noCost =
        new CellMeasures(0, 0, 0, 2, 2, 0, 0.0, 1, 1, 0, 0.0, 0, 0, 0, 0, 0, 0, 5.0, 5.0, null);
    for (Indicator indicator :
        List.of(
            Indicator.COST_PER_CASE,
            Indicator.COST_PER_ACHIEVED_OUTCOME,
            Indicator.SOCIETAL_VALUE_PER_EURO)) {
      IndicatorRow row = row(indicator, noCost);
      assertThat(row.status()).as(indicator.id()).isEqualTo(Status.NO_DATA);
      assertThat(row.base()).as(indicator.id()).isEqualTo(0L);
      assertThat(row.value()).as(indicator.id()).isNull();
    }
  }

  @Test
  void costPerAchievedOutcomeWithCostsButNoAchievementIsNoData() {
    // 2 cases with cost 500 in total, none achieved: denominator 0
    CellMeasures noneAchieved =
        new CellMeasures(0, 0, 0, 2, 2, 2, 500.0, 2, 0, 0, 0.0, 0, 0, 0, 0, 0, 0, 5.0, 5.0, null);
    IndicatorRow row = row(Indicator.COST_PER_ACHIEVED_OUTCOME, noneAchieved);
    assertThat(row.status()).isEqualTo(Status.NO_DATA);
    assertThat(row.value()).isNull();
  }

  @Test
  void aCellExistsWhenAnyBaseIsAboveZero() {
    CellMeasures nothing =
        new CellMeasures(0, 0, 0, 0, 0, 0, 0.0, 0, 0, 0, 0.0, 0, 0, 0, 0, 0, 0, null, null, null);
    assertThat(IndicatorCalculator.exists(nothing)).isFalse();
    assertThat(IndicatorCalculator.exists(ONLY_OPEN)).isTrue();
  }

  @Test
  void aCellGetsARowForEveryNonGapIndicatorOfItsBreakdown() {
    // total at month: the 17 non-gap indicators (the gaps exist at quarter and year only)
    assertThat(IndicatorCalculator.rows(CELL, MARCH)).hasSize(17);
  }

  @Test
  void refusesToComputeAGapFromMeasures() {
    assertThatThrownBy(() -> IndicatorCalculator.row(CELL, Indicator.MUNICIPAL_OUTCOME_GAP, MARCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Equity gaps follow from other cells, not from measures: municipal_outcome_gap");
  }

  private static IndicatorRow row(Indicator indicator, CellMeasures measures) {
    return IndicatorCalculator.row(CELL, indicator, measures);
  }

  private static void assertRate(IndicatorRow row, long x, long n) {
    WilsonInterval interval = WilsonInterval.of(x, n);
    assertThat(row.status()).isEqualTo(Status.OK);
    assertThat(row.value()).isCloseTo((double) x / n, within(EPS));
    assertThat(row.numerator()).isEqualTo((double) x);
    assertThat(row.denominator()).isEqualTo((double) n);
    assertThat(row.base()).isEqualTo(n);
    assertThat(row.ciLow()).isEqualTo(interval.low());
    assertThat(row.ciHigh()).isEqualTo(interval.high());
  }
}
