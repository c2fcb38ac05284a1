package nl.effectmeter.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.settings.SignalThresholds;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.PublishedRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Awkward but valid CSV, run through the real pipeline (as of 2025-02-28, min base 1): a services
 * file with a byte-order mark, without client_segment, with a quoted comma and newline, a UTC
 * timestamp late in the evening and dates without time; an empty complaints file.
 */
class CsvEdgeCasesTest {
  @TempDir static Path root;
  private static PublishedRun run;

  @BeforeAll
  static void runTheJob() throws IOException {
    Path input = new InputLocation(root.resolve("input")).write();
    Files.writeString(
        input.resolve("services.csv"),
        "\uFEFFcase_id,organisation_code,regulation_code,municipality_code,requested_at,"
            + "decided_at,decision,channel,client_key,cost_eur\n"
            // 2025-01-31 23:30 UTC is 2025-02-01 00:30 in Amsterdam
            + "A,UWV,WW,GM0363,2025-01-31T23:30:00Z,,,online,,\n"
            // dates alone; decided 10 days after the request
            + "B,UWV,WW,GM0363,2025-01-10,2025-01-20,granted,online,,\n"
            + "C,UWV,WW,GM0363,2025-01-15T09:00:00,,,phone,\"client, with a comma\n"
            + "and a newline\",\n",
        StandardCharsets.UTF_8);
    Files.write(input.resolve("complaints.csv"), new byte[0]);
    run =
        PublishedRun.of(
            input,
            root.resolve("warehouse"),
            LocalDate.parse("2025-02-28"),
            new JobSettings(1, 0.05, SignalThresholds.defaults()));
  }

  @Test
  void aByteOrderMarkAndAQuotedCommaAndNewlineStillGiveThreeValidCases() {
    assertThat(counts("services"))
        .isEqualTo(new DatasetCounts("services", 3, 3, java.util.Map.of()));
  }

  @Test
  void anEmptyComplaintsFileReadsAsNoComplaints() {
    assertThat(counts("complaints"))
        .isEqualTo(new DatasetCounts("complaints", 0, 0, java.util.Map.of()));
    assertThat(value("complaints_received", "2025-01")).isEqualTo(0.0);
  }

  @Test
  void aUtcTimestampLateInTheEveningCountsOnTheNextLocalDay() {
    // B and C in January; A (31 Jan 23:30 UTC = 1 Feb 00:30 local) in February
    assertThat(value("cases_received", "2025-01")).isEqualTo(2.0);
    assertThat(value("cases_received", "2025-02")).isEqualTo(1.0);
  }

  @Test
  void aDateWithoutTimeIsThatLocalDay() {
    // B: requested 2025-01-10, decided 2025-01-20 -> 10 days
    assertThat(value("throughput_days_median", "2025-01")).isEqualTo(10.0);
  }

  @Test
  void aMissingOptionalColumnMakesEveryClientSegmentUnknown() {
    assertThat(
            run.indicator(
                    "indicator = 'cases_received' and breakdown = 'organisation,regulation,client_segment'"
                        + " and period = '2025-Q1'")
                .<String>getAs("client_segment"))
        .isEqualTo("_U");
  }

  private static DatasetCounts counts(String dataset) {
    return run.summary().datasets().stream()
        .filter(c -> c.dataset().equals(dataset))
        .findFirst()
        .orElseThrow();
  }

  private static Double value(String indicator, String month) {
    return run.indicator(
            "indicator = '"
                + indicator
                + "' and breakdown = 'total' and granularity = 'month' and period = '"
                + month
                + "'")
        .getAs("value");
  }
}
