package nl.effectmeter.feasibility;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * An organisation and regulation whose data say that carrying out the regulation is in trouble
 * while nobody said so: high signals in at least 3 of the last 6 months, no feasibility signal.
 *
 * @param signals the distinct signal names, sorted, comma-separated
 */
public record UnvoicedDistress(
    String organisation,
    String regulation,
    int monthsWithHighSignals,
    YearMonth firstMonth,
    YearMonth lastMonth,
    String signals) {

  public UnvoicedDistress {
    requireNonNull(organisation, "organisation is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(firstMonth, "firstMonth is null");
    requireNonNull(lastMonth, "lastMonth is null");
    requireNonNull(signals, "signals is null");
  }
}
