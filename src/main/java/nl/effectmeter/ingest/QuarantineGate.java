package nl.effectmeter.ingest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.effectmeter.dataset.InputDataset;

/**
 * Refuses a run whose fact datasets lost too large a share of their rows to quarantine: such a run
 * would publish numbers about a different population than the one the data describe. Reference
 * datasets have their own, stricter rule (any invalid row stops the run).
 */
public record QuarantineGate(double maxShare, String settingName) {

  /** Throws when a fact dataset's quarantined share exceeds the maximum, naming the setting. */
  public void check(List<DatasetCounts> counts) {
    for (DatasetCounts count : counts) {
      boolean fact =
          Stream.concat(InputDataset.facts().stream(), InputDataset.optionalFacts().stream())
              .anyMatch(d -> d.datasetName().equals(count.dataset()));
      if (fact && count.quarantinedShare() > maxShare) {
        throw new InvalidInputException(
            String.format(
                Locale.ROOT,
                "%.1f%% of %s rows were quarantined (%d of %d: %s), more than %s = %s allows;"
                    + " nothing was published and the last published run stays current",
                100 * count.quarantinedShare(),
                count.dataset(),
                count.quarantined(),
                count.read(),
                count.quarantinedByReason(),
                settingName,
                maxShare));
      }
    }
  }
}
