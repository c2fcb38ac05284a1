package nl.effectmeter.store;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs the API serves: the one {@code CURRENT} names plus a few earlier ones, swapped in whole
 * once loaded. A request takes one {@link Snapshot} and keeps it to the end.
 */
public final class RunRegistry implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunRegistry.class);

  private final WarehouseLayout layout;
  private final RunLoader loader;
  private final int earlierRunsKept;
  private volatile Snapshot snapshot = Snapshot.EMPTY;
  private volatile String lastFailedRun;
  private ScheduledExecutorService poller;

  public RunRegistry(WarehouseLayout layout, int earlierRunsKept) {
    if (earlierRunsKept < 0) {
      throw new IllegalArgumentException("earlierRunsKept must be >= 0: " + earlierRunsKept);
    }
    this.layout = layout;
    this.loader = new RunLoader(layout);
    this.earlierRunsKept = earlierRunsKept;
  }

  /**
   * What a request works with: the current run, the runs loaded, the runs published, and why the
   * run {@code CURRENT} names is not the one served (null when it is).
   */
  public record Snapshot(
      Run currentRun, Map<String, Run> loaded, List<Manifest> published, String problem) {
    static final Snapshot EMPTY = new Snapshot(null, Map.of(), List.of(), null);

    public Snapshot {
      loaded = Map.copyOf(loaded);
      published = List.copyOf(published);
    }

    public Optional<Run> current() {
      return Optional.ofNullable(currentRun);
    }

    public Optional<Run> run(String id) {
      return Optional.ofNullable(loaded.get(id));
    }

    public Optional<Manifest> manifest(String id) {
      return published.stream().filter(m -> m.runId().equals(id)).findFirst();
    }

    /** Why the run {@code CURRENT} names is not served, e.g. it is missing or damaged. */
    public Optional<String> currentProblem() {
      return Optional.ofNullable(problem);
    }
  }

  /** Where the runs this registry serves are published. */
  public WarehouseLayout layout() {
    return layout;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  public boolean isReady() {
    return snapshot.currentRun != null;
  }

  /**
   * Reads {@code CURRENT} and, when it names another run, loads that run fully before swapping it
   * in. A run that cannot be loaded (missing, damaged, incomplete) leaves the served run in place;
   * the error is logged once per run id and kept as the snapshot's {@link Snapshot#problem()} until
   * {@code CURRENT} names a run that loads. An empty or absent {@code CURRENT} (a hand edit in
   * progress) changes nothing. Called by the poller; tests call it directly.
   */
  public synchronized void refresh() {
    Snapshot before = snapshot;
    List<Manifest> published = publishedRuns();
    Optional<String> wanted = currentRunId();
    if (wanted.isEmpty()) {
      snapshot = new Snapshot(before.currentRun, before.loaded, published, before.problem);
      return;
    }
    String id = wanted.get();
    if (before.currentRun != null && before.currentRun.id().equals(id)) {
      snapshot = new Snapshot(before.currentRun, before.loaded, published, null);
      lastFailedRun = null;
      return;
    }
    Run run;
    try {
      run = before.loaded.containsKey(id) ? before.loaded.get(id) : loader.load(id);
    } catch (RuntimeException e) {
      String served = before.currentRun == null ? null : before.currentRun.id();
      String problem =
          "CURRENT names run "
              + id
              + ", which cannot be loaded: "
              + e.getMessage()
              + (served == null ? "" : "; still serving run " + served);
      if (!id.equals(lastFailedRun)) {
        LOG.error("{}", problem, e);
        lastFailedRun = id;
      }
      snapshot = new Snapshot(before.currentRun, before.loaded, published, problem);
      return;
    }
    lastFailedRun = null;
    Map<String, Run> loaded = new LinkedHashMap<>();
    loaded.put(id, run);
    List<Run> earlier = new ArrayList<>();
    if (before.currentRun != null && !before.currentRun.id().equals(id)) {
      earlier.add(before.currentRun);
    }
    before.loaded.values().stream()
        .filter(
            r ->
                !r.id().equals(id)
                    && (before.currentRun == null || !r.id().equals(before.currentRun.id())))
        .forEach(earlier::add);
    earlier.stream().limit(earlierRunsKept).forEach(r -> loaded.put(r.id(), r));
    snapshot = new Snapshot(run, loaded, published, null);
    LOG.info("Serving run {} ({} observations)", id, run.observations().size());
  }

  /** Starts polling {@code CURRENT} in the background. */
  public synchronized void startPolling(long intervalMillis) {
    if (poller != null) {
      return;
    }
    poller =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "run-registry-poller");
              thread.setDaemon(true);
              return thread;
            });
    // Runs until close() shuts the poller down; a failed refresh is logged by refreshQuietly.
    var unused =
        poller.scheduleWithFixedDelay(
            this::refreshQuietly, 0, intervalMillis, TimeUnit.MILLISECONDS);
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.error("Cannot refresh the runs of {}", layout.root(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  private Optional<String> currentRunId() {
    return WarehouseFiles.readString(layout.current())
        .map(String::trim)
        .filter(id -> !id.isEmpty());
  }

  /** Manifests of every run with a complete manifest, newest first. */
  private List<Manifest> publishedRuns() {
    Map<String, Manifest> known = new LinkedHashMap<>();
    snapshot.published.forEach(m -> known.put(m.runId(), m));
    List<Manifest> manifests = new ArrayList<>();
    for (String id : WarehouseFiles.list(layout.runsDir())) {
      if (id.startsWith(".")) {
        continue; // a run still being written (staging), never served
      }
      if (known.containsKey(id)) {
        manifests.add(known.get(id));
      } else if (WarehouseFiles.list(layout.runDir(id)).contains(WarehouseLayout.MANIFEST)) {
        try {
          manifests.add(loader.manifest(id));
        } catch (UncheckedIOException e) {
          LOG.warn("Skipping run {}: {}", id, e.getMessage());
        }
      }
    }
    manifests.sort(
        Comparator.comparing((Manifest m) -> m.finishedAt() == null ? "" : m.finishedAt())
            .thenComparing(Manifest::runId)
            .reversed());
    return manifests;
  }
}
