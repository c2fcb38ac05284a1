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
 * CURRENT} names when the job starts, with its manifest (its input metrics) and, read when asked,
 * its indicators table as published (a suppressed value without numbers). Read without Spark, by
 * the store; a published run never changes, so reading its table later reads what was published
 * when the job started.
 */
public record PreviousRun(String runId, Manifest manifest, WarehouseLayout layout) {

  public PreviousRun {
    requireNonNull(runId, "runId is null");
    requireNonNull(manifest, "manifest is null");
    requireNonNull(layout, "layout is null");
  }

  /** The run {@code CURRENT} names in this warehouse; empty for a warehouse without one. */
  public static Optional<PreviousRun> of(WarehouseLayout layout) {
    RunLoader loader = new RunLoader(layout);
    return loader.currentRunId().map(id -> new PreviousRun(id, loader.manifest(id), layout));
  }

  /** The run's indicators table, read now (hundreds of thousands of rows: not kept). */
  public List<Observation> indicators() {
    return new RunLoader(layout).observations(runId);
  }
}
