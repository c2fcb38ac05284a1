package nl.effectmeter.reference;

import static java.util.Objects.requireNonNull;

/** An executing organisation and its government layer. */
public record Organisation(String code, String name, String governmentLayer) {
  public Organisation {
    requireNonNull(code, "code is null");
  }
}
