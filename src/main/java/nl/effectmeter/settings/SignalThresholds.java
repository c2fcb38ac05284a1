package nl.effectmeter.settings;

/** Thresholds of the early-warning signals (INDICATORS.md, signals table). */
public record SignalThresholds(
    double timelinessThreshold,
    double timelinessHighBelow,
    int backlogMinOpen,
    double backlogFactor,
    double backlogHighFactor,
    int surgeMinComplaints,
    double surgeSdMultiplier,
    int historyMonths,
    int minOkHistory) {

  public SignalThresholds {
    if (historyMonths < 1 || minOkHistory < 2 || minOkHistory > historyMonths) {
      throw new IllegalArgumentException(
          "signals.min_ok_history must be from 2 to signals.history_months ("
              + historyMonths
              + "): "
              + minOkHistory);
    }
  }

  public static SignalThresholds defaults() {
    return new SignalThresholds(0.80, 0.60, 100, 1.25, 1.5, 10, 3.0, 12, 6);
  }
}
