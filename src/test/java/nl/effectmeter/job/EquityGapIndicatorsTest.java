package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.settings.SignalThresholds;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.PublishedRun;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Equity gaps as of 2025-03-31, min base 1. Every case is requested 2025-01-06, decided 2025-01-20
 * and measured (employed) on 2025-02-01.
 *
 * <pre>
 * UWV / WW, twelve cases:           achieved   rate
 *   GM0363  W1 (seg A)              1 of 1     1
 *   GM0599  W2 (A) W3 (B)           1 of 2     0.5
 *   GM0344  W4 (B)                  0 of 1     0
 *   GM0014  W5 (A) W6 (B) W7 W8 (_U) 1 of 4    0.25
 *   GM0193  W9 (A) W10 (B) W11 (_U) W12 (B)  2 of 4  0.5
 *   segments: A 4 of 4 = 1, B 1 of 5 = 0.2, _U 0 of 3 = 0
 * SVB / AOW, four cases in four municipalities, all achieved, all segment A.
 * </pre>
 */
class EquityGapIndicatorsTest {
  private static final double EPS = 1e-9;

  @TempDir static Path root;
  private static PublishedRun run;

  @BeforeAll
  static void runTheJob() {
    InputLocation input = new InputLocation(root.resolve("input"));
    String[][] cases = {
      {"W1", "UWV", "WW", "GM0363", "A", "true"},
      {"W2", "UWV", "WW", "GM0599", "A", "true"},
      {"W3", "UWV", "WW", "GM0599", "B", "false"},
      {"W4", "UWV", "WW", "GM0344", "B", "false"},
      {"W5", "UWV", "WW", "GM0014", "A", "true"},
      {"W6", "UWV", "WW", "GM0014", "B", "false"},
      {"W7", "UWV", "WW", "GM0014", "", "false"},
      {"W8", "UWV", "WW", "GM0014", "", "false"},
      {"W9", "UWV", "WW", "GM0193", "A", "true"},
      {"W10", "UWV", "WW", "GM0193", "B", "true"},
      {"W11", "UWV", "WW", "GM0193", "", "false"},
      {"W12", "UWV", "WW", "GM0193", "B", "false"},
      {"A1", "SVB", "AOW", "GM0363", "A", "true"},
      {"A2", "SVB", "AOW", "GM0599", "A", "true"},
      {"A3", "SVB", "AOW", "GM0344", "A", "true"},
      {"A4", "SVB", "AOW", "GM0014", "A", "true"},
    };
    for (String[] c : cases) {
      input.service(
          String.join(
              ",",
              c[0],
              c[1],
              c[2],
              c[3],
              "2025-01-06",
              "2025-01-20",
              "granted",
              "online",
              "",
              c[4],
              "100"));
      input.outcome(c[0] + ",employed,2025-02-01," + c[5]);
    }
    run =
        PublishedRun.of(
            input.write(),
            root.resolve("warehouse"),
            LocalDate.parse("2025-03-31"),
            new JobSettings(1, 0.05, SignalThresholds.defaults()));
  }

  @Test
  void municipalGapIsP90MinusP10OfTheMunicipalAchievementRates() {
    // sorted [0, 0.25, 0.5, 0.5, 1]: p90 = 0.5 + 0.6 x 0.5 = 0.8; p10 = 0.4 x 0.25 = 0.1
    Row row = gap("municipal_outcome_gap", "organisation,regulation", "UWV", "WW");
    assertThat(row.<String>getAs("status")).isEqualTo("ok");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.7, within(EPS));
    assertThat(row.<Long>getAs("base")).isEqualTo(5L);
    assertThat(row.<Double>getAs("numerator")).isNull();
    assertThat(row.<Double>getAs("ci_low")).isNull();
  }

  @Test
  void municipalGapIsPublishedForOrganisationAndForRegulationToo() {
    assertThat(gap("municipal_outcome_gap", "organisation", "UWV", "_T").<Double>getAs("value"))
        .isCloseTo(0.7, within(EPS));
    assertThat(gap("municipal_outcome_gap", "regulation", "_T", "WW").<Double>getAs("value"))
        .isCloseTo(0.7, within(EPS));
  }

  @Test
  void municipalGapOverFourMunicipalitiesIsNoDataWithBaseFour() {
    Row row = gap("municipal_outcome_gap", "organisation,regulation", "SVB", "AOW");
    assertThat(row.<String>getAs("status")).isEqualTo("no_data");
    assertThat(row.<Long>getAs("base")).isEqualTo(4L);
    assertThat(row.<Double>getAs("value")).isNull();
  }

  @Test
  void segmentGapIsHighestMinusLowestOverKnownSegments() {
    // A 1.0 - B 0.2 = 0.8; the unknown segment (0 of 3) would make it 1.0
    Row row = gap("segment_outcome_gap", "organisation,regulation", "UWV", "WW");
    assertThat(row.<Double>getAs("value")).isCloseTo(0.8, within(EPS));
    assertThat(row.<Long>getAs("base")).isEqualTo(2L);
  }

  @Test
  void segmentGapWithOneKnownSegmentIsNoData() {
    Row row = gap("segment_outcome_gap", "organisation,regulation", "SVB", "AOW");
    assertThat(row.<String>getAs("status")).isEqualTo("no_data");
    assertThat(row.<Long>getAs("base")).isEqualTo(1L);
  }

  @Test
  void gapsArePublishedForTheYearButNotForMonths() {
    assertThat(
            run.indicator(
                    "indicator = 'municipal_outcome_gap' and breakdown = 'organisation,regulation'"
                        + " and granularity = 'year' and organisation = 'UWV'")
                .<Double>getAs("value"))
        .isCloseTo(0.7, within(EPS));
    assertThat(run.indicators("indicator like '%_gap' and granularity = 'month'")).isEmpty();
  }

  @Test
  void gapsAreNotPublishedForTheTotal() {
    assertThat(run.indicators("indicator like '%_gap' and breakdown = 'total'")).isEmpty();
  }

  private static Row gap(
      String indicator, String breakdown, String organisation, String regulation) {
    return run.indicator(
        "indicator = '"
            + indicator
            + "' and breakdown = '"
            + breakdown
            + "' and period = '2025-Q1' and organisation = '"
            + organisation
            + "' and regulation = '"
            + regulation
            + "'");
  }
}
