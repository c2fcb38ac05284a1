package nl.effectmeter.reference;

import static java.util.Objects.requireNonNull;

/**
 * A municipality with its CBS code, the code of its province, its population and, when the
 * reference data give it, its degree of urbanisation (CBS stedelijkheid: 1 very strongly urban to 5
 * not urban; null otherwise).
 */
public record Municipality(
    String code, String name, String provinceCode, Long population, Integer urbanisation) {
  public Municipality {
    requireNonNull(code, "code is null");
  }
}
