package nl.effectmeter.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.warehouse.Manifest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Datasets read from an input location whose files are shaped like the contract. */
public final class LocatedSource implements RawSource {
  private final InputLocator locator;
  private final RawReader reader;
  private final Map<InputDataset, List<InputFile>> files = new LinkedHashMap<>();

  /** Files of the given format under {@code input}; a null format chooses by extension. */
  public LocatedSource(
      SparkSession spark, String input, InputFormat format, List<String> warnings) {
    this.locator = new InputLocator(input, spark.sparkContext().hadoopConfiguration(), format);
    this.reader = new RawReader(spark, warnings);
  }

  @Override
  public Dataset<Row> read(InputDataset dataset) {
    List<InputFile> found = locator.locate(dataset);
    files.put(dataset, found);
    return reader.read(dataset, found);
  }

  @Override
  public Optional<Dataset<Row>> readIfPresent(InputDataset dataset) {
    List<InputFile> found = locator.locateIfPresent(dataset);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    files.put(dataset, found);
    return Optional.of(reader.read(dataset, found));
  }

  @Override
  public List<Manifest.Input> inputs() {
    List<Manifest.Input> inputs = new ArrayList<>();
    for (Map.Entry<InputDataset, List<InputFile>> entry : files.entrySet()) {
      for (InputFile file : entry.getValue()) {
        inputs.add(
            new Manifest.Input(
                entry.getKey().datasetName(),
                file.path(),
                file.format().label(),
                file.sizeBytes(),
                locator.sha256(file)));
      }
    }
    return inputs;
  }
}
