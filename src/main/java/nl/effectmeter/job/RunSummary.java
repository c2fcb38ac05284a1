package nl.effectmeter.job;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.effectmeter.ingest.DatasetCounts;

/** What a run did, in plain words for the person who started it. */
public record RunSummary(
    String runId,
    String warehouse,
    List<DatasetCounts> datasets,
    Map<String, Long> tables,
    Map<String, Long> signalsFired,
    Duration took) {

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Effectmeter run ")
        .append(runId)
        .append(" published to ")
        .append(warehouse)
        .append('\n');
    out.append("Input rows (read = valid + quarantined):\n");
    for (DatasetCounts counts : datasets) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-15s read %,9d  valid %,9d  quarantined %,7d%s%n",
              counts.dataset(),
              counts.read(),
              counts.valid(),
              counts.quarantined(),
              counts.quarantinedByReason().isEmpty() ? "" : "  " + counts.quarantinedByReason()));
    }
    out.append("Published tables:\n");
    tables.forEach(
        (table, rows) ->
            out.append(String.format(Locale.ROOT, "  %-26s %,10d rows%n", table, rows)));
    out.append("Signals fired: ")
        .append(signalsFired.isEmpty() ? "none" : signalsFired.toString())
        .append('\n');
    out.append(String.format(Locale.ROOT, "Took %.1f s", took.toMillis() / 1000.0));
    return out.toString();
  }
}
