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

/** The secondary-suppression search of one quantity, on tiny hand-made lattices. */
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

  /**
   * Two values that one elimination finds pinned, each only by combinations that hold the same one
   * hideable published value. Hidden January cells of organisations o1..o6 by regulations r1..r6
   * form three squares, A (o1, o2 by r1, r2), B (o3, o4 by r3, r4) and C (o5, o6 by r5, r6), joined
   * in a chain by o1/r3 (A to B) and o3/r5 (B to C); every margin is published and can never be
   * hidden. Each joint is a bridge: o1/r3 = o1 + o2 - r1 - r2 - o1/r5, and o3/r5 = r5 + r6 - o5 -
   * o6 - o1/r5 (or the same through the other side of the chain), so every combination that pins
   * either holds o1/r5, the only published cell that can be hidden. Hiding it for the first value
   * closes a cycle through both joints and protects the second as well: one suppression, and the
   * second value is not named given for want of a cell that its combination, already broken, no
   * longer needs.
   */
  @Test
  void aCombinationBrokenByAnEarlierFixInTheSamePassCostsNothingMore() {
    List<CellKey> cells = new java.util.ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      cells.add(cell(ORGANISATION_, MONTH, "2025-01", "o" + i, T, T));
      cells.add(cell(REGULATION_, MONTH, "2025-01", T, "r" + i, T));
    }
    int[][] hiddenPairs = {
      {1, 1}, {1, 2}, {2, 1}, {2, 2}, {3, 3}, {3, 4}, {4, 3}, {4, 4}, {5, 5}, {5, 6}, {6, 5},
      {6, 6}, {1, 3}, {3, 5}
    };
    BitSet hidden = new BitSet();
    for (int[] pair : hiddenPairs) {
      hidden.set(cells.size());
      cells.add(cell(ORGANISATION_REGULATION, MONTH, "2025-01", "o" + pair[0], "r" + pair[1], T));
    }
    int o1r3 = cells.size() - 2;
    int o3r5 = cells.size() - 1;
    int o1r5 = cells.size();
    cells.add(cell(ORGANISATION_REGULATION, MONTH, "2025-01", "o1", "r5", T));
    Lattice lattice =
        new Lattice(cells, new PublishedMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 1)));
    assertThat(lattice.relations(Quantity.RECEIVED)).hasSize(12);
    int n = cells.size();
    double[] values = new double[n];
    Arrays.fill(values, 5); // every hidden value off its bounds: no relation pins one alone
    for (int i = 0; i < 12; i++) {
      values[i] = 50; // the margins; the relations' arithmetic plays no part in the search
    }
    boolean[] hideable = new boolean[n];
    hideable[o1r5] = true;
    PatternSearch search = search(lattice, Quantity.RECEIVED, values, 1, hideable, hidden, null);

    BitSet added = search.run();

    assertThat(added.stream().toArray()).containsExactly(o1r5);
    assertThat(search.unprotectable().isEmpty()).isTrue();
    assertThat(search.protects(o1r5)).isIn(o1r3, o3r5);
  }

  /**
   * January of organisation A (30 cases) = A/R1 (5, hidden: a small base) + A/R2 (10) + A/R3 (15),
   * the last two hidden for another's sake. Publishing A/R3 again leaves A/R1 + A/R2 = 30 - 15, two
   * unknowns: safe, so it is published. Publishing A/R2 as well would give A/R1 away (30 - 10 -
   * 15): refused, and A/R2 stays hidden. A hidden total over hidden parts is published again the
   * same way: A/R1 + A/R2 = 30 - 15 pins neither.
   */
  @Test
  void aValueHiddenForAnothersSakeIsPublishedAgainOnlyWhereThePatternStaysSafe() {
    List<CellKey> cells =
        List.of(
            cell(ORGANISATION_, MONTH, "2025-01", "A", T, T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R1", T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R2", T),
            cell(ORGANISATION_REGULATION, MONTH, "2025-01", "A", "R3", T));
    int a = 0;
    int aR1 = 1;
    int aR2 = 2;
    int aR3 = 3;
    Lattice lattice =
        new Lattice(cells, new PublishedMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 1)));
    assertThat(lattice.relations(Quantity.RECEIVED)).hasSize(1);
    double[] values = {30, 5, 10, 15};
    boolean[] hideable = {true, true, true, true};
    BitSet hidden = new BitSet();
    hidden.set(aR1);
    hidden.set(aR2);
    hidden.set(aR3);
    PatternSearch search = search(lattice, Quantity.RECEIVED, values, 1, hideable, hidden, null);
    assertThat(search.run().isEmpty()).isTrue();

    assertThat(search.release(new int[] {aR3}, true)).isTrue();
    assertThat(hidden.stream().toArray()).containsExactly(aR1, aR2);
    assertThat(search.release(new int[] {aR2}, true)).isFalse();
    assertThat(hidden.stream().toArray()).containsExactly(aR1, aR2);

    hidden.set(a);
    assertThat(search.release(new int[] {a}, true)).isTrue();
    assertThat(hidden.stream().toArray()).containsExactly(aR1, aR2);
  }

  /**
   * January of five organisations A-E in four regulations R1-R4, with every organisation's and
   * regulation's month published. Hidden: A and B in R1 and R2 (a cycle), C and D in R3 and R4 (a
   * cycle), and B in R3, which joins the two. Every relation holds two hidden values or more, but
   * B/R3 is pinned all the same: the organisations' months of A and B less the regulations' months
   * of R1 and R2 leave it alone. Of the published cells that combination holds, the organisations'
   * and regulations' months are the cheapest, yet each of them would itself be told by the rest the
   * moment it were hidden (the hidden values of its relation add up to what the other relations
   * give), and so would E's cells (E has no other hidden value). Hiding one of them protects
   * nothing. A cell of A-D in a regulation outside its cycle (A/R3, say) closes a new cycle through
   * B/R3: that one cell is enough.
   */
  @Test
  void aValuePinnedBySeveralRelationsIsProtectedByACellTheOthersDoNotTell() {
    String[] orgs = {"A", "B", "C", "D", "E"};
    String[] regs = {"R1", "R2", "R3", "R4"};
    List<CellKey> cells = new java.util.ArrayList<>();
    int[][] inner = new int[orgs.length][regs.length];
    double[][] counts = {
      {12, 14, 30, 31}, {13, 15, 16, 32}, {33, 34, 17, 18}, {35, 36, 19, 20}, {2, 3, 2, 3}
    };
    List<Double> values = new java.util.ArrayList<>();
    for (int o = 0; o < orgs.length; o++) {
      for (int r = 0; r < regs.length; r++) {
        inner[o][r] = cells.size();
        cells.add(cell(ORGANISATION_REGULATION, MONTH, "2025-01", orgs[o], regs[r], T));
        values.add(counts[o][r]);
      }
    }
    for (int o = 0; o < orgs.length; o++) {
      cells.add(cell(ORGANISATION_, MONTH, "2025-01", orgs[o], T, T));
      values.add(Arrays.stream(counts[o]).sum());
    }
    for (int r = 0; r < regs.length; r++) {
      cells.add(cell(REGULATION_, MONTH, "2025-01", T, regs[r], T));
      double sum = 0;
      for (double[] row : counts) {
        sum += row[r];
      }
      values.add(sum);
    }
    Lattice lattice =
        new Lattice(cells, new PublishedMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 1)));
    assertThat(lattice.relations(Quantity.RECEIVED)).hasSize(orgs.length + regs.length);
    boolean[] hideable = new boolean[cells.size()];
    Arrays.fill(hideable, true);
    BitSet hidden = new BitSet();
    for (int[] at : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}}) {
      hidden.set(inner[at[0]][at[1]]);
    }
    hidden.set(inner[1][2]);
    PatternSearch search =
        search(
            lattice,
            Quantity.RECEIVED,
            values.stream().mapToDouble(Double::doubleValue).toArray(),
            1,
            hideable,
            hidden,
            null);

    BitSet added = search.run();

    assertThat(added.cardinality()).as("cells hidden: %s", added).isEqualTo(1);
    CellKey protector = cells.get(added.nextSetBit(0));
    assertThat(protector.breakdown()).isEqualTo(ORGANISATION_REGULATION);
    assertThat(protector.organisation()).isNotEqualTo("E");
    // Checked apart from the search: no hidden value follows from the relations.
    List<Relation> relations = lattice.relations(Quantity.RECEIVED);
    int[] columnOf = new int[cells.size()];
    Arrays.fill(columnOf, -1);
    int columns = 0;
    for (int c = hidden.nextSetBit(0); c >= 0; c = hidden.nextSetBit(c + 1)) {
      columnOf[c] = columns++;
    }
    double[][] rows = new double[relations.size()][columns];
    for (int r = 0; r < relations.size(); r++) {
      Relation relation = relations.get(r);
      if (columnOf[relation.parent()] >= 0) {
        rows[r][columnOf[relation.parent()]] = 1;
      }
      for (int child : relation.children()) {
        if (columnOf[child] >= 0) {
          rows[r][columnOf[child]] = -1;
        }
      }
    }
    assertThat(DenseRowSpace.determined(rows, columns).isEmpty()).isTrue();
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
