package nl.effectmeter.privacy;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Granularity.MONTH;
import static nl.effectmeter.indicator.Granularity.QUARTER;
import static nl.effectmeter.privacy.TinyRun.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
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
    TinyRun run =
        new TinyRun(YearMonth.of(2025, 4))
            .cases(12, "A", "R1", "GM01", FEB, FEB)
            .cases(3, "A", "R1", "GM02", JAN, JAN)
            .cases(9, "A", "R1", "GM02", FEB, FEB)
            .timely(10, "A", "R1", "GM01", YearMonth.of(2025, 4))
            .timely(10, "A", "R2", "GM03", JAN)
            .timely(15, "B", "R1", "GM04", JAN);
    CellKey quarter = cell(ORGANISATION_REGULATION, QUARTER, "2025-Q1", "A", "R1", T);
    YearPattern year =
        new YearPattern(
            run.cells(),
            run.months(),
            PrimaryRules.minimumBase(10),
            EarlierRuns.NONE,
            Set.of(new EarlierRuns.CellQuantity(quarter, Quantity.TIMELY)));
    int q1 = year.indexOf(quarter);
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
}
