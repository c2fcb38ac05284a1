package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The audit's own elimination: which unknowns the relations added to it determine. */
class AuditEchelonTest {
  private static final long P = (1L << 61) - 1;

  @Test
  void threeRelationsThatOnlyTogetherPinEveryValue() {
    AuditEchelon echelon = new AuditEchelon(3);
    echelon.add(row(new long[] {0, 1}, new long[] {1, 1}));
    echelon.add(row(new long[] {1, 2}, new long[] {1, 1}));
    assertThat(echelon.spans(0)).isFalse();
    echelon.add(row(new long[] {0, 2}, new long[] {1, 1}));
    assertThat(echelon.spans(0)).isTrue();
    assertThat(echelon.spans(1)).isTrue();
    assertThat(echelon.spans(2)).isTrue();
  }

  @Test
  void spansExactlyTheColumnsADenseEchelonDetermines() {
    Random random = new Random(20261205L);
    for (int trial = 0; trial < 30; trial++) {
      int columns = 100 + random.nextInt(250);
      double[][] dense = DenseRowSpace.draw(random, columns / 3 + random.nextInt(columns), columns);
      AuditEchelon echelon = new AuditEchelon(columns);
      for (double[] values : dense) {
        int n = 0;
        for (double v : values) {
          n += v != 0 ? 1 : 0;
        }
        long[] cols = new long[n];
        long[] coefficients = new long[n];
        n = 0;
        for (int c = 0; c < columns; c++) {
          if (values[c] != 0) {
            cols[n] = c;
            coefficients[n++] = Math.floorMod((long) values[c], P);
          }
        }
        echelon.add(row(cols, coefficients));
      }
      BitSet expected = DenseRowSpace.determined(dense, columns);
      for (int c = 0; c < columns; c++) {
        assertThat(echelon.spans(c)).as("trial %d column %d", trial, c).isEqualTo(expected.get(c));
      }
    }
  }

  @Test
  void leavesTheRowsItIsGivenAsTheyWere() {
    // The audit keeps the rows it added as keys of a set (the same relation read from two runs is
    // added once): scaling one in place, as a new pivot is scaled to lead with 1, would change a
    // key after it was stored.
    AuditEchelon echelon = new AuditEchelon(3);
    long[][] first = row(new long[] {0, 1}, new long[] {2, 3});
    echelon.add(first);
    long[][] second = row(new long[] {0, 2}, new long[] {4, 5});
    echelon.add(second);
    assertThat(first[1]).containsExactly(2, 3);
    assertThat(second[1]).containsExactly(4, 5);
    assertThat(echelon.spans(0)).isFalse();
  }

  private static long[][] row(long[] columns, long[] coefficients) {
    return new long[][] {columns, coefficients};
  }
}
