package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import org.junit.jupiter.api.Test;

class PeriodRangeTest {
  // first case requested in 2025-02, as_of 2025-05-15: months 2025-02 .. 2025-05
  private final PeriodRange range =
      new PeriodRange(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-05-15"));

  @Test
  void publishesTheMonthsFromTheFirstRequestToTheAsOfMonth() {
    assertThat(range.publishes(cell(Granularity.MONTH, "2025-02"))).isTrue();
    assertThat(range.publishes(cell(Granularity.MONTH, "2025-05"))).isTrue();
  }

  @Test
  void publishesNoMonthBeforeTheFirstRequestOrAfterTheAsOfMonth() {
    assertThat(range.publishes(cell(Granularity.MONTH, "2025-01"))).isFalse();
    assertThat(range.publishes(cell(Granularity.MONTH, "2025-06"))).isFalse();
  }

  @Test
  void publishesAQuarterOrYearThatOverlapsTheRange() {
    // 2025-Q1 holds 2025-02; 2025-Q2 holds 2025-05; 2025-Q3 starts after as_of
    assertThat(range.publishes(cell(Granularity.QUARTER, "2025-Q1"))).isTrue();
    assertThat(range.publishes(cell(Granularity.QUARTER, "2025-Q2"))).isTrue();
    assertThat(range.publishes(cell(Granularity.QUARTER, "2025-Q3"))).isFalse();
    assertThat(range.publishes(cell(Granularity.YEAR, "2025"))).isTrue();
    assertThat(range.publishes(cell(Granularity.YEAR, "2024"))).isFalse();
  }

  private static CellKey cell(Granularity granularity, String period) {
    return new CellKey(
        Breakdown.TOTAL, granularity, period, "_T", "_T", "_T", "_T", "_T", "_T", "_T");
  }
}
