package nl.effectmeter.indicator;

import static java.util.Objects.requireNonNull;

/** Where an indicator value belongs: a breakdown, a period and a code for each dimension. */
public record CellKey(
    Breakdown breakdown,
    Granularity granularity,
    String period,
    String organisation,
    String regulation,
    String municipality,
    String province,
    String governmentLayer,
    String clientSegment,
    String channel) {

  public CellKey {
    requireNonNull(breakdown, "breakdown is null");
    requireNonNull(granularity, "granularity is null");
    requireNonNull(period, "period is null");
    requireNonNull(organisation, "organisation is null");
    requireNonNull(regulation, "regulation is null");
    requireNonNull(municipality, "municipality is null");
    requireNonNull(province, "province is null");
    requireNonNull(governmentLayer, "governmentLayer is null");
    requireNonNull(clientSegment, "clientSegment is null");
    requireNonNull(channel, "channel is null");
  }

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

  /** The same cell with one dimension's code replaced. */
  public CellKey with(Dimension dimension, String code) {
    return new CellKey(
        breakdown,
        granularity,
        period,
        dimension == Dimension.ORGANISATION ? code : organisation,
        dimension == Dimension.REGULATION ? code : regulation,
        dimension == Dimension.MUNICIPALITY ? code : municipality,
        dimension == Dimension.PROVINCE ? code : province,
        dimension == Dimension.GOVERNMENT_LAYER ? code : governmentLayer,
        dimension == Dimension.CLIENT_SEGMENT ? code : clientSegment,
        dimension == Dimension.CHANNEL ? code : channel);
  }

  /** The same codes in another breakdown (used to address a parent cell). */
  public CellKey inBreakdown(Breakdown other) {
    return new CellKey(
        other,
        granularity,
        period,
        organisation,
        regulation,
        municipality,
        province,
        governmentLayer,
        clientSegment,
        channel);
  }

  /** The same codes in another period of the same granularity. */
  public CellKey inPeriod(String otherPeriod) {
    return new CellKey(
        breakdown,
        granularity,
        otherPeriod,
        organisation,
        regulation,
        municipality,
        province,
        governmentLayer,
        clientSegment,
        channel);
  }
}
