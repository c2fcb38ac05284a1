package nl.effectmeter.answer;

import java.util.Optional;
import nl.effectmeter.indicator.RateChange;
import nl.effectmeter.store.Observation;

/** The change of a rate between two published rows, where both are {@code ok} with an interval. */
final class RateChanges {
  private RateChanges() {}

  static Optional<RateChange> of(Optional<Observation> current, Optional<Observation> previous) {
    Optional<RateChange.Rate> after = current.flatMap(RateChanges::rate);
    Optional<RateChange.Rate> before = previous.flatMap(RateChanges::rate);
    if (after.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RateChange.between(after.get(), before.get()));
  }

  /** The row's rate, when it is published: a confidential or missing value gives none. */
  private static Optional<RateChange.Rate> rate(Observation row) {
    if (!row.isOk() || row.value() == null || row.ciLow() == null || row.ciHigh() == null) {
      return Optional.empty();
    }
    return Optional.of(new RateChange.Rate(row.value(), row.ciLow(), row.ciHigh()));
  }
}
