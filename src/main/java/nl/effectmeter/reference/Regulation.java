package nl.effectmeter.reference;

import static java.util.Objects.requireNonNull;

/**
 * A regulation with its legal decision term and outcome window, in days; either term is null in
 * runs published before it was recorded.
 */
public record Regulation(
    String code, String name, Integer legalTermDays, Integer outcomeWindowDays) {
  public Regulation {
    requireNonNull(code, "code is null");
  }
}
