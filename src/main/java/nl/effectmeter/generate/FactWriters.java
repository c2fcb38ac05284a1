package nl.effectmeter.generate;

import java.nio.file.Path;
import nl.effectmeter.dataset.InputDataset;

/** The three open fact files of an input location. */
final class FactWriters implements AutoCloseable {
  final CsvWriter services;
  final CsvWriter complaints;
  final CsvWriter outcomes;

  FactWriters(Path output) {
    services = open(output, InputDataset.SERVICES);
    complaints = open(output, InputDataset.COMPLAINTS);
    outcomes = open(output, InputDataset.OUTCOMES);
  }

  static CsvWriter open(Path output, InputDataset dataset) {
    return CsvWriter.open(output.resolve(dataset.location() + ".csv"), dataset.columnNames());
  }

  @Override
  public void close() {
    try {
      services.close();
    } finally {
      try {
        complaints.close();
      } finally {
        outcomes.close();
      }
    }
  }
}
