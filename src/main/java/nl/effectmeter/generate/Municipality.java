package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

/** A municipality with its CBS code, the code of its province and its population. */
public record Municipality(String code, String name, String provinceCode, long population) {
  public Municipality {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(provinceCode, "provinceCode is null");
    if (!code.matches("GM\\d{4}")) {
      throw new IllegalArgumentException("Municipality code is not GM + 4 digits: " + code);
    }
    if (!provinceCode.matches("PV\\d{2}")) {
      throw new IllegalArgumentException("Province code is not PV + 2 digits: " + provinceCode);
    }
    if (population < 0) {
      throw new IllegalArgumentException("Population of " + code + " is negative: " + population);
    }
  }
}
