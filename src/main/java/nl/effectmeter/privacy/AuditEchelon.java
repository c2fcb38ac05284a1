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

  /**
   * The row being reduced, dense by column, with a bit per column that may be nonzero: each step
   * then costs the pivot's length, not the row's as well. Empty between calls.
   */
  private final long[] dense;

  private final long[] nonzero;

  /** An echelon over the columns 0 to {@code columns} - 1. */
  AuditEchelon(int columns) {
    this.pivots = new long[columns][][];
    this.dense = new long[columns];
    this.nonzero = new long[(columns + 63) >>> 6];
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

  /**
   * The row less multiples of the pivot rows, until its leading column has no pivot (or nothing is
   * left), as a new sparse row (the caller's stays as it was): columns ascending, values modulo the
   * prime.
   */
  private long[][] reduce(long[][] row) {
    long[] columns = row[0];
    if (columns.length == 0 || pivots[(int) columns[0]] == null) {
      return new long[][] {columns.clone(), row[1].clone()};
    }
    for (int i = 0; i < columns.length; i++) {
      int c = (int) columns[i];
      dense[c] = row[1][i];
      nonzero[c >>> 6] |= 1L << c;
    }
    int lead = (int) columns[0];
    int last = (int) columns[columns.length - 1];
    while (true) {
      lead = next(lead, last);
      if (lead < 0) {
        return new long[][] {{}, {}};
      }
      long[][] pivot = pivots[lead];
      if (pivot == null) {
        return drain(lead, last);
      }
      long factor = dense[lead];
      long[] pivotColumns = pivot[0];
      long[] pivotValues = pivot[1];
      last = Math.max(last, (int) pivotColumns[pivotColumns.length - 1]);
      for (int i = 0; i < pivotColumns.length; i++) {
        int c = (int) pivotColumns[i];
        long value = dense[c] - multiply(pivotValues[i], factor);
        dense[c] = value < 0 ? value + PRIME : value; // both were below the prime
        nonzero[c >>> 6] |= 1L << c;
      }
    }
  }

  /**
   * The first column from {@code from} to {@code last} with a value other than 0, or -1; clears the
   * bits of the zeros it passes.
   */
  private int next(int from, int last) {
    int word = from >>> 6;
    long bits = nonzero[word] & (-1L << from);
    while (true) {
      while (bits != 0) {
        int c = (word << 6) + Long.numberOfTrailingZeros(bits);
        if (c > last) {
          return -1;
        }
        if (dense[c] != 0) {
          return c;
        }
        nonzero[word] &= ~(1L << c);
        bits &= bits - 1;
      }
      if (++word > last >>> 6) {
        return -1;
      }
      bits = nonzero[word];
    }
  }

  /** The nonzero values from {@code from} to {@code last} as a sparse row; empties the row. */
  private long[][] drain(int from, int last) {
    long[] cols = new long[16];
    long[] vals = new long[16];
    int n = 0;
    for (int c = next(from, last); c >= 0; c = next(c, last)) {
      if (n == cols.length) {
        cols = Arrays.copyOf(cols, n * 2);
        vals = Arrays.copyOf(vals, n * 2);
      }
      cols[n] = c;
      vals[n++] = dense[c];
      dense[c] = 0;
      nonzero[c >>> 6] &= ~(1L << c);
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
