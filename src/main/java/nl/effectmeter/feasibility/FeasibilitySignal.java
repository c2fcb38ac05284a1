package nl.effectmeter.feasibility;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A signal raised by an executing organisation (a row of feasibility_signals): a {@code
 * noodsignaal} or a {@code knelpunt}, with the response it got, if any. Dates are local dates.
 */
public record FeasibilitySignal(
    String id,
    String organisation,
    String regulation,
    String kind,
    LocalDate raisedOn,
    String summary,
    LocalDate respondedOn,
    String response) {

  public FeasibilitySignal {
    requireNonNull(id, "id is null");
    requireNonNull(organisation, "organisation is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(raisedOn, "raisedOn is null");
    if ((respondedOn == null) != (response == null)) {
      throw new IllegalArgumentException(
          "Signal "
              + id
              + ": a response and its date come together, got "
              + response
              + " on "
              + respondedOn);
    }
    if (respondedOn != null && respondedOn.isBefore(raisedOn)) {
      throw new IllegalArgumentException(
          "Signal "
              + id
              + " was answered on "
              + respondedOn
              + ", before it was raised on "
              + raisedOn);
    }
  }

  public YearMonth raisedMonth() {
    return YearMonth.from(raisedOn);
  }

  /** The month of the response, or null when the signal is unanswered. */
  public YearMonth respondedMonth() {
    return respondedOn == null ? null : YearMonth.from(respondedOn);
  }
}
