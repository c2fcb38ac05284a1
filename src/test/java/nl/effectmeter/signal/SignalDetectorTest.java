package nl.effectmeter.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.settings.SignalThresholds;
import org.junit.jupiter.api.Test;

/** The four signals on hand-written monthly organisation,regulation rows of UWV / WW. */
class SignalDetectorTest {
  private static final YearMonth M = YearMonth.of(2025, 12);
  private final SignalDetector detector = new SignalDetector(SignalThresholds.defaults());
  private final List<IndicatorRow> rows = new ArrayList<>();

  // timeliness_breach: < 0.80 in M and the two months before; high below 0.60

  @Test
  void timelinessBreachFiresAfterThreeMonthsBelowEightyPercent() {
    timely(2, 0.79);
    timely(1, 0.79);
    timely(0, 0.79);
    Signal signal = only(Signal.TIMELINESS_BREACH);
    assertThat(signal.period()).isEqualTo("2025-12");
    assertThat(signal.severity()).isEqualTo(Signal.MEDIUM);
    assertThat(signal.value()).isEqualTo(0.79);
    assertThat(signal.reference()).isEqualTo(0.80);
    assertThat(signal.message()).isNotBlank();
  }

  @Test
  void timelinessBreachDoesNotFireWhenOneOfTheThreeMonthsIsExactlyEightyPercent() {
    timely(2, 0.80);
    timely(1, 0.79);
    timely(0, 0.79);
    assertThat(fired(Signal.TIMELINESS_BREACH)).isEmpty();
  }

  @Test
  void timelinessBreachIsHighBelowSixtyPercentAndMediumAtSixty() {
    timely(2, 0.70);
    timely(1, 0.60);
    timely(0, 0.59);
    timely(-1, 0.60); // January: three months below 0.80 again, value exactly 0.60
    assertThat(fired(Signal.TIMELINESS_BREACH))
        .extracting(Signal::period, Signal::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-12", Signal.HIGH),
            org.assertj.core.groups.Tuple.tuple("2026-01", Signal.MEDIUM));
  }

  @Test
  void timelinessBreachNeedsOkValuesInAllThreeMonths() {
    timely(2, 0.50);
    rows.add(suppressed(Indicator.TIMELY_DECISION_RATE, M.minusMonths(1)));
    received(1);
    timely(0, 0.50);
    assertThat(fired(Signal.TIMELINESS_BREACH)).isEmpty();
  }

  // backlog_growth: open >= 100 and >= 1.25 x open three months before; high at >= 1.5 x

  @Test
  void backlogGrowthFiresAtExactlyAQuarterMoreAndAHundredOpen() {
    // 100 >= 100 and 100 >= 1.25 x 80 = 100
    open(3, 80);
    open(0, 100);
    Signal signal = only(Signal.BACKLOG_GROWTH);
    assertThat(signal.severity()).isEqualTo(Signal.MEDIUM);
    assertThat(signal.value()).isEqualTo(100);
    assertThat(signal.reference()).isEqualTo(80);
  }

  @Test
  void backlogGrowthDoesNotFireJustBelowAQuarterMore() {
    // 124 < 1.25 x 100 = 125
    open(3, 100);
    open(0, 124);
    assertThat(fired(Signal.BACKLOG_GROWTH)).isEmpty();
  }

  @Test
  void backlogGrowthDoesNotFireBelowAHundredOpenCases() {
    // 99 >= 1.25 x 40 = 50 but 99 < 100
    open(3, 40);
    open(0, 99);
    assertThat(fired(Signal.BACKLOG_GROWTH)).isEmpty();
  }

  @Test
  void backlogGrowthIsHighAtOneAndAHalfTimesAndMediumJustBelow() {
    // 150 >= 1.5 x 100 = 150: high; 149 < 150: medium
    open(3, 100);
    open(0, 150);
    open(2, 100);
    open(-1, 149);
    assertThat(fired(Signal.BACKLOG_GROWTH))
        .extracting(Signal::period, Signal::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-12", Signal.HIGH),
            org.assertj.core.groups.Tuple.tuple("2026-01", Signal.MEDIUM));
  }

  // complaint_surge: >= 10 complaints and per-1000 > mean + 3 sd of >= 6 ok history months

