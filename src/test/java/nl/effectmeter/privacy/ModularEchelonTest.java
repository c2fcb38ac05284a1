package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Exact elimination: which unknowns a set of relations pins, and by which combination. */
class ModularEchelonTest {
  @Test
  void threeRelationsThatOnlyTogetherPinEveryValue() {
    // x + y = a, y + z = b, x + z = c: no relation alone pins anything, together they pin all
    // (x = (a - b + c) / 2).
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, 1});
    system.add(new int[] {1, 2}, new long[] {1, 1});
    system.add(new int[] {0, 2}, new long[] {1, 1});
    assertThat(system.determined())
        .extracting(ModularEchelon.Determined::column)
        .containsExactly(0, 1, 2);
  }

  @Test
  void twoOfThoseRelationsPinNothing() {
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, 1});
    system.add(new int[] {1, 2}, new long[] {1, 1});
    assertThat(system.determined()).isEmpty();
  }

  @Test
  void aDeterminedValueComesWithTheCombinationThatGivesIt() {
    // x - y = a and y = b: x = a + b, the combination 1 x first + 1 x second.
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, -1});
    system.add(new int[] {1}, new long[] {1});
    ModularEchelon.Determined x = system.determined().get(0);
    assertThat(x.column()).isEqualTo(0);
    assertThat(x.rows()).containsExactly(0, 1);
    assertThat(x.weights()).containsExactly(1L, 1L);
  }

  @Test
  void aTwoByTwoTableWithItsMarginsLeavesEveryCellFree() {
    // a + b = r1, c + d = r2, a + c = k1, b + d = k2: rank 3 of 4, nothing pinned.
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, 1});
    system.add(new int[] {2, 3}, new long[] {1, 1});
    system.add(new int[] {0, 2}, new long[] {1, 1});
    system.add(new int[] {1, 3}, new long[] {1, 1});
    assertThat(system.determined()).isEmpty();
  }

  @Test
  void findsExactlyTheColumnsADenseEchelonFindsOnRandomSystems() {
    // An independent route: column j is determined exactly when the unit vector e_j lies in the
    // row space, read off a dense reduced echelon form in doubles (DenseRowSpace; small integer
    // systems stay exact enough at this size).
    Random random = new Random(20261202L);
    for (int trial = 0; trial < 300; trial++) {
      int columns = 2 + random.nextInt(9);
      int rows = 1 + random.nextInt(columns + 2);
      double[][] dense = new double[rows][columns];
      ModularEchelon system = new ModularEchelon();
      addRandomRows(random, dense, columns, system);
      Set<Integer> expected = new TreeSet<>();
      DenseRowSpace.determined(dense, columns).stream().forEach(expected::add);
      List<ModularEchelon.Determined> found = system.determined();
      assertThat(found)
          .as("trial %d", trial)
          .extracting(ModularEchelon.Determined::column)
          .containsExactlyElementsOf(expected);
      assertCombinationsGiveTheirUnitVectors(found, dense, columns, trial);
    }
  }

  @Test
  void findsTheDeterminedColumnsOfLargeSystemsThatFillIn() {
    // Hundreds of columns, so that the rows being reduced span many words of the accumulator's
    // bits and grow by fill-in; checked against a dense reduced echelon form.
    Random random = new Random(20261205L);
    for (int trial = 0; trial < 30; trial++) {
      int columns = 100 + random.nextInt(250);
      int rows = columns / 3 + random.nextInt(columns);
      double[][] dense = DenseRowSpace.draw(random, rows, columns);
      ModularEchelon system = new ModularEchelon();
      for (double[] row : dense) {
        List<Integer> cols = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          if (row[c] != 0) {
            cols.add(c);
            coefficients.add((long) row[c]);
          }
        }
        system.add(
            cols.stream().mapToInt(Integer::intValue).toArray(),
            coefficients.stream().mapToLong(Long::longValue).toArray());
      }
      List<ModularEchelon.Determined> found = system.determined();
      assertThat(found)
          .as("trial %d", trial)
          .extracting(ModularEchelon.Determined::column)
          .containsExactlyElementsOf(
              DenseRowSpace.determined(dense, columns).stream().boxed().toList());
      assertCombinationsGiveTheirUnitVectors(found, dense, columns, trial);
    }
  }

  @Test
  void theLeftNullVectorIsZeroOnEveryColumnAndMeetsExactlyTheNewColumnsOutsideTheirSpan() {
    // x - y = a, y - z = b, x - z = c: the third is the first plus the second, so the only
    // combinations that are 0 on x, y and z are multiples of (1, 1, -1).
    ModularEchelon small = new ModularEchelon(true);
    small.add(new int[] {0, 1}, new long[] {1, -1});
    small.add(new int[] {1, 2}, new long[] {1, -1});
    small.add(new int[] {0, 2}, new long[] {1, -1});
    small.determined();
    long[][] drawn = small.leftNullVectors(2);
    for (long[] w : drawn) {
      assertThat(w[0]).isNotZero().isEqualTo(w[1]);
      assertThat(w[2]).isEqualTo(ModularEchelon.P - w[0]);
    }
    assertThat(drawn[0][0]).isNotEqualTo(drawn[1][0]); // drawn apart

    // An independent route on random systems: a new column is determined, once added, exactly
    // when it lies outside the span of the columns (DenseRowSpace on the system with it), which
    // is when the random combination meets it.
    Random random = new Random(20261206L);
    for (int trial = 0; trial < 200; trial++) {
      int columns = 2 + random.nextInt(9);
      int rows = 1 + random.nextInt(columns + 4);
      double[][] dense = new double[rows][columns + 1];
      ModularEchelon system = new ModularEchelon(true);
      addRandomRows(random, dense, columns, system);
      system.determined();
      long[] weights = system.leftNullVectors(1 + trial % 3)[trial % 3];
      for (int c = 0; c < columns; c++) {
        long sum = 0;
        for (int r = 0; r < rows; r++) {
          sum =
              (sum
                      + ModularEchelon.reduce(
                          weights[r], Math.floorMod((long) dense[r][c], ModularEchelon.P)))
                  % ModularEchelon.P;
        }
        assertThat(sum).as("trial %d, column %d", trial, c).isZero();
      }
      for (int draw = 0; draw < 5; draw++) {
        long meets = 0;
        for (int r = 0; r < rows; r++) {
          dense[r][columns] = random.nextInt(3) - 1;
          meets =
              (meets
                      + ModularEchelon.reduce(
                          weights[r], Math.floorMod((long) dense[r][columns], ModularEchelon.P)))
                  % ModularEchelon.P;
        }
        assertThat(meets != 0)
            .as("trial %d, new column %d", trial, draw)
            .isEqualTo(DenseRowSpace.determined(dense, columns + 1).get(columns));
      }
    }
  }

  @Test
  void nullVectorsTellWhichColumnsPublishingAnotherWouldDetermine() {
    // x - y = a and y - z = b: every change that keeps both true moves x, y and z alike, so the
    // null space is the multiples of (1, 1, 1), and publishing x tells y and z.
    ModularEchelon small = new ModularEchelon();
    small.add(new int[] {0, 1}, new long[] {1, -1});
    small.add(new int[] {1, 2}, new long[] {1, -1});
    for (long[] v : small.nullVectors(new int[] {0, 1, 2}, 4, 7L)) {
      assertThat(v[0]).isNotZero();
      assertThat(v[1]).isEqualTo(v[0]);
      assertThat(v[2]).isEqualTo(v[0]);
    }

    // An independent route on random systems: publishing column x determines column y exactly
    // when the system with x as a known value does (DenseRowSpace with a unit row for x), which
    // is when y's values on the null vectors are a multiple of x's.
    Random random = new Random(20261207L);
    for (int trial = 0; trial < 200; trial++) {
      int columns = 2 + random.nextInt(9);
      int rows = 1 + random.nextInt(columns + 2);
      double[][] dense = new double[rows + 1][columns];
      ModularEchelon system = new ModularEchelon();
      addRandomRows(random, Arrays.copyOf(dense, rows), columns, system);
      int[] all = new int[columns];
      Arrays.setAll(all, c -> c);
      long[][] vectors = system.nullVectors(all, 6, trial);
      for (long[] v : vectors) {
        for (int r = 0; r < rows; r++) {
          long sum = 0;
          for (int c = 0; c < columns; c++) {
            long a = Math.floorMod((long) dense[r][c], ModularEchelon.P);
            sum = (sum + ModularEchelon.reduce(a, v[c])) % ModularEchelon.P;
          }
          assertThat(sum).as("trial %d, row %d", trial, r).isZero();
        }
      }
      for (int x = 0; x < columns; x++) {
        Arrays.fill(dense[rows], 0);
        dense[rows][x] = 1;
        BitSet expected = DenseRowSpace.determined(dense, columns);
        for (int y = 0; y < columns; y++) {
          assertThat(y == x || multipleOf(vectors, y, x))
              .as("trial %d: y = %d once x = %d is published", trial, y, x)
              .isEqualTo(expected.get(y));
        }
      }
    }
  }

  /** Whether column y's values on the vectors are a multiple of column x's (0 included). */
  private static boolean multipleOf(long[][] vectors, int y, int x) {
    int at = -1;
    for (int k = 0; k < vectors.length; k++) {
      if (vectors[k][x] != 0) {
        at = k;
        break;
      }
    }
    if (at < 0) {
      for (long[] v : vectors) {
        if (v[y] != 0) {
          return false;
        }
      }
      return true;
    }
    long ratio = ModularEchelon.reduce(vectors[at][y], ModularEchelon.inverse(vectors[at][x]));
    for (long[] v : vectors) {
      if (v[y] != ModularEchelon.reduce(ratio, v[x])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Fills the first {@code columns} columns of every dense row with 1 or -1 at random (each entry
   * with a chance of one in three, else 0) and adds the row to the system.
   */
  private static void addRandomRows(
      Random random, double[][] dense, int columns, ModularEchelon system) {
    for (double[] row : dense) {
      List<Integer> cols = new ArrayList<>();
      List<Long> coefficients = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        if (random.nextInt(3) == 0) {
          long v = random.nextBoolean() ? 1 : -1;
          cols.add(c);
          coefficients.add(v);
          row[c] = v;
        }
      }
      system.add(
          cols.stream().mapToInt(Integer::intValue).toArray(),
          coefficients.stream().mapToLong(Long::longValue).toArray());
    }
  }

  /**
   * The combination of added rows each determined column names adds up to that column's unit vector
   * (modulo P: weights such as 1/2 are residues).
   */
  private static void assertCombinationsGiveTheirUnitVectors(
      List<ModularEchelon.Determined> found, double[][] dense, int columns, int trial) {
    for (ModularEchelon.Determined d : found) {
      long[] sum = new long[columns];
      for (int i = 0; i < d.rows().length; i++) {
        long w = d.weights()[i];
        for (int c = 0; c < columns; c++) {
          long a = Math.floorMod((long) dense[d.rows()[i]][c], ModularEchelon.P);
          sum[c] = (sum[c] + ModularEchelon.reduce(w, a)) % ModularEchelon.P;
        }
      }
      for (int c = 0; c < columns; c++) {
        assertThat(sum[c]).as("trial %d column %d", trial, c).isEqualTo(c == d.column() ? 1 : 0);
      }
    }
  }
}
