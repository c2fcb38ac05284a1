package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Exact Gaussian elimination of sparse integer rows modulo the prime 2^61 - 1, used to find which
 * unknowns a system of relations determines: an unknown is determined exactly when its unit vector
 * lies in the row space, i.e. when, in reduced row echelon form, its pivot row holds it alone. Each
 * row remembers how it was made (which added row, less which earlier rows times which factors), so
 * that a determined unknown comes with the relations that determine it: the combination is worked
 * out for that unknown alone, by following its row's making back to the added rows, instead of
 * carrying a vector of added rows along every row of the elimination. (Over the rationals a row
 * space can only be larger than modulo a prime when the prime divides a minor of the system; for
 * 0/±1 relations of this size that does not happen in practice.)
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("ArrayRecordComponent")
final class ModularEchelon {
  static final long P = (1L << 61) - 1;

  /** The null-space vector is drawn from a fixed seed: the same input gives the same pattern. */
  private static final long SEED = 0x5EED_2026L;

  /** Pivot rows by their leading column; columns ascending within a row. */
  private final Map<Integer, SparseRow> pivots = new HashMap<>();

  private int added;

  /**
   * How each pivot row was made, by number (a row refers only to rows made before it): {@code
   * scale} times added row {@code row} (none where -1) plus {@code coefficients} times the rows
   * {@code made}.
   */
  private final List<Making> makings = new ArrayList<>();

  private record Making(int row, long scale, int[] made, long[] coefficients) {}

  /**
   * A determined column and the combination of added rows (numbered from 0, with their weights
   * modulo P) that gives its unit vector.
   */
  record Determined(int column, int[] rows, long[] weights) {}

  /** Adds a row and reduces it against the pivots found so far; rows are numbered from 0. */
  void add(int[] columns, long[] coefficients) {
    int number = added++;
    SparseRow row = SparseRow.of(columns, coefficients);
    Steps steps = new Steps();
    while (!row.isEmpty()) {
      int lead = row.lead();
      SparseRow pivot = pivots.get(lead);
      if (pivot == null) {
        long inverse = inverse(row.leadCoefficient());
        // inverse * (added row - sum f * pivot) = inverse * added row + sum (-inverse f) * pivot
        pivots.put(lead, row.scaled(inverse, steps.make(number, inverse, inverse)));
        return;
      }
      long factor = row.leadCoefficient();
      steps.add(pivot.made(), factor);
      row = row.minus(pivot, factor);
    }
  }

  /** The rows a row was reduced by so far, and by which factors. */
  private final class Steps {
    private int[] made = new int[4];
    private long[] factors = new long[4];
    private int size;

    void add(int row, long factor) {
      if (size == made.length) {
        made = Arrays.copyOf(made, size * 2);
        factors = Arrays.copyOf(factors, size * 2);
      }
      made[size] = row;
      factors[size++] = factor;
    }

    /** Records scale * (added row, or nothing) - sum (factor * scaleSteps) * row; its number. */
    int make(int row, long scale, long scaleSteps) {
      long[] coefficients = new long[size];
      for (int i = 0; i < size; i++) {
        long c = reduce(factors[i], scaleSteps);
        coefficients[i] = c == 0 ? 0 : P - c;
      }
      makings.add(new Making(row, scale, Arrays.copyOf(made, size), coefficients));
      return makings.size() - 1;
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
      Steps steps = new Steps();
      steps.add(row.made(), P - 1); // 1 x the row as it stands: make() negates the factors
      int k = 1;
      while (k < row.size()) {
        SparseRow later = pivots.get(row.column(k));
        if (later != null) {
          long factor = row.coefficient(k);
          steps.add(later.made(), factor);
          row = row.minus(later, factor);
        } else {
          k++;
        }
      }
      if (steps.size > 1) {
        row = row.madeAs(steps.make(-1, 0, 1));
      }
      pivots.put(lead, row);
      if (row.size() == 1) {
        determined.add(combination(lead, row.made()));
      }
    }
    return determined;
  }

  /**
   * The added rows, ascending, and their weights, that a made row combines: its making followed
   * back to the added rows, later rows first (each refers only to earlier ones).
   */
  private Determined combination(int column, int made) {
    TreeMap<Integer, Long> weights = new TreeMap<>();
    TreeMap<Integer, Long> open = new TreeMap<>();
    open.put(made, 1L);
    while (!open.isEmpty()) {
      Map.Entry<Integer, Long> next = open.pollLastEntry();
      long w = next.getValue();
      if (w == 0) {
        continue;
      }
      Making m = makings.get(next.getKey());
      if (m.row() >= 0) {
        weights.merge(m.row(), reduce(w, m.scale()), (a, b) -> (a + b) % P);
      }
      for (int i = 0; i < m.made().length; i++) {
        open.merge(m.made()[i], reduce(w, m.coefficients()[i]), (a, b) -> (a + b) % P);
      }
    }
    weights.values().removeIf(v -> v == 0);
    int[] rows = new int[weights.size()];
    long[] values = new long[weights.size()];
    int i = 0;
    for (Map.Entry<Integer, Long> e : weights.entrySet()) {
      rows[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return new Determined(column, rows, values);
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

  /** A row over the columns and the number of its making (-1 while it is being reduced). */
  private record SparseRow(Sparse entries, int made) {
    static SparseRow of(int[] columns, long[] coefficients) {
      long[] values = new long[coefficients.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = Math.floorMod(coefficients[i], P);
      }
      return new SparseRow(new Sparse(columns, values), -1);
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

    SparseRow scaled(long factor, int madeAs) {
      return new SparseRow(entries.scaled(factor), madeAs);
    }

    SparseRow madeAs(int madeAs) {
      return new SparseRow(entries, madeAs);
    }

    SparseRow minus(SparseRow other, long factor) {
      return new SparseRow(entries.minus(other.entries, factor), made);
    }
  }
}
