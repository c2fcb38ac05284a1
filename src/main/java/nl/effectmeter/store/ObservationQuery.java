package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;

/**
 * A validated filter over one breakdown at one granularity; an empty set means "any", a null {@code
 * from} or {@code to} an open end.
 */
public record ObservationQuery(
    Breakdown breakdown,
    Granularity granularity,
    Set<String> indicators,
    Set<String> periods,
    String from,
    String to,
    Map<Dimension, Set<String>> codes,
    Set<String> statuses) {

  public ObservationQuery {
    requireNonNull(breakdown, "breakdown is null");
    requireNonNull(granularity, "granularity is null");
    indicators = Set.copyOf(indicators);
    periods = Set.copyOf(periods);
    codes = Map.copyOf(codes);
    statuses = Set.copyOf(statuses);
  }

  boolean matches(Observation row) {
    if (!indicators.isEmpty() && !indicators.contains(row.indicator())) {
      return false;
    }
    if (!periods.isEmpty() && !periods.contains(row.period())) {
      return false;
    }
    // Periods of one granularity sort as text: 2025-03 < 2025-10, 2025-Q1 < 2025-Q4.
    if (from != null && row.period().compareTo(from) < 0) {
      return false;
    }
    if (to != null && row.period().compareTo(to) > 0) {
      return false;
    }
    if (!statuses.isEmpty() && !statuses.contains(row.status())) {
      return false;
    }
    for (Map.Entry<Dimension, Set<String>> filter : codes.entrySet()) {
      if (!filter.getValue().isEmpty() && !filter.getValue().contains(row.code(filter.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
