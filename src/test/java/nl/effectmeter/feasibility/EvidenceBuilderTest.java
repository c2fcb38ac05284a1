package nl.effectmeter.feasibility;

import static nl.effectmeter.feasibility.Rows.confidential;
import static nl.effectmeter.feasibility.Rows.count;
import static nl.effectmeter.feasibility.Rows.organisationMonth;
import static nl.effectmeter.feasibility.Rows.rate;
import static nl.effectmeter.indicator.Indicator.OPEN_CASES;
import static nl.effectmeter.indicator.Indicator.OUTCOME_ACHIEVEMENT_RATE;
import static nl.effectmeter.indicator.Indicator.TIMELY_DECISION_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.reference.Signal;
import org.junit.jupiter.api.Test;

/**
 * feasibility_evidence (FEASIBILITY.md) on tiny hand-made published rows: UWV and WIA, monthly
 * timely-decision rates of x out of 10 decisions, the run as of 2025-06-30.
 */
class EvidenceBuilderTest {
  private static final YearMonth AS_OF = YearMonth.of(2025, 6);

  private final List<IndicatorRow> rows = new ArrayList<>();
  private final List<Signal> dataSignals = new ArrayList<>();

  private void timely(String month, long x) {
    rows.add(rate(organisationMonth("UWV", "WIA", month), TIMELY_DECISION_RATE, x, 10));
  }

  private void dataSignal(String month, String severity) {
    dataSignals.add(
        new Signal("UWV", "WIA", month, Signal.TIMELINESS_BREACH, severity, 0.5, 0.8, "late"));
  }

  private Evidence evidence(String raised, String responded, String response) {
    FeasibilitySignal signal =
        new FeasibilitySignal(
            "NS-1",
            "UWV",
            "WIA",
            "noodsignaal",
            LocalDate.parse(raised),
            "Niet uitvoerbaar",
            responded == null ? null : LocalDate.parse(responded),
            response);
    return new EvidenceBuilder(new PublishedCells(rows), dataSignals, AS_OF)
        .build(List.of(signal))
        .get(0);
  }

