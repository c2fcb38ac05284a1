package nl.effectmeter.privacy;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION_MUNICIPALITY;
import static nl.effectmeter.indicator.Granularity.MONTH;
import static nl.effectmeter.indicator.Granularity.QUARTER;
import static nl.effectmeter.indicator.Granularity.YEAR;
import static nl.effectmeter.indicator.Indicator.TIMELY_DECISION_RATE;
import static nl.effectmeter.privacy.TinyRun.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;
import org.junit.jupiter.api.Test;

/**
 * What a reader knows of an earlier run, as the pattern search reads it: not only the values its
 * published rows show, but the values they tell (a base of 0, a cell that does not exist, a rate of
 * 0 over its group). The audit reads the same from the published rows by its own route; where the
 * search knew less, it left values hidden that the audit then found given away.
 */
class EarlierRunsTest {
  private static final YearMonth JAN = YearMonth.of(2025, 1);
  private static final YearMonth FEB = YearMonth.of(2025, 2);
  private static final YearMonth MAR = YearMonth.of(2025, 3);

  /**
   * As of March: A runs R1; 7 cases in GM01 and 5 in GM02, all requested in January and decided in
   * February, none of them on time. January decided nothing; February's 12 decisions of A/R1 are
   * published with a timely rate of 0, and each municipality's (7 and 5) is confidential.
   */
  private static EarlierRuns firstRun() {
    TinyRun run = new TinyRun(MAR).cases(7, "A", "R1", "GM01", JAN, FEB);
    run.cases(5, "A", "R1", "GM02", JAN, FEB);
    List<IndicatorRow> rows = run.published();
    CellKey february = cell(ORGANISATION_REGULATION, MONTH, "2025-02", "A", "R1", "_T");
    assertThat(rows)
        .filteredOn(r -> r.cell().equals(february) && r.indicator() == TIMELY_DECISION_RATE)
        .singleElement()
        .satisfies(r -> assertThat(r.value()).isEqualTo(0.0));
    return new EarlierRuns(List.of(new EarlierRuns.Run("run-1", run.months(), rows, Map.of())));
  }

  @Test
  void aNumeratorOfARowWhoseBaseIsZeroIsKnownAsZero() {
    // January: 12 cases received, none decided: the timely rate has no data (base 0), so the
    // number of timely decisions is 0 without being shown.
    CellKey january = cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", "_T");
    EarlierRuns earlier = firstRun();
    assertThat(earlier.published(january, Quantity.TIMELY, 0.0)).isTrue();
    assertThat(earlier.published(january, Quantity.TIMELY, 1.0)).isFalse();
    assertThat(earlier.published(january, Quantity.RECEIVED, 12.0)).isTrue();
    // No case has a cost: the cost per case has no data (base 0), so the sum of costs is 0. No
    // denominator bounds a sum of money, so only the base of 0 tells it.
    assertThat(earlier.published(january, Quantity.COST_SUM, 0.0)).isTrue();
    assertThat(earlier.published(january, Quantity.COST_SUM, 10.0)).isFalse();
  }

  @Test
  void aCellTheRunCoveredAndDidNotHoldIsKnownAsZeroOfEverything() {
    EarlierRuns earlier = firstRun();
    CellKey elsewhere =
        cell(ORGANISATION_REGULATION_MUNICIPALITY, QUARTER, "2025-Q1", "A", "R1", "GM03");
    assertThat(earlier.published(elsewhere, Quantity.RECEIVED, 0.0)).isTrue();
    assertThat(earlier.published(elsewhere, Quantity.RECEIVED, 1.0)).isFalse();
    // The second quarter was not published by the run as of March: a cell of it is not known.
    CellKey q2 = cell(ORGANISATION_REGULATION_MUNICIPALITY, QUARTER, "2025-Q2", "A", "R1", "GM03");
    assertThat(earlier.published(q2, Quantity.RECEIVED, 0.0)).isFalse();
    // Nor is the year, which was still running then.
    CellKey year = cell(ORGANISATION_REGULATION_MUNICIPALITY, YEAR, "2025", "A", "R1", "GM03");
    assertThat(earlier.published(year, Quantity.RECEIVED, 0.0)).isFalse();
  }

  @Test
  void aRateOfZeroOverItsGroupTellsEachHiddenPartAsZero() {
    EarlierRuns earlier = firstRun();
    CellKey gm02 =
        cell(ORGANISATION_REGULATION_MUNICIPALITY, QUARTER, "2025-Q1", "A", "R1", "GM02");
    TinyRun same = new TinyRun(MAR).cases(7, "A", "R1", "GM01", JAN, FEB);
    same.cases(5, "A", "R1", "GM02", JAN, FEB);
    assertThat(same.published())
        .filteredOn(r -> r.cell().equals(gm02) && r.indicator() == TIMELY_DECISION_RATE)
        .extracting(IndicatorRow::status)
        .containsExactly(Status.CONFIDENTIAL);
    // Its 5 decisions stay hidden; its timely decisions are 0, told by A/R1's rate of 0 in the
    // first quarter (0 of 12) above it.
    assertThat(earlier.published(gm02, Quantity.TIMELY, 0.0)).isTrue();
    assertThat(earlier.published(gm02, Quantity.DECIDED, 5.0)).isFalse();
  }
}