  @Test
  void complaintSurgeFiresAboveMeanPlusThreeSampleStandardDeviations() {
    // history 8, 8, 8, 10, 12, 12, 12: mean 70 / 7 = 10, squares 4 x 6 = 24,
    // sample sd = sqrt(24 / 6) = 2, reference = 10 + 3 x 2 = 16
    surgeHistory(8, 8, 8, 10, 12, 12, 12);
    complaints(0, 10, 16.5);
    Signal signal = only(Signal.COMPLAINT_SURGE);
    assertThat(signal.severity()).isEqualTo(Signal.HIGH);
    assertThat(signal.value()).isEqualTo(16.5);
    assertThat(signal.reference()).isCloseTo(16.0, within(1e-12));
  }

  @Test
  void complaintSurgeDoesNotFireAtExactlyTheReference() {
    surgeHistory(8, 8, 8, 10, 12, 12, 12);
    complaints(0, 10, 16.0);
    assertThat(fired(Signal.COMPLAINT_SURGE)).isEmpty();
  }

  @Test
  void complaintSurgeNeedsTenComplaints() {
    surgeHistory(8, 8, 8, 10, 12, 12, 12);
    complaints(0, 9, 40.0);
    assertThat(fired(Signal.COMPLAINT_SURGE)).isEmpty();
  }

  @Test
  void complaintSurgeFiresOnSixOkHistoryMonths() {
    // 9, 9, 9, 11, 11, 11: mean 10, sample sd = sqrt(6 / 5) = 1.095445, reference 13.286335
    surgeHistory(9, 9, 9, 11, 11, 11);
    complaints(0, 10, 13.3);
    assertThat(only(Signal.COMPLAINT_SURGE).reference()).isCloseTo(13.286335, within(1e-6));
  }

  @Test
  void complaintSurgeDoesNotFireOnFiveOkHistoryMonthsAndOneSuppressed() {
    surgeHistory(9, 9, 11, 11, 11);
    rows.add(suppressed(Indicator.COMPLAINTS_PER_1000_DECISIONS, M.minusMonths(6)));
    received(6);
    complaints(0, 10, 500.0);
    assertThat(fired(Signal.COMPLAINT_SURGE)).isEmpty();
  }

  // outcome_decline: ci_high in M < pooled rate of >= 6 ok history months

