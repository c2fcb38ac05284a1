package nl.effectmeter.privacy;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Granularity.MONTH;
import static nl.effectmeter.indicator.Granularity.QUARTER;
import static nl.effectmeter.privacy.TinyRun.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A published rate of 0 speaks for its whole group, and a reader follows it down: every part of a
 * value read as 0 is 0. The pattern search reads rates down such a chain as the audit does, not
 * only one step below a published rate, and names the rate to hide for a value read that way: the
 * published one at the chain's start (none where the chain starts at a whole its parts' rates made
 * 0).
 */
class RateChainTest {
  private static final String T = Dimension.TOTAL;
  private static final YearMonth JAN = YearMonth.of(2025, 1);
  private static final YearMonth FEB = YearMonth.of(2025, 2);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);
  private static final CellKey QUARTER_1 =
      cell(ORGANISATION_REGULATION, QUARTER, "2025-Q1", "A", "R1", T);

  @Test
  void aWholeThatItsPartsRatesMakeZeroIsReadDownToItsOtherParts() {
    // A/R1 decided 24 cases in the first quarter, none in time: 12 in GM01 and 12 in GM02, each
    // with a published rate of 0; 3 of them in January, 21 in February. Its first quarter is
    // hidden (for another value's sake, given here), yet a reader knows it is 0 from its
    // municipalities' rates, and so its January (3 cases, hidden for its small base) is 0 as well.
    // No published rate of 0 lies directly above January: A/R1's year holds 10 timely decisions of
    // April, A's and R1's Januaries those of A/R2 and B/R1. No single rate tells January either
    // (hiding one municipality's rate would leave the other's, and February's), so the search has
    // none to hide for it.
    YearPattern year = quarterHidden(FEB, FEB);
    int q1 = year.indexOf(QUARTER_1);
    int january = year.indexOf(cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", T));

    assertThat(year.learnedFromRate(Quantity.TIMELY, q1))
        .as("the quarter, from its municipalities")
        .isTrue();
    assertThat(year.isHidden(Quantity.TIMELY, january)).isFalse();
    assertThat(year.learnedFromRate(Quantity.TIMELY, january))
        .as("January, from the quarter its municipalities' rates made 0")
        .isTrue();
    assertThat(year.tellingRate(Quantity.TIMELY, january)).isEqualTo(-1);
  }

  @Test
  void aPartWithNoDecisionsIsReadAsZeroOnTheWayToTheWhole() {
    // As above, but A/R1's 12 cases in GM01 were requested in January and decided only in April:
    // GM01's first quarter publishes timeliness as no data over 0 decisions, which tells a reader
    // that none of its decisions was timely as surely as a rate of 0 does (the audit reads it so).
    // With GM02's published rate of 0 (12 decisions), the hidden quarter is read as 0, and January
    // below it. Without reading the empty base, the search would leave January to be named by
    // the audit (as it did at 1M cases, seed 7: an organisation's month whose unknown
    // regulation's quarter had no data in one municipality).
    YearPattern year = quarterHidden(JAN, APRIL);
    int q1 = year.indexOf(QUARTER_1);
    int january = year.indexOf(cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", T));

    assertThat(year.learnedFromRate(Quantity.TIMELY, q1))
        .as("the quarter, from one municipality's rate of 0 and the other's no decisions")
        .isTrue();
    assertThat(year.learnedFromRate(Quantity.TIMELY, january))
        .as("January, from the quarter")
        .isTrue();
  }

  /**
   * The scenario of both tests, up to April, with A/R1's first quarter hidden for another's sake:
   * 12 cases of A/R1 in GM01, none decided in time; 3 in GM02 decided in January and 9 in February,
   * none in time; 10 timely decisions of A/R1 in April, of A/R2 and of B/R1 (15) in January.
   */
  private static YearPattern quarterHidden(YearMonth gm01Requested, YearMonth gm01Decided) {
    TinyRun run =
        new TinyRun(APRIL)
            .cases(12, "A", "R1", "GM01", gm01Requested, gm01Decided)
            .cases(3, "A", "R1", "GM02", JAN, JAN)
            .cases(9, "A", "R1", "GM02", FEB, FEB)
            .timely(10, "A", "R1", "GM01", APRIL)
            .timely(10, "A", "R2", "GM03", JAN)
            .timely(15, "B", "R1", "GM04", JAN);
    return new YearPattern(
        run.cells(),
        run.months(),
        PrimaryRules.minimumBase(10),
        EarlierRuns.NONE,
        hiddenWithItsTwins(QUARTER_1));
  }

  /**
   * The cell's timely decisions hidden for another's sake, with those of its client segment and
   * channel cells: a tiny run's cases have one segment and one channel, so those cells hold the
   * same cases and would tell the value by their own published rates.
   */
  private static Set<EarlierRuns.CellQuantity> hiddenWithItsTwins(CellKey cell) {
    return Set.of(
        new EarlierRuns.CellQuantity(cell, Quantity.TIMELY),
        new EarlierRuns.CellQuantity(
            cell.inBreakdown(Breakdown.ORGANISATION_REGULATION_CLIENT_SEGMENT), Quantity.TIMELY),
        new EarlierRuns.CellQuantity(
            cell.inBreakdown(Breakdown.ORGANISATION_REGULATION_CHANNEL), Quantity.TIMELY));
  }
}
