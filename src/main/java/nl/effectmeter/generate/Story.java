package nl.effectmeter.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * The visible story in the data, in two episodes.
 *
 * <p>UWV's WIA drifts into a backlog from eleven months before {@code as_of}: it receives more
 * requests, takes ever longer to decide and draws ever more complaints, until UWV raises a
 * noodsignaal and the new rules are postponed ({@link #raisedOn}, {@link #respondedOn}); UWV then
 * clears the backlog within that month and the drift is over. UWV's WW drifts the same way from
 * eight months before {@code as_of} to the end, and nobody raises a signal about it.
 */
final class Story {
  /** One regulation's drift: from a moment until another, optionally ended by clearing. */
  private record Episode(String regulation, long from, long until, long clearedAt) {}

  private final List<Episode> episodes;
  private final LocalDate asOf;

  Story(LocalDate asOf) {
    this.asOf = asOf;
    long end = (asOf.toEpochDay() + 1) * LocalClock.SECONDS_PER_DAY;
    long cleared = seconds(respondedOn(asOf));
    this.episodes =
        List.of(
            new Episode("WIA", seconds(asOf.minusMonths(11).withDayOfMonth(1)), cleared, cleared),
            new Episode("WW", seconds(asOf.minusMonths(8).withDayOfMonth(1)), end, -1));
  }

  /** The day UWV raises its noodsignaal on WIA: early in the third month before as_of's. */
  static LocalDate raisedOn(LocalDate asOf) {
    return asOf.minusMonths(3).withDayOfMonth(3);
  }

  /** The day the start of the new WIA rules is postponed, three weeks after the noodsignaal. */
  static LocalDate respondedOn(LocalDate asOf) {
    return raisedOn(asOf).plusDays(21);
  }

  LocalDate asOf() {
    return asOf;
  }

  boolean concerns(SimulatedRegulation regulation) {
    return episode(regulation) != null;
  }

  /** How far the drift has come at a moment: 0 before it starts and after it ends, 1 at its end. */
  double progress(SimulatedRegulation regulation, long moment) {
    Episode episode = episode(regulation);
    if (episode == null || moment <= episode.from() || moment >= episode.until()) {
      return 0;
    }
    return Math.min(1.0, (double) (moment - episode.from()) / (episode.until() - episode.from()));
  }

  /** Multiplies the share of requests of a story regulation. */
  double inflowFactor(SimulatedRegulation regulation, long moment) {
    return 1 + 0.8 * progress(regulation, moment);
  }

  /** The municipality that decides its own municipal regulations fastest: where to learn. */
  static final String MODEL_MUNICIPALITY = "GM0363";

  /** Multiplies the time the model municipality takes for the regulations it executes. */
  static final double MODEL_DELAY_FACTOR = 0.35;

  /** Multiplies the time it takes to decide a request of a story regulation. */
  double delayFactor(SimulatedRegulation regulation, long moment) {
    return 1 + 4.0 * progress(regulation, moment);
  }

  /**
   * When a drift ends by clearing, a case requested before and still open then is decided within
   * the ten days after; otherwise the decision stands.
   */
  long decided(SimulatedRegulation regulation, long requested, long decided, double draw) {
    Episode episode = episode(regulation);
    if (episode == null || episode.clearedAt() < 0) {
      return decided;
    }
    long cleared = episode.clearedAt();
    if (requested < cleared && decided > cleared) {
      return Math.min(decided, cleared + (long) (draw * 10 * LocalClock.SECONDS_PER_DAY));
    }
    return decided;
  }

  private Episode episode(SimulatedRegulation regulation) {
    for (Episode episode : episodes) {
      if (episode.regulation().equals(regulation.code())) {
        return episode;
      }
    }
    return null;
  }

  private static long seconds(LocalDate date) {
    return date.toEpochDay() * LocalClock.SECONDS_PER_DAY;
  }
}
