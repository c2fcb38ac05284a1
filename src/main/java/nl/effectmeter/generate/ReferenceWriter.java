package nl.effectmeter.generate;

import java.nio.file.Path;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.reference.OutcomeType;

/** Writes the four reference datasets below {@code reference/} of an input location. */
final class ReferenceWriter {
  private ReferenceWriter() {}

  static void write(World reference, Path output) {
    try (CsvWriter out = FactWriters.open(output, InputDataset.ORGANISATIONS)) {
      for (Organisation o : reference.organisations()) {
        out.write(new String[] {o.code(), o.name(), o.governmentLayer()});
      }
    }
    try (CsvWriter out = FactWriters.open(output, InputDataset.REGULATIONS)) {
      for (SimulatedRegulation r : reference.regulations()) {
        out.write(
            new String[] {
              r.code(),
              r.name(),
              Integer.toString(r.legalTermDays()),
              Integer.toString(r.outcomeWindowDays())
            });
      }
    }
    try (CsvWriter out = FactWriters.open(output, InputDataset.MUNICIPALITIES)) {
      for (Municipality m : reference.municipalities()) {
        out.write(
            new String[] {
              m.code(),
              m.name(),
              m.provinceCode(),
              Long.toString(m.population()),
              m.urbanisation() == null ? "" : Integer.toString(m.urbanisation())
            });
      }
    }
    try (CsvWriter out = FactWriters.open(output, InputDataset.OUTCOME_TYPES)) {
      for (OutcomeType t : reference.outcomeTypes()) {
        out.write(
            new String[] {
              t.code(),
              t.name(),
              Boolean.toString(t.intended()),
              ServiceRow.euros(Math.round(t.societalValueEur() * 100))
            });
      }
    }
  }
}
