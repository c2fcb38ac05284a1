package nl.effectmeter.history;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import nl.effectmeter.store.Observation;

/** Which published value a row is: the indicator and its cell (breakdown, period and codes). */
public record ValueKey(
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
    String channel) {

  /** Period first, then the cell and the indicator: a release is read period by period. */
  public static final Comparator<ValueKey> ORDER =
      Comparator.comparing(ValueKey::granularity)
          .thenComparing(ValueKey::period)
          .thenComparing(ValueKey::breakdown)
          .thenComparing(ValueKey::organisation)
          .thenComparing(ValueKey::regulation)
          .thenComparing(ValueKey::municipality)
          .thenComparing(ValueKey::province)
          .thenComparing(ValueKey::governmentLayer)
          .thenComparing(ValueKey::clientSegment)
          .thenComparing(ValueKey::channel)
          .thenComparing(ValueKey::indicator);

  public ValueKey {
    requireNonNull(indicator, "indicator is null");
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

  public static ValueKey of(Observation row) {
    return new ValueKey(
        row.indicator(),
        row.breakdown(),
        row.granularity(),
        row.period(),
        row.organisation(),
        row.regulation(),
        row.municipality(),
        row.province(),
        row.governmentLayer(),
        row.clientSegment(),
        row.channel());
  }
}
