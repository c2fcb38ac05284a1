package nl.effectmeter.ingest;

import static java.util.Objects.requireNonNull;

import nl.effectmeter.dataset.InputDataset;

/** One file of an input dataset, as found in the input location. */
public record InputFile(InputDataset dataset, String path, InputFormat format, long sizeBytes) {
  public InputFile {
    requireNonNull(dataset, "dataset is null");
    requireNonNull(path, "path is null");
    requireNonNull(format, "format is null");
  }
}
