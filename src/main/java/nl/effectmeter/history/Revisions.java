package nl.effectmeter.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.store.Observation;
import nl.effectmeter.warehouse.RevisionColumns;

/**
 * Compares a run's published indicator values with those of the previous published run: which
 * values were revised, newly published, newly suppressed or withdrawn. A value that is the same in
 * both runs, or that neither run publishes, is no revision.
 */
public final class Revisions {
  static final String OK = Status.OK.label();
  static final String CONFIDENTIAL = Status.CONFIDENTIAL.label();

  private Revisions() {}

  /**
   * The revisions from the previous run's rows to the current run's, in {@link ValueKey#ORDER}.
   *
   * <ul>
   *   <li>{@code revised}: published in both, with another value;
   *   <li>{@code newly_published}: published now, not before (confidential, no data or absent);
   *   <li>{@code newly_suppressed}: published before, confidential now;
   *   <li>{@code withdrawn}: published before, now without data or absent.
   * </ul>
   */
  public static List<Revision> between(
      String previousRun, List<Observation> previous, List<Observation> current) {
    Map<ValueKey, Observation> before = new HashMap<>(previous.size() * 2);
    for (Observation row : previous) {
      before.put(ValueKey.of(row), row);
    }
    Map<ValueKey, Observation> now = new HashMap<>(current.size() * 2);
    for (Observation row : current) {
      now.put(ValueKey.of(row), row);
    }
    Set<ValueKey> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(now.keySet());
    List<Revision> revisions = new ArrayList<>();
    for (ValueKey key : keys) {
      Observation old = before.get(key);
      Observation neu = now.get(key);
      String oldStatus = old == null ? RevisionColumns.ABSENT : old.status();
      String newStatus = neu == null ? RevisionColumns.ABSENT : neu.status();
      Double oldValue = old == null ? null : old.value();
      Double newValue = neu == null ? null : neu.value();
      String kind = kind(oldStatus, newStatus, oldValue, newValue);
      if (kind != null) {
        revisions.add(
            new Revision(key, kind, previousRun, oldStatus, newStatus, oldValue, newValue));
      }
    }
    revisions.sort((a, b) -> ValueKey.ORDER.compare(a.key(), b.key()));
    return revisions;
  }

  private static String kind(String oldStatus, String newStatus, Double oldValue, Double newValue) {
    boolean wasPublished = OK.equals(oldStatus);
    boolean isPublished = OK.equals(newStatus);
    if (wasPublished && isPublished) {
      return Objects.equals(oldValue, newValue) ? null : RevisionColumns.REVISED;
    }
    if (isPublished) {
      return RevisionColumns.NEWLY_PUBLISHED;
    }
    if (wasPublished) {
      return CONFIDENTIAL.equals(newStatus)
          ? RevisionColumns.NEWLY_SUPPRESSED
          : RevisionColumns.WITHDRAWN;
    }
    return null;
  }

  /** A row of the job's indicators table as the store reads it back from the published table. */
  public static Observation observation(IndicatorRow row) {
    CellKey cell = row.cell();
    return new Observation(
        row.indicator().id(),
        cell.breakdown().label(),
        cell.granularity().label(),
        cell.period(),
        cell.organisation(),
        cell.regulation(),
        cell.municipality(),
        cell.province(),
        cell.governmentLayer(),
        cell.clientSegment(),
        cell.channel(),
        row.value(),
        row.numerator(),
        row.denominator(),
        row.base(),
        row.ciLow(),
        row.ciHigh(),
        row.status().label());
  }

  /** How many revisions of each kind. */
  public static Map<String, Long> countsByKind(List<Revision> revisions) {
    Map<String, Long> counts = new TreeMap<>();
    revisions.forEach(r -> counts.merge(r.kind(), 1L, Long::sum));
    return counts;
  }

  /** How many revisions of each kind per period ({@code 2025-11}, {@code 2025-Q4}, ...). */
  public static Map<String, Map<String, Long>> countsByPeriod(List<Revision> revisions) {
    return counts(revisions, r -> r.key().period());
  }

  /** How many revisions of each kind per indicator. */
  public static Map<String, Map<String, Long>> countsByIndicator(List<Revision> revisions) {
    return counts(revisions, r -> r.key().indicator());
  }

  private static Map<String, Map<String, Long>> counts(
      List<Revision> revisions, Function<Revision, String> by) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Revision revision : revisions) {
      counts
          .computeIfAbsent(by.apply(revision), k -> new TreeMap<>())
          .merge(revision.kind(), 1L, Long::sum);
    }
    return counts;
  }
}
