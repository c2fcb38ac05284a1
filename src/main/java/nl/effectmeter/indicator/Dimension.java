package nl.effectmeter.indicator;

import java.util.Locale;

/** The seven dimensions of a cell, in the column order of the published indicators table. */
public enum Dimension {
  ORGANISATION,
  REGULATION,
  MUNICIPALITY,
  PROVINCE,
  GOVERNMENT_LAYER,
  CLIENT_SEGMENT,
  CHANNEL;

  /** Code of a dimension that a breakdown totals over. */
  public static final String TOTAL = "_T";

  /** Code of an unknown member. */
  public static final String UNKNOWN = "_U";

  /** The column name, e.g. {@code government_layer}. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Dimension fromColumn(String column) {
    for (Dimension dimension : values()) {
      if (dimension.column().equals(column)) {
        return dimension;
      }
    }
    throw new IllegalArgumentException("Unknown dimension: " + column);
  }
}
