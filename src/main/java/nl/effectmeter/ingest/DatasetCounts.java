package nl.effectmeter.ingest;

import java.util.Map;
import java.util.TreeMap;
import nl.effectmeter.warehouse.Manifest;

/** Row accounting of one dataset: read = valid + quarantined, quarantined split by reason. */
public record DatasetCounts(
    String dataset, long read, long valid, Map<String, Long> quarantinedByReason) {
  public DatasetCounts {
    quarantinedByReason = new TreeMap<>(quarantinedByReason);
    long quarantined = quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    if (read != valid + quarantined) {
      throw new IllegalStateException(
          String.format(
              "Rows of %s do not reconcile: read %d != valid %d + quarantined %d",
              dataset, read, valid, quarantined));
    }
  }

  /** These counts as the run's manifest records them. */
  public Manifest.DatasetCounts toManifest() {
    return new Manifest.DatasetCounts(dataset, read, valid, quarantined(), quarantinedByReason);
  }

  public long quarantined() {
    return read - valid;
  }

  public double quarantinedShare() {
    return read == 0 ? 0 : (double) quarantined() / read;
  }
}
