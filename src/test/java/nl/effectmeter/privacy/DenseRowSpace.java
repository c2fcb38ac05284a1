package nl.effectmeter.privacy;

import java.util.BitSet;
import java.util.Random;

/**
 * An independent route to which unknowns a system of relations determines, for the echelon tests:
 * dense reduced row echelon form in doubles (exact enough for the small integer systems the tests
 * draw). Column j is determined exactly when the unit vector e_j lies in the row space, that is
 * when j is a pivot column and its reduced row has no other value.
 */
final class DenseRowSpace {
  private DenseRowSpace() {}

  /** The determined columns of the rows. */
  static BitSet determined(double[][] rows, int columns) {
    double[][] m = new double[rows.length][];
    for (int i = 0; i < m.length; i++) {
      m[i] = rows[i].clone();
    }
    int[] pivotOf = new int[m.length];
    int rank = reduce(m, columns, pivotOf);
    BitSet determined = new BitSet();
    for (int r = 0; r < rank; r++) {
      int others = 0;
      for (int k = 0; k < columns; k++) {
        if (k != pivotOf[r] && Math.abs(m[r][k]) > 1e-9) {
          others++;
        }
      }
      if (others == 0) {
        determined.set(pivotOf[r]);
      }
    }
    return determined;
  }

  /** The rank of the rows over their first {@code columns} columns. */
  static int rank(double[][] rows, int columns) {
    double[][] m = new double[rows.length][];
    for (int i = 0; i < m.length; i++) {
      m[i] = rows[i].clone();
    }
    return reduce(m, columns, new int[m.length]);
  }

  /** Reduced row echelon form in place; the pivot column of each row; returns the rank. */
  private static int reduce(double[][] m, int columns, int[] pivotOf) {
    int rank = 0;
    for (int c = 0; c < columns && rank < m.length; c++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][c]) > 1e-9) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] t = m[pivot];
      m[pivot] = m[rank];
      m[rank] = t;
      double scale = m[rank][c];
      for (int k = 0; k < columns; k++) {
        m[rank][k] /= scale;
      }
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][c]) > 1e-9) {
          double f = m[r][c];
          for (int k = 0; k < columns; k++) {
            m[r][k] -= f * m[rank][k];
          }
        }
      }
      pivotOf[rank++] = c;
    }
    return rank;
  }

  /**
   * Sparse rows of 0/±1 over many columns, each tying a few columns far apart (so that elimination
   * fills in across words of 64 columns), some of them single unknowns that pin chains.
   */
  static double[][] draw(Random random, int rows, int columns) {
    double[][] dense = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      int terms = random.nextInt(8) == 0 ? 1 : 2 + random.nextInt(5);
      for (int t = 0; t < terms; t++) {
        dense[r][random.nextInt(columns)] = random.nextBoolean() ? 1 : -1;
      }
    }
    return dense;
  }
}
