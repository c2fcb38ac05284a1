package nl.effectmeter.privacy;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Breakdown.REGULATION_;
import static nl.effectmeter.indicator.Granularity.MONTH;
import static nl.effectmeter.privacy.TinyRun.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Quantity;
import org.junit.jupiter.api.Test;

/** The secondary-suppression search of one quantity, on a lattice of five cells. */
class PatternSearchTest {
  private static final String T = Dimension.TOTAL;

  /**
   * January of organisation A (20 cases) = regulation R1 (3, hidden: a small base) + R2 (17); R1's
   * January (22) = A (3) + B (4, hidden: a small base) + C (15). A's 20 and R2's 17 can never be
   * hidden (an earlier run published them), so A/R1 = 20 - 17 = 3 whatever else is hidden: the
   * search names it given and spends nothing on it. B/R1 then needs one suppression in R1's
   * relation, the cheapest: R1's January itself (the organisation × regulation months, which the
   * signals read, are dearer than a regulation's month). Looking further out for a way to protect
   * A/R1 would hide C/R1 as well, for nothing.
   */
  @Test
  void aValueThatNumbersWhichCanNeverBeHiddenPinCostsNoSuppression() {
    List<CellKey> cells =
        List.of(
            cell(ORGANISATION_, MONTH, "2025-01", "A", T, T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R2", T),
            cell(REGULATION_, MONTH, "2025-01", T, "R1", T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "B", "R1", T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "C", "R1", T));
    int a = 0;
    int aR1 = 1;
    int r1 = 3;
    int bR1 = 4;
    int cR1 = 5;
    Lattice lattice =
        new Lattice(cells, new PublishedMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 1)));
    assertThat(lattice.relations(Quantity.RECEIVED)).hasSize(2);
    double[] values = {20, 3, 17, 22, 4, 15};
    boolean[] hideable = {false, true, false, true, true, true};
    BitSet hidden = new BitSet();
    hidden.set(aR1);
    hidden.set(bR1);
    int n = cells.size();
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(lower, 1);
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    int[] rowCosts = new int[n];
    Arrays.fill(rowCosts, 1);
    long[] baseCosts = Arrays.stream(values).mapToLong(v -> (long) v).toArray();
    PatternSearch search =
        new PatternSearch(
            lattice,
            Quantity.RECEIVED,
            new PatternSearch.Values(values, lower, upper, new Quantity[n], new Quantity[n]),
            hideable,
            hidden,
            new Candidates(cells, lattice.twins(Quantity.RECEIVED), rowCosts, baseCosts));

    BitSet added = search.run();

    assertThat(search.unprotectable().stream().toArray()).containsExactly(aR1);
    assertThat(added.stream().toArray()).containsExactly(r1);
    assertThat(hidden.get(cR1)).isFalse();
    assertThat(hidden.get(a)).isFalse();
  }
}
