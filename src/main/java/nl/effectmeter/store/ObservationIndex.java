package nl.effectmeter.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;

/**
 * The published indicators of one run, split by breakdown and granularity, with posting lists per
 * indicator, period and dimension code so that a query touches only the rows it may return.
 */
public final class ObservationIndex {
  private final Map<Breakdown, Map<Granularity, Slice>> slices = new EnumMap<>(Breakdown.class);
  private final int size;

  ObservationIndex(List<Observation> rows) {
    Map<Breakdown, Map<Granularity, List<Observation>>> grouped = new EnumMap<>(Breakdown.class);
    for (Observation row : rows) {
      grouped
          .computeIfAbsent(
              Breakdown.fromLabel(row.breakdown()), b -> new EnumMap<>(Granularity.class))
          .computeIfAbsent(Granularity.fromLabel(row.granularity()), g -> new ArrayList<>())
          .add(row);
    }
    grouped.forEach(
        (breakdown, byGranularity) ->
            byGranularity.forEach(
                (granularity, sliceRows) ->
                    slices
                        .computeIfAbsent(breakdown, b -> new EnumMap<>(Granularity.class))
                        .put(granularity, new Slice(sliceRows))));
    this.size = rows.size();
  }

  public int size() {
    return size;
  }

  /** The rows that match, in the order of the published table. */
  public List<Observation> select(ObservationQuery query) {
    return slice(query.breakdown(), query.granularity())
        .map(slice -> slice.select(query))
        .orElse(List.of());
  }

  /** The one row of an indicator in a cell of the {@code organisation} breakdown, if published. */
  public Optional<Observation> organisationRow(
      String indicator, Granularity granularity, String period, String organisation) {
    return slice(Breakdown.ORGANISATION_, granularity)
        .map(slice -> slice.byCell.get(indicator + "|" + period + "|" + organisation));
  }

  /** Rows of one indicator and period in the {@code organisation} breakdown, all organisations. */
  public List<Observation> organisationRows(
      String indicator, Granularity granularity, String period) {
    ObservationQuery query =
        new ObservationQuery(
            Breakdown.ORGANISATION_,
            granularity,
            Set.of(indicator),
            Set.of(period),
            null,
            null,
            Map.of(),
            Set.of());
    return select(query);
  }

  /** The periods published for a breakdown at a granularity, in order. */
  public List<String> periods(Breakdown breakdown, Granularity granularity) {
    return slice(breakdown, granularity).map(slice -> slice.periods).orElse(List.of());
  }

  private Optional<Slice> slice(Breakdown breakdown, Granularity granularity) {
    return Optional.ofNullable(slices.getOrDefault(breakdown, Map.of()).get(granularity));
  }

  private static final class Slice {
    private final Observation[] rows;
    private final Map<String, int[]> byIndicator;
    private final Map<String, int[]> byPeriod;
    private final Map<Dimension, Map<String, int[]>> byCode = new EnumMap<>(Dimension.class);
    private final Map<String, Observation> byCell = new HashMap<>();
    private final List<String> periods;

    Slice(List<Observation> rows) {
      this.rows = rows.toArray(new Observation[0]);
      this.byIndicator = postings(rows, Observation::indicator);
      this.byPeriod = postings(rows, Observation::period);
      for (Dimension dimension : Dimension.values()) {
        byCode.put(dimension, postings(rows, row -> row.code(dimension)));
      }
      for (Observation row : rows) {
        if (Breakdown.ORGANISATION_.label().equals(row.breakdown())) {
          byCell.put(row.indicator() + "|" + row.period() + "|" + row.organisation(), row);
        }
      }
      this.periods = List.copyOf(new TreeSet<>(byPeriod.keySet()));
    }

    List<Observation> select(ObservationQuery query) {
      int[] candidates = narrowest(query);
      List<Observation> result = new ArrayList<>();
      if (candidates == null) {
        for (Observation row : rows) {
          if (query.matches(row)) {
            result.add(row);
          }
        }
        return result;
      }
      for (int position : candidates) {
        if (query.matches(rows[position])) {
          result.add(rows[position]);
        }
      }
      return result;
    }

    /** The shortest posting list any filter allows, or null when no filter is indexed. */
    private int[] narrowest(ObservationQuery query) {
      List<int[]> lists = new ArrayList<>();
      if (!query.indicators().isEmpty()) {
        lists.add(union(byIndicator, query.indicators()));
      }
      if (!query.periods().isEmpty()) {
        lists.add(union(byPeriod, query.periods()));
      }
      query
          .codes()
          .forEach(
              (dimension, codes) -> {
                if (!codes.isEmpty()) {
                  lists.add(union(byCode.get(dimension), codes));
                }
              });
      return lists.stream().min((a, b) -> Integer.compare(a.length, b.length)).orElse(null);
    }

    private static int[] union(Map<String, int[]> postings, Set<String> keys) {
      if (keys.size() == 1) {
        return postings.getOrDefault(keys.iterator().next(), new int[0]);
      }
      List<Integer> positions = new ArrayList<>();
      for (String key : keys) {
        for (int position : postings.getOrDefault(key, new int[0])) {
          positions.add(position);
        }
      }
      Collections.sort(positions);
      return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, int[]> postings(
        List<Observation> rows, java.util.function.Function<Observation, String> key) {
      Map<String, List<Integer>> lists = new HashMap<>();
      for (int position = 0; position < rows.size(); position++) {
        lists.computeIfAbsent(key.apply(rows.get(position)), k -> new ArrayList<>()).add(position);
      }
      Map<String, int[]> postings = new HashMap<>();
      lists.forEach(
          (k, positions) ->
              postings.put(k, positions.stream().mapToInt(Integer::intValue).toArray()));
      return postings;
    }
  }
}
