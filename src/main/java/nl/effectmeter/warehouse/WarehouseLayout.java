package nl.effectmeter.warehouse;

import static java.util.Objects.requireNonNull;

/**
 * Where a run's tables live in the warehouse; shared by the job that publishes and the API that
 * reads.
 *
 * <pre>
 * CURRENT                         id of the run to serve, replaced atomically
 * runs/&lt;run-id&gt;/indicators/      Parquet
 * runs/&lt;run-id&gt;/signals/         Parquet
 * runs/&lt;run-id&gt;/quarantine/&lt;dataset&gt;/  Parquet, one folder per fact dataset
 * runs/&lt;run-id&gt;/reference/&lt;dataset&gt;/   Parquet, the reference data the run used
 * runs/&lt;run-id&gt;/disclosure/      Parquet, every suppressed quantity and why; never served
 * runs/&lt;run-id&gt;/feasibility_evidence/, unvoiced_distress/, assessment_outcomes/,
 *   peer_comparison/              Parquet, the feasibility tables (FEASIBILITY.md)
 * runs/&lt;run-id&gt;/manifest.json     written last of the run's files
 * </pre>
 */
public record WarehouseLayout(String root) {
  public static final String CURRENT = "CURRENT";
  public static final String RUNS = "runs";
  public static final String INDICATORS = "indicators";
  public static final String SIGNALS = "signals";
  public static final String QUARANTINE = "quarantine";

  /** The raw rows a source mapping left out, with the reason it gives. */
  public static final String SKIPPED = "skipped";

  public static final String REFERENCE = "reference";
  public static final String DISCLOSURE = "disclosure";
  public static final String MANIFEST = "manifest.json";

  public WarehouseLayout {
    requireNonNull(root, "root is null");
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String current() {
    return root + "/" + CURRENT;
  }

  public String runsDir() {
    return root + "/" + RUNS;
  }

  public String runDir(String runId) {
    return runsDir() + "/" + runId;
  }

  public String indicators(String runId) {
    return runDir(runId) + "/" + INDICATORS;
  }

  public String signals(String runId) {
    return runDir(runId) + "/" + SIGNALS;
  }

  public String quarantine(String runId, String dataset) {
    return runDir(runId) + "/" + QUARANTINE + "/" + dataset;
  }

  public String reference(String runId, String dataset) {
    return runDir(runId) + "/" + REFERENCE + "/" + dataset;
  }

  /** The folder of one of the run's feasibility tables ({@link FeasibilityColumns#TABLES}). */
  public String feasibility(String runId, String table) {
    return runDir(runId) + "/" + table;
  }

  public String manifest(String runId) {
    return runDir(runId) + "/" + MANIFEST;
  }
}
