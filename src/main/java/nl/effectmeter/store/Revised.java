package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

/**
 * How a published value of this run differs from the previous published run of the warehouse: a row
 * of the run's revisions table, as the scorecard marks it.
 *
 * @param kind {@code revised}, {@code newly_published}, {@code newly_suppressed} or {@code
 *     withdrawn}
 * @param oldValue the previous run's value where it published one, else null
 */
public record Revised(String kind, String previousRun, String oldStatus, Double oldValue) {
  public Revised {
    requireNonNull(kind, "kind is null");
    requireNonNull(previousRun, "previousRun is null");
    requireNonNull(oldStatus, "oldStatus is null");
  }
}
