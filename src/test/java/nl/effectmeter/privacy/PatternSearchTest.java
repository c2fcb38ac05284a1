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
    PatternSearch search = search(lattice, Quantity.RECEIVED, values, 1, hideable, hidden, null);

    BitSet added = search.run();

    assertThat(search.unprotectable().stream().toArray()).containsExactly(aR1);
    assertThat(added.stream().toArray()).containsExactly(r1);
    assertThat(hidden.get(cR1)).isFalse();
    assertThat(hidden.get(a)).isFalse();
  }

  /**
   * Timely decisions in January: organisation A = A/R1 (3, hidden: a small base) + A/R2 (0). A's 3
   * can never be hidden (an earlier run published it); A/R2's 0 is hidden by its own small base but
   * read all the same, because regulation R2's January publishes a rate of 0, which speaks for
   * every case of R2. The rate is what gives A/R1 away (3 - 0): hiding it makes A/R2 hidden again,
   * and A/R1 is protected; without it A/R1 would be given away.
   */
  @Test
  void aValueThatARateOfZeroGivesAwayIsProtectedByHidingTheRate() {
    List<CellKey> cells =
        List.of(
            cell(ORGANISATION_, MONTH, "2025-01", "A", T, T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R2", T),
            cell(REGULATION_, MONTH, "2025-01", T, "R2", T));
    int aR1 = 1;
    int aR2 = 2;
    int r2 = 3;
    Lattice lattice =
        new Lattice(cells, new PublishedMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 1)));
    double[] values = {3, 3, 0, 0};
    boolean[] hideable = {false, true, false, true};
    int[] toldBy = {-1, -1, r2, -1};
    BitSet hidden = new BitSet();
    hidden.set(aR1);
    PatternSearch search = search(lattice, Quantity.TIMELY, values, 0, hideable, hidden, toldBy);

    BitSet added = search.run();

    assertThat(search.unprotectable().isEmpty()).isTrue();
    assertThat(added.stream().toArray()).containsExactly(r2);
    assertThat(hidden.stream().toArray()).containsExactly(aR1, aR2, r2);
  }

  private static PatternSearch search(
      Lattice lattice,
      Quantity quantity,
      double[] values,
      double lowerBound,
      boolean[] hideable,
      BitSet hidden,
      int[] toldBy) {
    int n = values.length;
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(lower, lowerBound);
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    int[] rowCosts = new int[n];
    Arrays.fill(rowCosts, 1);
    long[] baseCosts = Arrays.stream(values).mapToLong(v -> (long) v).toArray();
    return new PatternSearch(
        lattice,
        quantity,
        new PatternSearch.Values(values, lower, upper, new Quantity[n], new Quantity[n], toldBy),
        hideable,
        hidden,
        new Candidates(lattice.cells(), lattice.twins(quantity), rowCosts, baseCosts));
  }
}
