package nl.effectmeter.indicator;

import static nl.effectmeter.indicator.Dimension.CHANNEL;
import static nl.effectmeter.indicator.Dimension.CLIENT_SEGMENT;
import static nl.effectmeter.indicator.Dimension.GOVERNMENT_LAYER;
import static nl.effectmeter.indicator.Dimension.MUNICIPALITY;
import static nl.effectmeter.indicator.Dimension.ORGANISATION;
import static nl.effectmeter.indicator.Dimension.PROVINCE;
import static nl.effectmeter.indicator.Dimension.REGULATION;
import static nl.effectmeter.indicator.Granularity.MONTH;
import static nl.effectmeter.indicator.Granularity.QUARTER;
import static nl.effectmeter.indicator.Granularity.YEAR;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The eleven published breakdowns with the granularities each exists at (INDICATORS.md). */
public enum Breakdown {
  TOTAL(List.of(), EnumSet.of(MONTH, QUARTER, YEAR)),
  ORGANISATION_(List.of(ORGANISATION), EnumSet.of(MONTH, QUARTER, YEAR)),
  ORGANISATION_REGULATION(List.of(ORGANISATION, REGULATION), EnumSet.of(MONTH, QUARTER, YEAR)),
  ORGANISATION_REGULATION_MUNICIPALITY(
      List.of(ORGANISATION, REGULATION, MUNICIPALITY), EnumSet.of(QUARTER, YEAR)),
  ORGANISATION_MUNICIPALITY(List.of(ORGANISATION, MUNICIPALITY), EnumSet.of(QUARTER, YEAR)),
  REGULATION_(List.of(REGULATION), EnumSet.of(MONTH, QUARTER, YEAR)),
  REGULATION_MUNICIPALITY(List.of(REGULATION, MUNICIPALITY), EnumSet.of(QUARTER, YEAR)),
  GOVERNMENT_LAYER_(List.of(GOVERNMENT_LAYER), EnumSet.of(MONTH, QUARTER, YEAR)),
  GOVERNMENT_LAYER_PROVINCE(List.of(GOVERNMENT_LAYER, PROVINCE), EnumSet.of(QUARTER, YEAR)),
  ORGANISATION_REGULATION_CLIENT_SEGMENT(
      List.of(ORGANISATION, REGULATION, CLIENT_SEGMENT), EnumSet.of(QUARTER, YEAR)),
  ORGANISATION_REGULATION_CHANNEL(
      List.of(ORGANISATION, REGULATION, CHANNEL), EnumSet.of(QUARTER, YEAR));

  // The collections are never changed after construction (the enum's own, unexported).
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<Dimension> dimensions;

  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<Granularity> granularities;

  private final String label;

  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<Dimension> filled;

  Breakdown(List<Dimension> dimensions, Set<Granularity> granularities) {
    this.dimensions = dimensions;
    this.granularities = granularities;
    this.filled = filled(dimensions);
    this.label =
        dimensions.isEmpty()
            ? "total"
            : dimensions.stream().map(Dimension::column).collect(Collectors.joining(","));
  }

  /** The breakdown's name in the published table, e.g. {@code organisation,regulation}. */
  public String label() {
    return label;
  }

  /** The dimensions the breakdown holds codes for, as named. */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * The dimensions that carry a code in this breakdown's cells: the named ones plus the coarser
   * ones that follow from them (province from municipality, government layer from organisation).
   */
  public Set<Dimension> filledDimensions() {
    return filled;
  }

  private static Set<Dimension> filled(List<Dimension> dimensions) {
    EnumSet<Dimension> filled = EnumSet.noneOf(Dimension.class);
    filled.addAll(dimensions);
    if (filled.contains(MUNICIPALITY)) {
      filled.add(PROVINCE);
    }
    if (filled.contains(ORGANISATION)) {
      filled.add(GOVERNMENT_LAYER);
    }
    return Collections.unmodifiableSet(filled);
  }

  public Set<Granularity> granularities() {
    return granularities;
  }

  public boolean existsAt(Granularity granularity) {
    return granularities.contains(granularity);
  }

  public static Breakdown fromLabel(String label) {
    for (Breakdown breakdown : values()) {
      if (breakdown.label.equals(label)) {
        return breakdown;
      }
    }
    throw new IllegalArgumentException("Unknown breakdown: " + label);
  }
}
