package nl.effectmeter.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One fired early-warning signal: a row of the published signals table. {@code value} and {@code
 * reference} are the number that fired and what it was compared with; {@code message} is null in
 * runs published before it was recorded.
 */
public record Signal(
    String organisation,
    String regulation,
    String period,
    String signal,
    String severity,
    Double value,
    Double reference,
    String message) {

  public static final String TIMELINESS_BREACH = "timeliness_breach";
  public static final String BACKLOG_GROWTH = "backlog_growth";
  public static final String COMPLAINT_SURGE = "complaint_surge";
  public static final String OUTCOME_DECLINE = "outcome_decline";
  public static final String HIGH = "high";
  public static final String MEDIUM = "medium";

  /** Every signal's name, as the signals table and the API's filter take them. */
  public static final List<String> NAMES =
      List.of(TIMELINESS_BREACH, BACKLOG_GROWTH, COMPLAINT_SURGE, OUTCOME_DECLINE);

  /** Every severity. */
  public static final List<String> SEVERITIES = List.of(HIGH, MEDIUM);

  public Signal {
    requireNonNull(organisation, "organisation is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(period, "period is null");
    requireNonNull(signal, "signal is null");
    requireNonNull(severity, "severity is null");
  }
}
