package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a published value of this run differs from the previous published run of the warehouse: a row
 * of the run's revisions table, as the scorecard marks it and serves it (its {@code revision}).
 *
 * @param kind {@code revised}, {@code newly_published}, {@code newly_suppressed} or {@code
 *     withdrawn}
 * @param oldValue the previous run's value where it published one, else null
 */
public record Revised(
    @JsonProperty("kind") String kind,
    @JsonProperty("previous_run") String previousRun,
    @JsonProperty("old_status") String oldStatus,
    @JsonProperty("old_value") Double oldValue) {
  public Revised {
    requireNonNull(kind, "kind is null");
    requireNonNull(previousRun, "previousRun is null");
    requireNonNull(oldStatus, "oldStatus is null");
  }
}
