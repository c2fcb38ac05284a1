package nl.effectmeter.generate;

/** The ISO-8601 forms in which the generator writes a local Europe/Amsterdam moment. */
enum TimestampStyle {
  /** {@code 2025-03-14T09:30:00}: local time without offset. */
  LOCAL,
  /** {@code 2025-03-14T08:30:00Z}: the same instant in UTC, which may fall on the day before. */
  UTC,
  /** {@code 2025-03-14T09:30:00+01:00}: local time with its Amsterdam offset. */
  OFFSET,
  /** {@code 2025-03-14}: the local date alone. */
  DATE
}
