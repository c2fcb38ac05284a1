package nl.effectmeter.privacy;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Breakdown.REGULATION_;
import static nl.effectmeter.indicator.Breakdown.TOTAL;
import static nl.effectmeter.indicator.Granularity.MONTH;
import static nl.effectmeter.indicator.Granularity.QUARTER;
import static nl.effectmeter.privacy.TinyRun.cell;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Quantity;
import org.junit.jupiter.api.Test;

/**
 * {@link Pinning} follows which hidden cells the relations pin as cells are hidden one at a time.
 * Checked against an independent route after every step: the dense reduced row echelon form of the
 * hidden cells' system ({@link DenseRowSpace}, in doubles) names the pinned cells (a pivot row that
 * holds its column alone) and the published cells that would be pinned once hidden (their column
 * raises the rank).
 */
class PinningTest {
  private static final String T = Dimension.TOTAL;

  /**
   * A quarter of a small table: three organisations × two regulations by month and by quarter, with
   * their totals (48 cells, the relations of both additive directions and of time).
   */
  private static List<CellKey> table() {
    List<CellKey> cells = new ArrayList<>();
    List<String> periods = List.of("2025-01", "2025-02", "2025-03", "2025-Q1");
    for (String period : periods) {
      Granularity g = period.contains("Q") ? QUARTER : MONTH;
      cells.add(cell(TOTAL, g, period, T, T, T));
      for (String org : List.of("A", "B", "C", "D")) {
        cells.add(cell(ORGANISATION_, g, period, org, T, T));
      }
      for (String reg : List.of("R1", "R2", "R3")) {
        cells.add(cell(REGULATION_, g, period, T, reg, T));
        for (String org : List.of("A", "B", "C", "D")) {
          cells.add(cell(ORGANISATION_REGULATION, g, period, org, reg, T));
        }
      }
    }
    return cells;
  }

