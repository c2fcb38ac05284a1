package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Status;

/**
 * One row of the published indicators table. A suppressed row carries no numbers, whatever the file
 * says, so nothing downstream can reveal one.
 */
public record Observation(
    String indicator,
    String breakdown,
    String granularity,
    String period,
    String organisation,
    String regulation,
    String municipality,
    String province,
    String governmentLayer,
    String clientSegment,
    String channel,
    Double value,
    Double numerator,
    Double denominator,
    Long base,
    Double ciLow,
    Double ciHigh,
    String status) {

  public Observation {
    requireNonNull(indicator, "indicator is null");
    requireNonNull(breakdown, "breakdown is null");
    requireNonNull(granularity, "granularity is null");
    requireNonNull(period, "period is null");
    requireNonNull(status, "status is null");
    if (Status.fromLabel(status).isSuppressed()) {
      value = null;
      numerator = null;
      denominator = null;
      base = null;
      ciLow = null;
      ciHigh = null;
    }
  }

  /** The row's code for a dimension. */
  public String code(Dimension dimension) {
    return switch (dimension) {
      case ORGANISATION -> organisation;
      case REGULATION -> regulation;
      case MUNICIPALITY -> municipality;
      case PROVINCE -> province;
      case GOVERNMENT_LAYER -> governmentLayer;
      case CLIENT_SEGMENT -> clientSegment;
      case CHANNEL -> channel;
    };
  }

  public boolean isOk() {
    return Status.OK.label().equals(status);
  }
}
