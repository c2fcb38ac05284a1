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

  /**
   * An attribute the API gives a dimension's code from the run's reference data ({@code GET
   * /api/v1/dimensions/{dimension}}, the pages), named in its answers by {@link #key()}: the API's
   * own name, not the input column it is read from, so that renaming an input column leaves the
   * answers as they are.
   */
  public enum Attribute {
    /** An organisation's government layer: a code of that dimension, named as the dimension. */
    GOVERNMENT_LAYER(Dimension.GOVERNMENT_LAYER),
    /** A regulation's legal decision term, in days. */
    LEGAL_TERM_DAYS(null),
    /** A regulation's outcome window, in days. */
    OUTCOME_WINDOW_DAYS(null),
    /** A municipality's province: a code of that dimension, named as the dimension. */
    PROVINCE(Dimension.PROVINCE),
    /** A municipality's population. */
    POPULATION(null),
    /** A municipality's degree of urbanisation, when the reference data give it. */
    URBANISATION(null),
    /** A province's number of municipalities in the reference data. */
    MUNICIPALITIES(null);

    private final Dimension codeOf;

    Attribute(Dimension codeOf) {
      this.codeOf = codeOf;
    }

    /** The attribute's name in the API's answers, e.g. {@code legal_term_days}. */
    public String key() {
      return codeOf != null ? codeOf.column() : name().toLowerCase(Locale.ROOT);
    }
  }
}
