package nl.effectmeter.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class GranularityTest {

  @Test
  void writesPeriodsAsMonthQuarterAndYearLabels() {
    LocalDate date = LocalDate.parse("2025-08-31");
    assertThat(Granularity.MONTH.periodOf(date)).isEqualTo("2025-08");
    assertThat(Granularity.QUARTER.periodOf(date)).isEqualTo("2025-Q3");
    assertThat(Granularity.YEAR.periodOf(date)).isEqualTo("2025");
  }

  @Test
  void aQuarterRunsFromItsFirstToItsThirdMonth() {
    assertThat(Granularity.QUARTER.firstMonth("2025-Q4")).isEqualTo(YearMonth.of(2025, 10));
    assertThat(Granularity.QUARTER.lastMonth("2025-Q4")).isEqualTo(YearMonth.of(2025, 12));
  }

  @Test
  void aYearRunsFromJanuaryToDecember() {
    assertThat(Granularity.YEAR.firstMonth("2025")).isEqualTo(YearMonth.of(2025, 1));
    assertThat(Granularity.YEAR.lastMonth("2025")).isEqualTo(YearMonth.of(2025, 12));
  }

  @Test
  void thePeriodBeforeTheFirstOfAYearLiesInThePreviousYear() {
    assertThat(Granularity.MONTH.previous("2025-01")).isEqualTo("2024-12");
    assertThat(Granularity.QUARTER.previous("2025-Q1")).isEqualTo("2024-Q4");
    assertThat(Granularity.YEAR.previous("2025")).isEqualTo("2024");
  }

  @Test
  void recognisesTheGranularityOfAPeriodLabel() {
    assertThat(Granularity.ofPeriod("2025-03")).isEqualTo(Granularity.MONTH);
    assertThat(Granularity.ofPeriod("2025-Q2")).isEqualTo(Granularity.QUARTER);
    assertThat(Granularity.ofPeriod("2025")).isEqualTo(Granularity.YEAR);
  }

  @Test
  void rejectsAMonthThirteenAndAQuarterFive() {
    assertThat(Granularity.MONTH.accepts("2025-13")).isFalse();
    assertThat(Granularity.QUARTER.accepts("2025-Q5")).isFalse();
    assertThatThrownBy(() -> Granularity.ofPeriod("2025-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot parse period: 2025-13");
  }

  @Test
  void rejectsAnUnknownGranularityLabel() {
    assertThatThrownBy(() -> Granularity.fromLabel("week"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown granularity: week");
  }
}
