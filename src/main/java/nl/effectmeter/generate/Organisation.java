package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** An executing organisation of the reference data. */
public record Organisation(String code, String name, String governmentLayer) {
  private static final Set<String> LAYERS =
      Set.of("rijk", "zbo", "gemeente", "provincie", "waterschap");

  public Organisation {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(governmentLayer, "governmentLayer is null");
    if (!LAYERS.contains(governmentLayer)) {
      throw new IllegalArgumentException(
          "Unknown government layer of organisation " + code + ": " + governmentLayer);
    }
  }
}
