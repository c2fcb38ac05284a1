package nl.effectmeter.generate;

/** Turns a generated case into the fields of a services row, in InputDataset's column order. */
final class ServiceRow {
  static final int REQUESTED_AT = 4;
  static final int DECIDED_AT = 5;
  static final int DECISION = 6;
  static final int CHANNEL = 7;
  static final int CLIENT_KEY = 8;
  static final int COST_EUR = 10;

  private ServiceRow() {}

  static String[] fields(GeneratedCase c, LocalClock clock) {
    return new String[] {
      c.caseId(),
      c.organisationCode(),
      c.regulation().code(),
      c.municipality().code(),
      clock.format(c.requested(), c.requestedStyle()),
      c.isDecided() ? clock.format(c.decided(), c.decidedStyle()) : null,
      c.decision(),
      c.channel(),
      c.clientKey(),
      c.clientSegment(),
      c.costCents() < 0 ? null : euros(c.costCents())
    };
  }

  /** Euro cents as a plain decimal with two digits after the point, e.g. {@code 123.05}. */
  static String euros(long cents) {
    long abs = Math.abs(cents);
    long fraction = abs % 100;
    return (cents < 0 ? "-" : "") + (abs / 100) + (fraction < 10 ? ".0" : ".") + fraction;
  }
}
