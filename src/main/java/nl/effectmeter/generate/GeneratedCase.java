package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import nl.effectmeter.reference.Municipality;

/**
 * One generated case before it is written; moments are local seconds (see {@link LocalClock}).
 *
 * @param decided the decision moment, or -1 while the case is open
 * @param costCents the handling cost in euro cents, or -1 when unknown
 */
record GeneratedCase(
    long index,
    String caseId,
    SimulatedRegulation regulation,
    String organisationCode,
    Municipality municipality,
    long requested,
    TimestampStyle requestedStyle,
    long decided,
    TimestampStyle decidedStyle,
    String decision,
    String channel,
    String clientKey,
    String clientSegment,
    long costCents) {

  GeneratedCase {
    requireNonNull(caseId, "caseId is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(organisationCode, "organisationCode is null");
    requireNonNull(municipality, "municipality is null");
    requireNonNull(requestedStyle, "requestedStyle is null");
    if (decided >= 0 && decided < requested) {
      throw new IllegalArgumentException("Case " + caseId + " is decided before it was requested");
    }
    if ((decided < 0) != (decision == null)) {
      throw new IllegalArgumentException("Case " + caseId + " has a decision without a moment");
    }
  }

  boolean isDecided() {
    return decided >= 0;
  }

  /** Whole local days from request to decision, or to {@code until} while open. */
  long waitingDays(long until) {
    long end = isDecided() ? decided : until;
    return Math.floorDiv(end, LocalClock.SECONDS_PER_DAY)
        - Math.floorDiv(requested, LocalClock.SECONDS_PER_DAY);
  }
}
