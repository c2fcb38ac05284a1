package nl.effectmeter.privacy;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Row echelon form modulo the prime; a column is determined when its unit vector reduces to 0.
 * Columns are numbered 0, 1, 2, ... (the audit's unknowns), so the pivot rows are kept in an array
 * by their leading column.
 */
final class AuditEchelon {
  private static final long PRIME = (1L << 61) - 1;

  private final long[][][] pivots;

  /** An echelon over the columns 0 to {@code columns} - 1. */
  AuditEchelon(int columns) {
    this.pivots = new long[columns][][];
  }

  void add(long[][] row) {
    long[][] reduced = reduce(row);
    if (reduced[0].length > 0) {
      long inverse = power(reduced[1][0], PRIME - 2);
      for (int i = 0; i < reduced[1].length; i++) {
        reduced[1][i] = multiply(reduced[1][i], inverse);
      }
      pivots[(int) reduced[0][0]] = reduced;
    }
  }

  /**
   * One solution of the homogeneous relations added so far: the unknowns without a pivot (free) at
   * random, the others solved back from the echelon rows, last pivot first. Every unknown it gives
   * a value other than 0 is not determined: adding the solution to the true values keeps every
   * relation. A determined unknown is 0 in every solution; an undetermined one only by a chance of
   * 1 in 2^61, and {@link #spans} then decides it exactly. Unknowns that no row holds are drawn
   * when {@link #keeps} first meets them.
   */
  Solution solution() {
    Solution solution = new Solution(pivots.length);
    for (int lead = pivots.length - 1; lead >= 0; lead--) {
      long[][] row = pivots[lead];
      if (row == null) {
        continue;
      }
      long sum = 0;
      for (int i = 1; i < row[0].length; i++) {
        sum = add(sum, multiply(row[1][i], solution.of(row[0][i])));
      }
      solution.set(lead, sum == 0 ? 0 : PRIME - sum); // the pivot row has a leading 1
    }
    return solution;
  }

  /** Values of the unknowns; one not given a value yet is free and drawn at random. */
  static final class Solution {
    private final long[] values;
    private final boolean[] given;
    private final SplittableRandom random = new SplittableRandom(2026L);

    Solution(int columns) {
      values = new long[columns];
      given = new boolean[columns];
    }

    private void set(int column, long value) {
      values[column] = value;
      given[column] = true;
    }

    long of(long column) {
      int c = (int) column;
      if (!given[c]) {
        set(c, 1 + random.nextLong(PRIME - 1));
      }
      return values[c];
    }

    boolean moves(long column) {
      return of(column) != 0;
    }
  }

  /** Whether the solution keeps this relation: its coefficients times the values add up to 0. */
  static boolean keeps(long[][] row, Solution solution) {
    long sum = 0;
    for (int i = 0; i < row[0].length; i++) {
      sum = add(sum, multiply(row[1][i], solution.of(row[0][i])));
    }
    return sum == 0;
  }

  boolean spans(long column) {
    return reduce(new long[][] {{column}, {1}})[0].length == 0;
  }

  private long[][] reduce(long[][] row) {
    long[][] current = row;
    while (current[0].length > 0) {
      long[][] pivot = pivots[(int) current[0][0]];
      if (pivot == null) {
        return current;
      }
      current = subtract(current, pivot, current[1][0]);
    }
    return current;
  }

  /** a - factor * b over sorted sparse rows. */
  private static long[][] subtract(long[][] a, long[][] b, long factor) {
    long[] cols = new long[a[0].length + b[0].length];
    long[] vals = new long[cols.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a[0].length || j < b[0].length) {
      long ca = i < a[0].length ? a[0][i] : Long.MAX_VALUE;
      long cb = j < b[0].length ? b[0][j] : Long.MAX_VALUE;
      long column = Math.min(ca, cb);
      long value = 0;
      if (ca == column) {
        value = a[1][i++];
      }
      if (cb == column) {
        value -= multiply(b[1][j++], factor);
        if (value < 0) {
          value += PRIME; // both were below the prime
        }
      }
      if (value != 0) {
        cols[n] = column;
        vals[n++] = value;
      }
    }
    return new long[][] {Arrays.copyOf(cols, n), Arrays.copyOf(vals, n)};
  }

  /** a + b modulo the prime, for a and b below it. */
  private static long add(long a, long b) {
    long sum = a + b;
    return sum >= PRIME ? sum - PRIME : sum;
  }

  /** a * b modulo 2^61 - 1, folding the 122-bit product: 2^61 is 1 modulo the prime. */
  private static long multiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    long folded = (low & PRIME) + ((low >>> 61) | (high << 3));
    while (folded >= PRIME) {
      folded -= PRIME;
    }
    return folded;
  }

  private static long power(long base, long exponent) {
    long result = 1;
    long square = base;
    for (long e = exponent; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result = multiply(result, square);
      }
      square = multiply(square, square);
    }
    return result;
  }
}
