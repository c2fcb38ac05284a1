package nl.effectmeter.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How municipality and province codes are checked ({@code reference.region_codes}): as CBS codes,
 * the contract's rule, or as whatever codes the export uses for its regions.
 */
public enum RegionCodes {
  /** {@code GM} + 4 digits and {@code PV} + 2 digits, the codes of Statistics Netherlands. */
  CBS,
  /**
   * Any non-empty code: regions of an export from outside the Netherlands (e.g. neighbourhoods).
   */
  OWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(RegionCodes::label).toList();
  }

  public static RegionCodes fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
