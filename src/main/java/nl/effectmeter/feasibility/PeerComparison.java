package nl.effectmeter.feasibility;

import static java.util.Objects.requireNonNull;

/**
 * One row of peer_comparison: a municipality's published rate for a regulation and period against
 * the pooled rate of its peers (same urbanisation and population band).
 *
 * @param peerGroup e.g. {@code u2-p50k}; without an urbanisation just the band, e.g. {@code p50k};
 *     null when the municipality's population is unknown
 * @param peers the other members of the group with an {@code ok} value
 * @param peerRate Σ numerators / Σ denominators over those peers; null when there are none
 * @param position {@code above}, {@code below} or {@code typical}; null when peers &lt; 4
 */
public record PeerComparison(
    String regulation,
    String granularity,
    String period,
    String indicator,
    String municipality,
    double value,
    Double ciLow,
    Double ciHigh,
    String peerGroup,
    int peers,
    Double peerRate,
    String position) {

  public PeerComparison {
    requireNonNull(regulation, "regulation is null");
    requireNonNull(granularity, "granularity is null");
    requireNonNull(period, "period is null");
    requireNonNull(indicator, "indicator is null");
    requireNonNull(municipality, "municipality is null");
  }
}