  private static Evidence.BeforeAfter change(Evidence evidence) {
    return evidence.changes().stream()
        .filter(c -> c.indicator() == TIMELY_DECISION_RATE)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void dataSignalsOfTheTwelveMonthsUpToTheMonthRaisedGiveTheLeadTime() {
    dataSignal("2024-01", "high"); // 13 months before 2025-01: outside the 12
    dataSignal("2024-02", "medium"); // M-11: the first that counts
    dataSignal("2024-09", "high");
    dataSignal("2025-01", "high"); // the month raised counts
    dataSignal("2025-02", "high"); // after: does not count
    Evidence evidence = evidence("2025-01-20", null, null);
    assertThat(evidence.dataSignalsBefore()).isEqualTo(3);
    assertThat(evidence.firstDataSignal()).isEqualTo(YearMonth.of(2024, 2));
    // February 2024 to January 2025: 11 whole months.
    assertThat(evidence.leadMonths()).isEqualTo(11);
  }

  @Test
  void aSignalRaisedInTheMonthOfTheFirstDataSignalHasALeadTimeOfZero() {
    dataSignal("2025-03", "high");
    Evidence evidence = evidence("2025-03-31", null, null);
    assertThat(evidence.dataSignalsBefore()).isEqualTo(1);
    assertThat(evidence.firstDataSignal()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(evidence.leadMonths()).isZero();
  }

  @Test
  void withoutDataSignalsTheLeadTimeIsNull() {
    Evidence evidence = evidence("2025-03-31", null, null);
    assertThat(evidence.dataSignalsBefore()).isZero();
    assertThat(evidence.firstDataSignal()).isNull();
    assertThat(evidence.leadMonths()).isNull();
  }

  @Test
  void theEvidenceIndicatorsOfTheMonthRaisedAreShownWithTheirStatus() {
    timely("2025-03", 6);
    rows.add(count(organisationMonth("UWV", "WIA", "2025-03"), OPEN_CASES, 412));
    Evidence evidence = evidence("2025-03-10", null, null);
    assertThat(evidence.inMonth().get(0).value()).isEqualTo(0.6);
    assertThat(evidence.inMonth().get(0).status()).isEqualTo("ok");
    assertThat(evidence.inMonth().get(1).value()).isEqualTo(412.0);
    // No such cell in the run: neither value nor status.
    assertThat(evidence.inMonth().get(3).value()).isNull();
    assertThat(evidence.inMonth().get(3).status()).isNull();
  }

  @Test
  void aSuppressedMonthlyValueYieldsNullEvidenceNeverANumber() {
    timely("2024-12", 3);
    rows.add(confidential(organisationMonth("UWV", "WIA", "2025-01"), TIMELY_DECISION_RATE));
    timely("2025-02", 3);
    rows.add(confidential(organisationMonth("UWV", "WIA", "2025-03"), TIMELY_DECISION_RATE));
    timely("2025-04", 9);
    timely("2025-05", 9);
    timely("2025-06", 9);
    Evidence evidence = evidence("2025-03-05", "2025-03-20", "adjusted");
    assertThat(evidence.inMonth().get(0).value()).isNull();
    assertThat(evidence.inMonth().get(0).status()).isEqualTo("confidential");
    Evidence.BeforeAfter change = change(evidence);
    // Before: 2024-12, 2025-01 (confidential), 2025-02: no pooled rate, no interval.
    assertThat(change.before().value()).isNull();
    assertThat(change.before().ciLow()).isNull();
    assertThat(change.before().reason()).isEqualTo("not_published");
    assertThat(change.after().value()).isEqualTo(27.0 / 30);
    assertThat(change.change()).isNull();
  }

  @Test
  void aWindowWithOneMonthNotOkHasNoPooledRate() {
    timely("2024-12", 3);
    timely("2025-02", 3); // 2025-01 is missing: the window is not whole
    Evidence evidence = evidence("2025-03-05", "2025-03-20", "adjusted");
    assertThat(change(evidence).before().reason()).isEqualTo("not_published");
  }

  @Test
  void theRatesArePooledOverTheThreeMonthsBeforeAndAfterWithWilsonIntervals() {
    timely("2024-12", 3);
    timely("2025-01", 3);
    timely("2025-02", 4); // before: 10 of 30
    timely("2025-03", 0); // the month raised and responded is in neither window
    timely("2025-04", 10);
    timely("2025-05", 9);
    timely("2025-06", 10); // after: 29 of 30
    Evidence.BeforeAfter change = change(evidence("2025-03-05", "2025-03-20", "postponed"));
    // Wilson, z = 1.959964: 10/30 -> (0.192305, 0.512199); 29/30 -> (0.833296, 0.994091).
    assertThat(change.before().value()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(change.before().ciLow()).isCloseTo(0.1923050, within(1e-6));
    assertThat(change.before().ciHigh()).isCloseTo(0.5121995, within(1e-6));
    assertThat(change.after().value()).isCloseTo(29.0 / 30, within(1e-12));
    assertThat(change.after().ciLow()).isCloseTo(0.8332961, within(1e-6));
    // Newcombe: 0.633333 - sqrt((0.966667-0.833296)^2 + (0.512199-0.333333)^2) = 0.410217 > 0.
    assertThat(change.change()).isEqualTo("improved");
  }

  @Test
  void anIntervalOfTheDifferenceAcrossZeroIsNoSignificantChange() {
    timely("2024-12", 8);
    timely("2025-01", 8);
    timely("2025-02", 8); // 24 of 30
    timely("2025-04", 9);
    timely("2025-05", 9);
    timely("2025-06", 9); // 27 of 30
    // Newcombe: 0.1 - sqrt((0.9-0.743789)^2 + (0.904949-0.8)^2) = -0.088192 < 0 < 0.285002.
    assertThat(change(evidence("2025-03-05", "2025-03-20", "resources")).change())
        .isEqualTo("no_significant_change");
  }

  @Test
  void aFallAfterTheResponseIsWorsened() {
    timely("2024-12", 10);
    timely("2025-01", 9);
    timely("2025-02", 10); // 29 of 30
    timely("2025-04", 3);
    timely("2025-05", 3);
    timely("2025-06", 4); // 10 of 30: the interval is (-0.777003, -0.410217)
    assertThat(change(evidence("2025-03-05", "2025-03-20", "rejected")).change())
        .isEqualTo("worsened");
  }

  @Test
  void aResponseTooRecentForTheAfterWindowIsTooEarly() {
    for (String month : List.of("2024-12", "2025-01", "2025-02", "2025-05", "2025-06")) {
      timely(month, 5);
    }
    // Responded in April 2025: the after window is May to July, and July is after as_of's June.
    Evidence.BeforeAfter change = change(evidence("2025-03-05", "2025-04-02", "adjusted"));
    assertThat(change.before().value()).isEqualTo(0.5);
    assertThat(change.after().value()).isNull();
    assertThat(change.after().reason()).isEqualTo("too_early");
    assertThat(change.change()).isNull();
  }

  @Test
  void bothRatesAreComparedAndAnUnansweredSignalHasNoComparison() {
    assertThat(evidence("2025-03-05", "2025-03-06", "adjusted").changes())
        .extracting(Evidence.BeforeAfter::indicator)
        .containsExactly(TIMELY_DECISION_RATE, OUTCOME_ACHIEVEMENT_RATE);
    assertThat(evidence("2025-03-05", null, null).changes()).isEmpty();
  }
}