  @Test
  void outcomeDeclineFiresWhenTheUpperBoundFallsBelowThePooledRate() {
    // six months of 8 of 10: pooled 48 / 60 = 0.8; M: 2 of 10 has ci_high 0.509838
    for (int back = 1; back <= 6; back++) {
      achievement(back, 8, 10);
    }
    achievement(0, 2, 10);
    Signal signal = only(Signal.OUTCOME_DECLINE);
    assertThat(signal.severity()).isEqualTo(Signal.MEDIUM);
    assertThat(signal.value()).isEqualTo(0.2);
    assertThat(signal.reference()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void outcomeDeclinePoolsNumeratorsAndDenominatorsRatherThanAveragingRates() {
    // 1 of 1 and five times 1 of 20: pooled 6 / 101 = 0.059406; averaged rates would be 0.208
    // M: ci_high = 0.2 < 0.208 but not < 0.059406 -> no signal
    achievement(1, 1, 1);
    for (int back = 2; back <= 6; back++) {
      achievement(back, 1, 20);
    }
    rows.add(withCiHigh(0, 0.0, 0.2));
    assertThat(fired(Signal.OUTCOME_DECLINE)).isEmpty();
  }

  @Test
  void outcomeDeclineDoesNotFireWhenTheUpperBoundEqualsThePooledRate() {
    for (int back = 1; back <= 6; back++) {
      achievement(back, 8, 10);
    }
    rows.add(withCiHigh(0, 0.5, 0.8));
    assertThat(fired(Signal.OUTCOME_DECLINE)).isEmpty();
  }

  @Test
  void outcomeDeclineNeedsSixOkHistoryMonths() {
    for (int back = 1; back <= 5; back++) {
      achievement(back, 8, 10);
    }
    rows.add(suppressed(Indicator.OUTCOME_ACHIEVEMENT_RATE, M.minusMonths(6)));
    received(6);
    achievement(0, 0, 10);
    assertThat(fired(Signal.OUTCOME_DECLINE)).isEmpty();
  }

  @Test
  void historyLooksBackTwelveMonthsOnly() {
    // six ok months, but the oldest lies 13 months back: five count
    for (int back = 1; back <= 5; back++) {
      achievement(back, 8, 10);
    }
    achievement(13, 8, 10);
    achievement(0, 0, 10);
    assertThat(fired(Signal.OUTCOME_DECLINE)).isEmpty();
  }

  @Test
  void signalsReadOnlyMonthlyOrganisationRegulationCells() {
    CellKey quarter =
        new CellKey(
            Breakdown.ORGANISATION_REGULATION,
            Granularity.QUARTER,
            "2025-Q4",
            "UWV",
            "WW",
            "_T",
            "_T",
            "zbo",
            "_T",
            "_T");
    rows.add(
        new IndicatorRow(
            quarter, Indicator.CASES_RECEIVED, 1.0, 1.0, null, 1L, null, null, Status.OK));
    rows.add(
        new IndicatorRow(
            quarter, Indicator.OPEN_CASES, 500.0, 500.0, null, 500L, null, null, Status.OK));
    assertThat(detector.detect(rows)).isEmpty();
  }

  // helpers: every month gets a cases_received row, which is how the detector finds months

  private static CellKey cell(YearMonth month) {
    return new CellKey(
        Breakdown.ORGANISATION_REGULATION,
        Granularity.MONTH,
        month.toString(),
        "UWV",
        "WW",
        "_T",
        "_T",
        "zbo",
        "_T",
        "_T");
  }

  private void received(int monthsBack) {
    CellKey cell = cell(M.minusMonths(monthsBack));
    boolean present =
        rows.stream()
            .anyMatch(r -> r.cell().equals(cell) && r.indicator() == Indicator.CASES_RECEIVED);
    if (!present) {
      rows.add(
          new IndicatorRow(
              cell, Indicator.CASES_RECEIVED, 50.0, 50.0, null, 50L, null, null, Status.OK));
    }
  }

  private void timely(int monthsBack, double rate) {
    received(monthsBack);
    rows.add(
        new IndicatorRow(
            cell(M.minusMonths(monthsBack)),
            Indicator.TIMELY_DECISION_RATE,
            rate,
            100 * rate,
            100.0,
            100L,
            null,
            null,
            Status.OK));
  }

  private void open(int monthsBack, long open) {
    received(monthsBack);
    rows.add(
        new IndicatorRow(
            cell(M.minusMonths(monthsBack)),
            Indicator.OPEN_CASES,
            (double) open,
            (double) open,
            null,
            open,
            null,
            null,
            Status.OK));
  }

  private void complaints(int monthsBack, long complaints, double per1000) {
    received(monthsBack);
    CellKey cell = cell(M.minusMonths(monthsBack));
    rows.add(
        new IndicatorRow(
            cell,
            Indicator.COMPLAINTS_RECEIVED,
            (double) complaints,
            (double) complaints,
            null,
            complaints,
            null,
            null,
            Status.OK));
    rows.add(
        new IndicatorRow(
            cell,
            Indicator.COMPLAINTS_PER_1000_DECISIONS,
            per1000,
            (double) complaints,
            1000 * complaints / per1000,
            100L,
            null,
            null,
            Status.OK));
  }

  /** History values 1, 2, ... months back, each with 5 complaints (history needs no minimum). */
  private void surgeHistory(double... per1000) {
    for (int i = 0; i < per1000.length; i++) {
      complaints(i + 1, 5, per1000[i]);
    }
  }

  private void achievement(int monthsBack, long x, long n) {
    received(monthsBack);
    nl.effectmeter.indicator.WilsonInterval interval =
        nl.effectmeter.indicator.WilsonInterval.of(x, n);
    rows.add(
        new IndicatorRow(
            cell(M.minusMonths(monthsBack)),
            Indicator.OUTCOME_ACHIEVEMENT_RATE,
            (double) x / n,
            (double) x,
            (double) n,
            n,
            interval.low(),
            interval.high(),
            Status.OK));
  }

  private IndicatorRow withCiHigh(int monthsBack, double value, double ciHigh) {
    received(monthsBack);
    return new IndicatorRow(
        cell(M.minusMonths(monthsBack)),
        Indicator.OUTCOME_ACHIEVEMENT_RATE,
        value,
        10 * value,
        10.0,
        10L,
        0.0,
        ciHigh,
        Status.OK);
  }

  private static IndicatorRow suppressed(Indicator indicator, YearMonth month) {
    return new IndicatorRow(
        cell(month), indicator, null, null, null, null, null, null, Status.CONFIDENTIAL);
  }

  private List<Signal> fired(String signal) {
    return detector.detect(rows).stream().filter(s -> s.signal().equals(signal)).toList();
  }

  private Signal only(String signal) {
    List<Signal> fired = fired(signal);
    assertThat(fired).hasSize(1);
    return fired.get(0);
  }
}
