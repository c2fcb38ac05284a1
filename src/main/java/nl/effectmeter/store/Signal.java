package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

/** One row of the published signals table; {@code message} is null in runs that lack it. */
public record Signal(
    String organisation,
    String regulation,
    String period,
    String signal,
    String severity,
    Double value,
    Double reference,
    String message) {

  public Signal {
    requireNonNull(organisation, "organisation is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(period, "period is null");
    requireNonNull(signal, "signal is null");
    requireNonNull(severity, "severity is null");
  }
}
