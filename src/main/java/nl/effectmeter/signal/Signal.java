package nl.effectmeter.signal;

import static java.util.Objects.requireNonNull;

/** One fired early-warning signal: a row of the published signals table. */
public record Signal(
    String organisation,
    String regulation,
    String period,
    String signal,
    String severity,
    double value,
    double reference,
    String message) {
  public static final String TIMELINESS_BREACH = "timeliness_breach";
  public static final String BACKLOG_GROWTH = "backlog_growth";
  public static final String COMPLAINT_SURGE = "complaint_surge";
  public static final String OUTCOME_DECLINE = "outcome_decline";
  public static final String HIGH = "high";
  public static final String MEDIUM = "medium";

  public Signal {
    requireNonNull(organisation, "organisation is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(period, "period is null");
    requireNonNull(signal, "signal is null");
    requireNonNull(severity, "severity is null");
    requireNonNull(message, "message is null");
  }
}
