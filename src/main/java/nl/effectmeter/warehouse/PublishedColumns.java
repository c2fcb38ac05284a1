package nl.effectmeter.warehouse;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.effectmeter.indicator.Dimension;

/**
 * Column names of the published tables (INDICATORS.md, "Published tables"): the one place they are
 * written out. The seven dimension columns are {@link Dimension#column()}'s, written out here too
 * so that they are constants an annotation can name ({@code architecture/ColumnNamesTest} holds the
 * two equal, and the tables take their order from {@link Dimension}); the feasibility and revisions
 * tables add theirs in {@link FeasibilityColumns} and {@link RevisionColumns}.
 */
public final class PublishedColumns {
  public static final String INDICATOR = "indicator";
  public static final String BREAKDOWN = "breakdown";
  public static final String GRANULARITY = "granularity";
  public static final String PERIOD = "period";
  public static final String ORGANISATION = "organisation";
  public static final String REGULATION = "regulation";
  public static final String MUNICIPALITY = "municipality";
  public static final String PROVINCE = "province";
  public static final String GOVERNMENT_LAYER = "government_layer";
  public static final String CLIENT_SEGMENT = "client_segment";
  public static final String CHANNEL = "channel";
  public static final String VALUE = "value";
  public static final String NUMERATOR = "numerator";
  public static final String DENOMINATOR = "denominator";
  public static final String BASE = "base";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";
  public static final String STATUS = "status";

  public static final String SIGNAL = "signal";
  public static final String SEVERITY = "severity";
  public static final String REFERENCE = "reference";
  public static final String MESSAGE = "message";

  public static final String QUANTITY = "quantity";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";

  /**
   * Indicators table, in order. Types: strings for the first eleven and status; doubles for value,
   * numerator, denominator, ci_low, ci_high; a long for base. Every number may be null.
   */
  public static final List<String> INDICATOR_COLUMNS =
      Stream.of(
              Stream.of(INDICATOR),
              cellColumns(),
              Stream.of(VALUE, NUMERATOR, DENOMINATOR, BASE, CI_LOW, CI_HIGH, STATUS))
          .flatMap(s -> s)
          .toList();

  /** What identifies a row of the indicators table: the indicator and the cell's keys. */
  public static final List<String> INDICATOR_KEY = INDICATOR_COLUMNS.subList(0, 11);

  /** Signals table, in order: strings except value and reference (doubles). */
  public static final List<String> SIGNAL_COLUMNS =
      List.of(ORGANISATION, REGULATION, PERIOD, SIGNAL, SEVERITY, VALUE, REFERENCE, MESSAGE);

  /**
   * Disclosure table (for the data team; the API never serves it), in order: the cell's keys, the
   * suppressed quantity and its reason ({@code primary} or {@code secondary}); all strings.
   */
  public static final List<String> DISCLOSURE_COLUMNS =
      Stream.concat(cellColumns(), Stream.of(QUANTITY, REASON, VALUE)).toList();

  /**
   * The keys of a cell: breakdown, granularity, period and the seven dimensions, in {@link
   * Dimension}'s order.
   */
  private static Stream<String> cellColumns() {
    return Stream.concat(
        Stream.of(BREAKDOWN, GRANULARITY, PERIOD),
        Arrays.stream(Dimension.values()).map(Dimension::column));
  }

  private PublishedColumns() {}
}
