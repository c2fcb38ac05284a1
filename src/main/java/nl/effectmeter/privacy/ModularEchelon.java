package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Exact Gaussian elimination of sparse integer rows modulo the prime 2^61 - 1, used to find which
 * unknowns a system of relations determines: an unknown is determined exactly when its unit vector
 * lies in the row space, i.e. when, in reduced row echelon form, its pivot row holds it alone. Each
 * row remembers which added rows it combines, so that a determined unknown comes with the relations
 * that determine it. (Over the rationals a row space can only be larger than modulo a prime when
 * the prime divides a minor of the system; for 0/±1 relations of this size that does not happen in
 * practice.)
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("ArrayRecordComponent")
final class ModularEchelon {
  static final long P = (1L << 61) - 1;

  /** The null-space vector is drawn from a fixed seed: the same input gives the same pattern. */
  private static final long SEED = 0x5EED_2026L;

  /** Pivot rows by their leading column; columns ascending within a row. */
  private final Map<Integer, SparseRow> pivots = new HashMap<>();

  private final boolean tracking;
  private int added;

  /** An elimination that remembers, for each row, which added rows it combines. */
  ModularEchelon() {
    this(true);
  }

  /** Without tracking (faster) where only whether anything is determined matters. */
  ModularEchelon(boolean tracking) {
    this.tracking = tracking;
  }

  /**
   * A determined column and the combination of added rows (numbered from 0, with their weights
   * modulo P) that gives its unit vector.
   */
  record Determined(int column, int[] rows, long[] weights) {}

  /** Adds a row and reduces it against the pivots found so far; rows are numbered from 0. */
  void add(int[] columns, long[] coefficients) {
    SparseRow row = SparseRow.of(columns, coefficients, added++, tracking);
    while (!row.isEmpty()) {
      int lead = row.lead();
      SparseRow pivot = pivots.get(lead);
      if (pivot == null) {
        pivots.put(lead, row.scaled(inverse(row.leadCoefficient())));
        return;
      }
      row = row.minus(pivot, row.leadCoefficient());
    }
  }

  /**
   * The columns the rows added determine. A random vector of the null space (free columns drawn at
   * random, pivot columns solved from the echelon rows, last pivot first) moves every column that
   * is not determined, but for a chance of 1 in 2^61 per column; only the pivot columns it leaves
   * at 0 are then reduced fully, which proves each of them determined or not. Without that test
   * every pivot row would be reduced, filling in the whole echelon.
   */
  List<Determined> determined() {
    List<Determined> determined = new ArrayList<>();
    for (int lead : unmoved()) {
      SparseRow row = pivots.get(lead);
      int k = 1;
      while (k < row.size()) {
        SparseRow later = pivots.get(row.column(k));
        if (later != null) {
          row = row.minus(later, row.coefficient(k));
        } else {
          k++;
        }
      }
      pivots.put(lead, row);
      if (row.size() == 1) {
        determined.add(new Determined(lead, row.origin().index(), row.origin().value()));
      }
    }
    return determined;
  }

  /** Whether any column may be determined: cheap, without reducing any row. */
  boolean anyDetermined() {
    return !unmoved().isEmpty();
  }

  /** The pivot columns, ascending, that a random null-space vector leaves at 0. */
  private List<Integer> unmoved() {
    List<Integer> leads = new ArrayList<>(pivots.keySet());
    leads.sort(null);
    Map<Integer, Long> value = new HashMap<>();
    SplittableRandom random = new SplittableRandom(SEED);
    List<Integer> unmoved = new ArrayList<>();
    for (int i = leads.size() - 1; i >= 0; i--) {
      int lead = leads.get(i);
      SparseRow row = pivots.get(lead);
      long sum = 0;
      for (int k = 1; k < row.size(); k++) {
        int column = row.column(k);
        Long v = value.get(column);
        if (v == null) { // not a pivot column (those later than this lead have a value): free
          v = 1 + random.nextLong(P - 1);
          value.put(column, v);
        }
        sum += reduce(row.coefficient(k), v);
        if (sum >= P) {
          sum -= P;
        }
      }
      // Pivot rows are scaled to a leading 1: lead + sum = 0.
      long v = sum == 0 ? 0 : P - sum;
      value.put(lead, v);
      if (v == 0) {
        unmoved.add(lead);
      }
    }
    unmoved.sort(null);
    return unmoved;
  }

  /** (a * b) mod (2^61 - 1) for 0 &lt;= a, b &lt; P, folding the 122-bit product. */
  static long reduce(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    long lo61 = low & P;
    long hi = (low >>> 61) | (high << 3);
    long r = lo61 + hi;
    while (r >= P) {
      r -= P;
    }
    return r;
  }

  static long inverse(long a) {
    long result = 1;
    long base = a;
    long exponent = P - 2;
    while (exponent > 0) {
      if ((exponent & 1) == 1) {
        result = reduce(result, base);
      }
      base = reduce(base, base);
      exponent >>= 1;
    }
    return result;
  }

  /** Ascending (index, value) pairs with nonzero values modulo P. */
  private record Sparse(int[] index, long[] value) {
    /** this - factor * other. */
    Sparse minus(Sparse other, long factor) {
      int[] idx = new int[index.length + other.index.length];
      long[] val = new long[idx.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < index.length || j < other.index.length) {
        int ci = i < index.length ? index[i] : Integer.MAX_VALUE;
        int cj = j < other.index.length ? other.index[j] : Integer.MAX_VALUE;
        long v;
        int at;
        if (ci < cj) {
          at = ci;
          v = value[i++];
        } else if (cj < ci) {
          at = cj;
          long sub = reduce(other.value[j++], factor);
          v = sub == 0 ? 0 : P - sub;
        } else {
          at = ci;
          v = value[i++] - reduce(other.value[j++], factor);
          if (v < 0) {
            v += P;
          }
        }
        if (v != 0) {
          idx[n] = at;
          val[n++] = v;
        }
      }
      return new Sparse(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
    }

    Sparse scaled(long factor) {
      long[] scaled = new long[value.length];
      for (int i = 0; i < value.length; i++) {
        scaled[i] = reduce(value[i], factor);
      }
      return new Sparse(index, scaled);
    }
  }

  /** A row over the columns and the combination of added rows it is. */
  private record SparseRow(Sparse entries, Sparse origin) {
    static SparseRow of(int[] columns, long[] coefficients, int number, boolean tracking) {
      long[] values = new long[coefficients.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = Math.floorMod(coefficients[i], P);
      }
      Sparse origin =
          tracking
              ? new Sparse(new int[] {number}, new long[] {1})
              : new Sparse(new int[0], new long[0]);
      return new SparseRow(new Sparse(columns, values), origin);
    }

    boolean isEmpty() {
      return entries.index().length == 0;
    }

    int size() {
      return entries.index().length;
    }

    int lead() {
      return entries.index()[0];
    }

    long leadCoefficient() {
      return entries.value()[0];
    }

    int column(int k) {
      return entries.index()[k];
    }

    long coefficient(int k) {
      return entries.value()[k];
    }

    SparseRow scaled(long factor) {
      return new SparseRow(entries.scaled(factor), origin.scaled(factor));
    }

    SparseRow minus(SparseRow other, long factor) {
      return new SparseRow(
          entries.minus(other.entries, factor), origin.minus(other.origin, factor));
    }
  }
}
