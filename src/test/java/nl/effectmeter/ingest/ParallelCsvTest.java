package nl.effectmeter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A services file read in byte ranges side by side gives exactly the rows the one-task reader gives
 * (every column, the record numbers and the text of malformed records, so the same quarantine),
 * whether a range boundary falls inside a quoted line break or not.
 */
class ParallelCsvTest {
  private static final String OK = ",UWV,WW,GM0363,2025-01-03,2025-01-13,granted,online,,,100";

  @TempDir static Path dir;
  private static InputFile services;
  private static List<String> oneTask;

  @BeforeAll
  static void readInOneTask() throws IOException {
    String text =
        InputLocation.SERVICES_HEADER
            + "\n"
            + "S1"
            + OK
            + "\n"
            + "S2,UWV,WW,GM0363,2025-01-03,2025-01-13,\"granted\nafter review\",online,,,100\n"
            + "\n"
            + "S3,UWV,WW,GM0363,2025-01-03,2025-01-13,granted,\"on \"\"line\"\"\",,,100\r\n"
            + "S4,UWV,WW,too,few\n"
            + "S5"
            + OK
            + ",extra\n"
            + "S6,UWV,WW,GM0363,\"2025-01-03\n\",2025-01-13,granted,online,,,100\n"
            + "S7"
            + OK;
    Path file = Files.writeString(dir.resolve("services.csv"), text, StandardCharsets.UTF_8);
    services =
        new InputFile(InputDataset.SERVICES, file.toString(), InputFormat.CSV, Files.size(file));
    oneTask = rows(Long.MAX_VALUE, 1);
  }

  @Test
  void theOneTaskReaderNumbersTheRecordsAndKeepsTheTextOfMalformedOnes() {
    Map<String, String> recordOfCase = new LinkedHashMap<>();
    List<String> malformed = new ArrayList<>();
    for (Row row : read(services, Long.MAX_VALUE, 1)) {
      recordOfCase.put(row.getAs("case_id"), String.valueOf((Long) row.getAs("source_record")));
      if (row.getAs(RawColumns.MALFORMED) != null) {
        malformed.add(row.getAs("case_id"));
      }
    }
    // Seven records after the header; the empty line is none, S2's line break is inside quotes.
    assertThat(recordOfCase)
        .containsExactly(
            Map.entry("S1", "1"),
            Map.entry("S2", "2"),
            Map.entry("S3", "3"),
            Map.entry("S4", "4"),
            Map.entry("S5", "5"),
            Map.entry("S6", "6"),
            Map.entry("S7", "7"));
    assertThat(malformed).containsExactly("S4", "S5"); // too few fields, one too many
  }

  @Test
  void rangesOfAFewBytesGiveTheSameRowsAsOneTask() {
    for (long rangeBytes : new long[] {7, 50, 1 << 20}) {
      assertThat(rows(0, rangeBytes)).as("ranges of %d bytes", rangeBytes).isEqualTo(oneTask);
    }
  }

  @Test
  void aFileWithCarriageReturnsGivesTheSameRowsAsOneTask() throws IOException {
    Path crlf = dir.resolve("crlf.csv");
    Files.writeString(
        crlf,
        Files.readString(Path.of(services.path())).replace("\r\n", "\n").replace("\n", "\r\n"));
    InputFile file =
        new InputFile(InputDataset.SERVICES, crlf.toString(), InputFormat.CSV, Files.size(crlf));
    assertThat(rows(file, 0, 7)).isEqualTo(rows(file, Long.MAX_VALUE, 1));
  }

  @Test
  void aBoundaryAtEveryByteAlsoInsideEachQuotedLineBreakGivesTheSameRowsAsOneTask() {
    assertThat(rows(0, 1)).isEqualTo(oneTask);
  }

  private static List<String> rows(long parallelFromBytes, long rangeBytes) {
    return rows(services, parallelFromBytes, rangeBytes);
  }

  private static List<String> rows(InputFile file, long parallelFromBytes, long rangeBytes) {
    return read(file, parallelFromBytes, rangeBytes).stream()
        .sorted(Comparator.comparing(r -> (Long) r.getAs("source_record")))
        .map(r -> r.toString().replace("\r", "\\r").replace("\n", "\\n"))
        .toList();
  }

  private static List<Row> read(InputFile file, long parallelFromBytes, long rangeBytes) {
    return new RawReader(TestSpark.session(), new ArrayList<>(), parallelFromBytes, rangeBytes)
        .read(InputDataset.SERVICES, List.of(file))
        .collectAsList();
  }
}
