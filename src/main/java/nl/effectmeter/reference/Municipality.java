package nl.effectmeter.reference;

import static java.util.Objects.requireNonNull;

/** A municipality with its CBS code, the code of its province and its population. */
public record Municipality(String code, String name, String provinceCode, Long population) {
  public Municipality {
    requireNonNull(code, "code is null");
  }
}
