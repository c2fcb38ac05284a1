package nl.effectmeter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte ranges of a CSV file find exactly the file's records, with the numbers the one-task reader
 * gives them, wherever the ranges' boundaries fall: inside a quoted line break, on an escaped
 * quote, on an empty line or a carriage return.
 */
class CsvRecordsTest {
  /** A header and four records; the second and third hold line breaks inside quotes. */
  private static final String FILE =
      "id,text,n\r\n"
          + "1,plain,10\n"
          + "2,\"two\nlines\",20\n"
          + "\n"
          + "3,\"a \"\"quote\"\",\n\"\"\nand a break\",30\r\n"
          + "\r\n"
          + "4,last,40";

  /**
   * The records by hand: number 0 is the header, empty lines are none, a final CR is dropped (the
   * header's line ends in CR LF).
   */
  private static final List<String> RECORDS =
      List.of(
          "0 id,text,n",
          "1 1,plain,10",
          "2 2,\"two\nlines\",20",
          "3 3,\"a \"\"quote\"\",\n\"\"\nand a break\",30",
          "4 4,last,40");

  @TempDir Path dir;

  @Test
  void rangesOfEverySizeFindTheSameRecordsWithTheSameNumbers() throws IOException {
    Path file = write(FILE);
    long size = Files.size(file);
    for (long count = 1; count <= size; count++) {
      assertThat(read(file, size, count)).as("%d ranges", count).isEqualTo(RECORDS);
    }
  }

  @Test
  void aRangeThatStartsInsideAQuotedLineBreakFindsItsFirstRecordAfterTheClosingQuote()
      throws IOException {
    Path file = write(FILE);
    long size = Files.size(file);
    // "2,\"two\n" ends at byte 28: the range from 28 starts inside the quotes of record 2.
    long start = FILE.indexOf("lines");
    List<CsvRecords.Range> ranges =
        List.of(new CsvRecords.Range(0, start), new CsvRecords.Range(start, size));
    List<CsvRecords.Scan> scans = new ArrayList<>();
    try (FSDataInputStream in = open(file)) {
      for (CsvRecords.Range range : ranges) {
        scans.add(CsvRecords.scan(in, range, size));
      }
    }
    List<CsvRecords.Plan> plans = CsvRecords.plan(ranges, scans);
    assertThat(plans.get(1).startsInside()).isTrue(); // one quote before "lines"
    assertThat(plans.get(1).first()).isEqualTo(3); // the header, records 1 and 2 start before it
    List<String> second = new ArrayList<>();
    try (FSDataInputStream in = open(file)) {
      CsvRecords.records(in, plans.get(1), size, true, (n, text) -> second.add(n + " " + text));
    }
    assertThat(second).containsExactly(RECORDS.get(3), RECORDS.get(4));
  }

  @Test
  void anUnclosedQuoteRunsToTheEndOfTheFileInEveryRange() throws IOException {
    String text = "id,text\n1,ok\n2,\"open\n3,c\n4,d\n";
    Path file = write(text);
    long size = Files.size(file);
    for (long count = 1; count <= size; count++) {
      assertThat(read(file, size, count))
          .as("%d ranges", count)
          .containsExactly("0 id,text", "1 1,ok", "2 2,\"open\n3,c\n4,d\n");
    }
  }

  @Test
  void aFileIsCutIntoNearlyEqualRangesThatCoverEveryByteOnce() {
    assertThat(CsvRecords.ranges(10, 3))
        .containsExactly(
            new CsvRecords.Range(0, 4), new CsvRecords.Range(4, 8), new CsvRecords.Range(8, 10));
    assertThat(CsvRecords.ranges(2, 5))
        .containsExactly(new CsvRecords.Range(0, 1), new CsvRecords.Range(1, 2));
  }

  /** The records of the file as the ranges find them: "number text". */
  private static List<String> read(Path file, long size, long count) throws IOException {
    List<CsvRecords.Range> ranges = CsvRecords.ranges(size, count);
    List<CsvRecords.Scan> scans = new ArrayList<>();
    List<String> records = new ArrayList<>();
    try (FSDataInputStream in = open(file)) {
      for (CsvRecords.Range range : ranges) {
        scans.add(CsvRecords.scan(in, range, size));
      }
      for (CsvRecords.Plan plan : CsvRecords.plan(ranges, scans)) {
        CsvRecords.records(
            in, plan, size, CsvRecords.crlf(in), (n, text) -> records.add(n + " " + text));
      }
    }
    return records;
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("file.csv"), text, StandardCharsets.UTF_8);
  }

  private static FSDataInputStream open(Path file) throws IOException {
    return FileSystem.getLocal(new Configuration())
        .open(new org.apache.hadoop.fs.Path(file.toUri()));
  }
}
