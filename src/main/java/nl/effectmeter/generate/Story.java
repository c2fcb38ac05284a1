package nl.effectmeter.generate;

import java.time.LocalDate;

/**
 * The visible story in the data: from about nine months before {@code as_of} one regulation drifts
 * into a backlog; it receives more requests, takes ever longer to decide and draws ever more
 * complaints.
 */
final class Story {
  private final String regulationCode;
  private final long from;
  private final long until;

  Story(String regulationCode, LocalDate asOf) {
    this.regulationCode = regulationCode;
    this.from = asOf.minusMonths(9).withDayOfMonth(1).toEpochDay() * LocalClock.SECONDS_PER_DAY;
    this.until = (asOf.toEpochDay() + 1) * LocalClock.SECONDS_PER_DAY;
  }

  boolean concerns(SimulatedRegulation regulation) {
    return regulation.code().equals(regulationCode);
  }

  /** How far the drift has come at a moment: 0 before it starts, 1 at {@code as_of}. */
  double progress(long moment) {
    if (moment <= from) {
      return 0;
    }
    return Math.min(1.0, (double) (moment - from) / (until - from));
  }

  /** Multiplies the share of requests of the story's regulation. */
  double inflowFactor(long moment) {
    return 1 + 0.8 * progress(moment);
  }

  /** Multiplies the time it takes to decide a request of the story's regulation. */
  double delayFactor(long moment) {
    return 1 + 4.0 * progress(moment);
  }
}
