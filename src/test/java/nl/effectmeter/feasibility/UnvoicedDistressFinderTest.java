package nl.effectmeter.feasibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.reference.Signal;
import org.junit.jupiter.api.Test;

/** unvoiced_distress (FEASIBILITY.md), as of June 2025: the window is January to June. */
class UnvoicedDistressFinderTest {
  private static final YearMonth AS_OF = YearMonth.of(2025, 6);

  private final List<Signal> signals = new ArrayList<>();
  private final List<FeasibilitySignal> raised = new ArrayList<>();

  private void fired(String month, String signal, String severity) {
    signals.add(new Signal("SVB", "AOW", month, signal, severity, 1.0, 0.5, "message"));
  }

  private List<UnvoicedDistress> find() {
    return UnvoicedDistressFinder.find(signals, raised, AS_OF);
  }

  @Test
  void highSignalsInThreeOfTheSixMonthsWithNoSignalRaisedAreUnvoicedDistress() {
    fired("2024-12", Signal.BACKLOG_GROWTH, "high"); // before the window
    fired("2025-02", Signal.TIMELINESS_BREACH, "high");
    fired("2025-02", Signal.BACKLOG_GROWTH, "high"); // same month: counts once
    fired("2025-04", Signal.COMPLAINT_SURGE, "medium"); // medium does not count
    fired("2025-05", Signal.TIMELINESS_BREACH, "high");
    fired("2025-06", Signal.TIMELINESS_BREACH, "high");
    assertThat(find())
        .containsExactly(
            new UnvoicedDistress(
                "SVB",
                "AOW",
                3,
                YearMonth.of(2025, 2),
                YearMonth.of(2025, 6),
                "backlog_growth,timeliness_breach"));
  }

  @Test
  void twoMonthsOfHighSignalsAreNotEnough() {
    fired("2025-05", Signal.TIMELINESS_BREACH, "high");
    fired("2025-06", Signal.TIMELINESS_BREACH, "high");
    fired("2025-04", Signal.TIMELINESS_BREACH, "medium");
    assertThat(find()).isEmpty();
  }

  @Test
  void aSignalRaisedInTheWindowVoicesTheDistress() {
    fired("2025-02", Signal.TIMELINESS_BREACH, "high");
    fired("2025-05", Signal.TIMELINESS_BREACH, "high");
    fired("2025-06", Signal.TIMELINESS_BREACH, "high");
    raised.add(
        new FeasibilitySignal(
            "K-1", "SVB", "AOW", "knelpunt", LocalDate.parse("2025-01-31"), "te druk", null, null));
    assertThat(find()).isEmpty();
  }

  @Test
  void aSignalRaisedBeforeTheWindowDoesNot() {
    fired("2025-02", Signal.TIMELINESS_BREACH, "high");
    fired("2025-05", Signal.TIMELINESS_BREACH, "high");
    fired("2025-06", Signal.TIMELINESS_BREACH, "high");
    raised.add(
        new FeasibilitySignal(
            "K-1", "SVB", "AOW", "knelpunt", LocalDate.parse("2024-12-31"), "te druk", null, null));
    assertThat(find()).hasSize(1);
  }
}
