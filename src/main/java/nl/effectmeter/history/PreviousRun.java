package nl.effectmeter.history;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.effectmeter.store.Observation;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;

/**
 * The previous published run of a warehouse, as a new run compares itself with it: the run {@code
 * CURRENT} names when the job starts, with its manifest (its input metrics) and its indicators
 * table as published (a suppressed value without numbers). Read without Spark, by the store.
 */
public record PreviousRun(String runId, Manifest manifest, List<Observation> indicators) {

  public PreviousRun {
    requireNonNull(runId, "runId is null");
    requireNonNull(manifest, "manifest is null");
    indicators = List.copyOf(indicators);
  }

  /** The run {@code CURRENT} names in this warehouse; empty for a warehouse without one. */
  public static Optional<PreviousRun> of(WarehouseLayout layout) {
    RunLoader loader = new RunLoader(layout);
    return loader
        .currentRunId()
        .map(id -> new PreviousRun(id, loader.manifest(id), loader.observations(id)));
  }
}
