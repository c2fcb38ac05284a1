package nl.effectmeter.job;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.effectmeter.ingest.DatasetCounts;
import nl.effectmeter.mapping.MappingAccounting;
import nl.effectmeter.privacy.InformationLoss;

/** What a run did, in plain words for the person who started it. */
public record RunSummary(
    String runId,
    String warehouse,
    List<DatasetCounts> datasets,
    List<MappingAccounting.RawFileCounts> rawFiles,
    Map<String, Long> tables,
    Map<String, Long> signalsFired,
    List<InformationLoss> disclosure,
    List<String> feasibility,
    List<String> history,
    Duration took) {

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Effectmeter run ")
        .append(runId)
        .append(" published to ")
        .append(warehouse)
        .append('\n');
    if (!rawFiles.isEmpty()) {
      out.append("Raw rows through the mapping (read = mapped + skipped):\n");
      for (MappingAccounting.RawFileCounts raw : rawFiles) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-15s read %,9d  mapped %,9d  skipped %,9d%s%n",
                raw.view(),
                raw.read(),
                raw.mapped(),
                raw.skipped(),
                raw.skippedByReason().isEmpty() ? "" : "  " + raw.skippedByReason()));
      }
    }
    out.append("Input rows (read = valid + quarantined):\n");
    for (DatasetCounts counts : datasets) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-23s read %,9d  valid %,9d  quarantined %,7d%s%n",
              counts.dataset(),
              counts.read(),
              counts.valid(),
              counts.quarantined(),
              counts.quarantinedByReason().isEmpty() ? "" : "  " + counts.quarantinedByReason()));
    }
    out.append("Published tables:\n");
    tables.forEach(
        (table, rows) ->
            out.append(String.format(Locale.ROOT, "  %-34s %,10d rows%n", table, rows)));
    InformationLoss total = disclosure.stream().reduce(InformationLoss::sum).orElse(null);
    if (total != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "Disclosure control: %,d values; published %,d, no data %,d, confidential %,d"
                  + " (%,d for their own small base, %,d to protect them: %.2f%% of the base)%n",
              total.values(),
              total.published(),
              total.noData(),
              total.primary() + total.secondary(),
              total.primary(),
              total.secondary(),
              100 * total.secondaryBaseShare()));
    }
    out.append("Signals fired: ")
        .append(signalsFired.isEmpty() ? "none" : signalsFired.toString())
        .append('\n');
    out.append("Feasibility:\n");
    feasibility.forEach(line -> out.append("  ").append(line).append('\n'));
    history.forEach(line -> out.append(line).append('\n'));
    out.append(String.format(Locale.ROOT, "Took %.1f s", took.toMillis() / 1000.0));
    return out.toString();
  }
}