  @Test
  void followsThePinnedCellsAsAnEliminationFindsThemAfterEveryHiddenCell() {
    List<CellKey> cells = table();
    Lattice lattice =
        new Lattice(cells, new PublishedMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 3)));
    List<Relation> relations = lattice.relations(Quantity.RECEIVED);
    assertThat(cells).hasSize(80);
    int steps = 0;
    int freed = 0;
    int pinnedByHiding = 0;
    int refreshed = 0;
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      BitSet hidden = new BitSet();
      for (int c = 0; c < cells.size(); c++) {
        if (random.nextInt(10) == 0) {
          hidden.set(c);
        }
      }
      Pinning pinning = eliminated(lattice, relations, hidden);
      while (hidden.cardinality() < cells.size() - 4) {
        int cell = random.nextInt(cells.size());
        if (hidden.get(cell)) {
          continue;
        }
        boolean outside = rank(relations, hidden, cell) > rank(relations, hidden, -1);
        assertThat(pinning.pinnedOnceHidden(cell))
            .as("seed %d, cell %d", seed, cell)
            .isEqualTo(outside);
        TreeSet<Integer> before = new TreeSet<>(pinning.cells());
        pinning.hiding(cell);
        hidden.set(cell);
        steps++;
        if (!pinning.current()) {
          refreshed++; // its combinations were used up: the search would eliminate again
          pinning = eliminated(lattice, relations, hidden);
          continue;
        }
        List<Integer> pinned = pinning.cells();
        assertThat(pinned)
            .as("seed %d after cell %d", seed, cell)
            .containsExactlyElementsOf(pinnedByElimination(relations, hidden));
        for (int h : pinned) {
          assertCertificate(relations, hidden, h, pinning.certificate(h));
        }
        freed += (int) before.stream().filter(h -> !pinned.contains(h)).count();
        pinnedByHiding += pinned.contains(cell) ? 1 : 0;
      }
    }
    // Every kind of step happened, many times over.
    assertThat(steps).isGreaterThan(1_000);
    assertThat(freed).isGreaterThan(50);
    assertThat(pinnedByHiding).isGreaterThan(200);
    assertThat(refreshed).isGreaterThan(0);
  }

  /** The state a search starts from: an exact elimination of every row of the system. */
  private static Pinning eliminated(Lattice lattice, List<Relation> relations, BitSet hidden) {
    Pinning pinning = new Pinning(lattice, Quantity.RECEIVED, hidden);
    ModularEchelon system = new ModularEchelon(true);
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < relations.size(); r++) {
      Relation relation = relations.get(r);
      if (!relation.generating() || !relation.holdsFor(Quantity.RECEIVED)) {
        continue;
      }
      rows.add(r);
      TreeSet<Integer> columns = new TreeSet<>();
      long[] byColumn = new long[lattice.size()];
      if (hidden.get(relation.parent())) {
        columns.add(relation.parent());
        byColumn[relation.parent()] = 1;
      }
      for (int child : relation.children()) {
        if (hidden.get(child)) {
          columns.add(child);
          byColumn[child] = -1;
        }
      }
      int[] cs = columns.stream().mapToInt(Integer::intValue).toArray();
      long[] vs = Arrays.stream(cs).mapToLong(c -> byColumn[c]).toArray();
      system.add(cs, vs);
    }
    int[] part = rows.stream().mapToInt(Integer::intValue).toArray();
    List<ModularEchelon.Determined> determined = system.determined();
    pinning.eliminating();
    pinning.part(part, system.leftNullVectors(Pinning.COMBINATIONS));
    for (ModularEchelon.Determined d : determined) {
      pinning.pinned(d.column(), part, d.rows(), d.weights());
    }
    pinning.eliminated();
    return pinning;
  }

  /** The certificate's combination of rows is 1 on the cell and 0 on every other hidden cell. */
  private static void assertCertificate(
      List<Relation> relations, BitSet hidden, int cell, Map<Integer, Long> certificate) {
    long p = ModularEchelon.P;
    HashMap<Integer, BigInteger> sums = new HashMap<>();
    for (Map.Entry<Integer, Long> term : certificate.entrySet()) {
      Relation relation = relations.get(term.getKey());
      BigInteger w = BigInteger.valueOf(term.getValue());
      sums.merge(relation.parent(), w, BigInteger::add);
      for (int child : relation.children()) {
        sums.merge(child, w.negate(), BigInteger::add);
      }
    }
    for (int h = hidden.nextSetBit(0); h >= 0; h = hidden.nextSetBit(h + 1)) {
      long value =
          sums.getOrDefault(h, BigInteger.ZERO).mod(BigInteger.valueOf(p)).longValueExact();
      assertThat(value)
          .as("certificate of %d on hidden cell %d", cell, h)
          .isEqualTo(h == cell ? 1 : 0);
    }
  }

  /** The hidden cells whose unit vector lies in the row space: pinned. */
  private static List<Integer> pinnedByElimination(List<Relation> relations, BitSet hidden) {
    int[] columns = hidden.stream().toArray();
    List<Integer> pinned = new ArrayList<>();
    DenseRowSpace.determined(matrix(relations, columns), columns.length).stream()
        .forEach(j -> pinned.add(columns[j]));
    return pinned;
  }

  /** The rank of the hidden cells' columns, with one more cell's (none where -1). */
  private static int rank(List<Relation> relations, BitSet hidden, int extra) {
    BitSet with = (BitSet) hidden.clone();
    if (extra >= 0) {
      with.set(extra);
    }
    int[] columns = with.stream().toArray();
    return DenseRowSpace.rank(matrix(relations, columns), columns.length);
  }

  /** The hidden cells' system as the elimination sees it: +1 for a parent, -1 for a part. */
  private static double[][] matrix(List<Relation> relations, int[] columns) {
    List<double[]> rows = new ArrayList<>();
    for (Relation relation : relations) {
      if (!relation.generating() || !relation.holdsFor(Quantity.RECEIVED)) {
        continue;
      }
      double[] row = new double[columns.length];
      for (int j = 0; j < columns.length; j++) {
        if (columns[j] == relation.parent()) {
          row[j] = 1;
        }
        for (int child : relation.children()) {
          if (columns[j] == child) {
            row[j] = -1;
          }
        }
      }
      rows.add(row);
    }
    return rows.toArray(double[][]::new);
  }
}
