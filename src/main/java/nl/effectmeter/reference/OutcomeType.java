package nl.effectmeter.reference;

import static java.util.Objects.requireNonNull;

/** A kind of outcome measured after a decision: whether it is intended and its societal value. */
public record OutcomeType(String code, String name, Boolean intended, Double societalValueEur) {
  public OutcomeType {
    requireNonNull(code, "code is null");
  }
}
