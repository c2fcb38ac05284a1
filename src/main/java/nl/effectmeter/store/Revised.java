package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.effectmeter.warehouse.RevisionColumns;

/**
 * How a published value of this run differs from the previous published run of the warehouse: a row
 * of the run's revisions table, as the scorecard marks it and serves it (its {@code revision}).
 *
 * @param kind {@code revised}, {@code newly_published}, {@code newly_suppressed} or {@code
 *     withdrawn}
 * @param oldValue the previous run's value where it published one, else null
 */
public record Revised(
    @JsonProperty(RevisionColumns.KIND) String kind,
    @JsonProperty(RevisionColumns.PREVIOUS_RUN) String previousRun,
    @JsonProperty(RevisionColumns.OLD_STATUS) String oldStatus,
    @JsonProperty(RevisionColumns.OLD_VALUE) Double oldValue) {
  public Revised {
    requireNonNull(kind, "kind is null");
    requireNonNull(previousRun, "previousRun is null");
    requireNonNull(oldStatus, "oldStatus is null");
  }
}
