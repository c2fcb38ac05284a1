package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

/** A kind of outcome that can be measured after a decision, with its agreed societal value. */
public record OutcomeType(String code, String name, boolean intended, double societalValueEur) {
  public OutcomeType {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    if (!(societalValueEur >= 0)) {
      throw new IllegalArgumentException(
          "Societal value of " + code + " is not >= 0: " + societalValueEur);
    }
  }
}
