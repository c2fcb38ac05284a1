package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.PublishedRun;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disclosure control with the default min base 10, as of 2025-03-31: 41 open UWV / WW cases
 * requested 2025-01-06 in four municipalities: GM0363 9, GM0599 10, GM0014 10, GM0344 12.
 */
class DisclosureControlTest {
  @TempDir static Path root;
  private static PublishedRun run;

  @BeforeAll
  static void runTheJob() {
    InputLocation input = new InputLocation(root.resolve("input"));
    add(input, "GM0363", 9);
    add(input, "GM0599", 10);
    add(input, "GM0014", 10);
    add(input, "GM0344", 12);
    run = PublishedRun.of(input.write(), root.resolve("warehouse"), LocalDate.parse("2025-03-31"));
  }

  @Test
  void aCellOfNineCasesIsConfidentialWithEveryNumberHidden() {
    Row row = municipality("cases_received", "GM0363");
    assertThat(row.<String>getAs("status")).isEqualTo("confidential");
    for (String column :
        new String[] {"value", "numerator", "denominator", "base", "ci_low", "ci_high"}) {
      Object value = row.getAs(column);
      assertThat(value).as(column).isNull();
    }
  }

  @Test
  void aCellOfTenCasesIsPublished() {
    Row row = municipality("cases_received", "GM0599");
    assertThat(row.<String>getAs("status")).isEqualTo("ok");
    assertThat(row.<Double>getAs("value")).isEqualTo(10.0);
  }

  @Test
  void secondarySuppressionPicksTheSmallestBaseThenTheSmallestCodeWithTheSameStatus() {
    // GM0014 and GM0599 both have 10; GM0014 sorts first; GM0344 (12) stays published
    assertThat(municipality("cases_received", "GM0014").<String>getAs("status"))
        .isEqualTo("confidential");
    assertThat(municipality("cases_received", "GM0014").<Double>getAs("value")).isNull();
    assertThat(municipality("cases_received", "GM0599").<Double>getAs("value")).isEqualTo(10.0);
    assertThat(municipality("cases_received", "GM0344").<Double>getAs("value")).isEqualTo(12.0);
  }

  @Test
  void theSameCellIsHiddenInEveryLinkedTable() {
    for (String breakdown : new String[] {"organisation,municipality", "regulation,municipality"}) {
      Row row =
          run.indicator(
              "indicator = 'open_cases' and breakdown = '"
                  + breakdown
                  + "' and period = '2025-Q1' and municipality = 'GM0014'");
      assertThat(row.<String>getAs("status")).as(breakdown).isEqualTo("confidential");
    }
  }

  @Test
  void theDisclosureTableSaysWhyForTheDataTeam() {
    assertThat(
            run.table("disclosure")
                .filter(
                    "breakdown = 'organisation,regulation,municipality' and period = '2025-Q1'"
                        + " and quantity = 'received'")
                .collectAsList())
        .extracting(r -> r.getAs("municipality") + " " + r.getAs("reason"))
        .containsExactlyInAnyOrder("GM0363 primary", "GM0014 secondary");
  }

  @Test
  void theTotalOverTheMunicipalitiesStaysPublished() {
    Row row =
        run.indicator(
            "indicator = 'cases_received' and breakdown = 'organisation,regulation'"
                + " and granularity = 'quarter' and period = '2025-Q1'");
    assertThat(row.<String>getAs("status")).isEqualTo("ok");
    assertThat(row.<Double>getAs("value")).isEqualTo(41.0);
  }

  @Test
  void aValueWithBaseZeroStaysNoDataInASmallCell() {
    Row row = municipality("timely_decision_rate", "GM0363");
    assertThat(row.<String>getAs("status")).isEqualTo("no_data");
    assertThat(row.<Long>getAs("base")).isEqualTo(0L);
  }

  @Test
  void aCountOfZeroStaysOkInASmallCell() {
    Row row = municipality("cases_decided", "GM0363");
    assertThat(row.<String>getAs("status")).isEqualTo("ok");
    assertThat(row.<Double>getAs("value")).isEqualTo(0.0);
  }

  private static void add(InputLocation input, String municipality, int cases) {
    for (int i = 1; i <= cases; i++) {
      input.service(municipality + "-" + i + ",UWV,WW," + municipality + ",2025-01-06,,,online,,,");
    }
  }

  private static Row municipality(String indicator, String municipality) {
    return run.indicator(
        "indicator = '"
            + indicator
            + "' and breakdown = 'organisation,regulation,municipality' and period = '2025-Q1'"
            + " and municipality = '"
            + municipality
            + "'");
  }
}
