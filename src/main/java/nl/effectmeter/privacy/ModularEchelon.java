package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Arrays;
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
  private final Pivots pivots = new Pivots();

  /**
   * The row being reduced, one per thread and reused: a system and its rows are worked on by one
   * thread at a time, and every call leaves it empty.
   */
  private static final ThreadLocal<Accumulator> WORK = ThreadLocal.withInitial(Accumulator::new);

  private static final ThreadLocal<NullVector> NULL_VECTOR =
      ThreadLocal.withInitial(NullVector::new);

  private int added;

  /**
   * Whether the makings of the rows that reduce to nothing are kept, for {@link #leftNullVectors}:
   * each is a combination of added rows that is 0 on every column.
   */
  private final boolean keepDependent;

  private final List<Integer> dependent = new ArrayList<>();

  ModularEchelon() {
    this(false);
  }

  /**
   * @param keepDependent whether to keep what {@link #leftNullVectors} needs (the steps of the rows
   *     that reduce to nothing: memory in proportion to the reduction of those rows)
   */
  ModularEchelon(boolean keepDependent) {
    this.keepDependent = keepDependent;
  }

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

  /**
   * Adds a row and reduces it against the pivots found so far; rows are numbered from 0. The row is
   * reduced in a dense accumulator, so each step costs the length of the pivot it subtracts, not
   * that of the row as well (rows grow long by fill-in; pivots mostly stay short).
   */
  void add(int[] columns, long[] coefficients) {
    int number = added++;
    SparseRow row = SparseRow.of(columns, coefficients);
    if (row.isEmpty()) {
      keepDependent(number, new Steps());
      return;
    }
    if (pivots.get(row.lead()) == null) {
      newPivot(row.entries(), number, new Steps());
      return;
    }
    Steps steps = new Steps();
    Accumulator work = WORK.get();
    work.load(row.entries());
    while (true) {
      int lead = work.first();
      if (lead < 0) {
        keepDependent(number, steps); // the row is a combination of earlier ones
        return;
      }
      SparseRow pivot = pivots.get(lead);
      if (pivot == null) {
        newPivot(work.drain(), number, steps);
        return;
      }
      long factor = work.value(lead);
      steps.add(pivot.made(), factor);
      work.subtract(pivot.entries(), factor);
    }
  }

  private void keepDependent(int number, Steps steps) {
    if (keepDependent) {
      dependent.add(steps.make(number, 1, 1)); // the added row less what it was reduced by: 0
    }
  }

  /**
   * {@code count} combinations of the added rows that are 0 on every column, each drawn at random
   * from all such combinations (a random weight from a fixed seed per row that reduced to nothing,
   * handed back through the makings, in one pass for all of them): per combination and added row,
   * its weight modulo P. A column vector {@code a} over the added rows that a combination meets
   * ({@code sum w[r] * a[r] != 0}) lies outside the span of the columns, but for a chance of 1 in
   * 2^61: a new column {@code a} would then be determined. Needs {@code keepDependent}.
   */
  long[][] leftNullVectors(int count) {
    if (!keepDependent) {
      throw new IllegalStateException("The rows that reduced to nothing were not kept");
    }
    long[][] weight = new long[count][makings.size()];
    for (int k = 0; k < count; k++) {
      SplittableRandom random = new SplittableRandom(SEED + 1 + k);
      for (int d : dependent) {
        weight[k][d] = 1 + random.nextLong(P - 1);
      }
    }
    long[][] result = new long[count][added];
    // A making refers only to earlier ones: from the last back, each hands its weight on.
    for (int m = makings.size() - 1; m >= 0; m--) {
      Making making = makings.get(m);
      for (int k = 0; k < count; k++) {
        long w = weight[k][m];
        if (w == 0) {
          continue;
        }
        if (making.row() >= 0) {
          result[k][making.row()] = (result[k][making.row()] + reduce(w, making.scale())) % P;
        }
        for (int i = 0; i < making.made().length; i++) {
          int made = making.made()[i];
          weight[k][made] = (weight[k][made] + reduce(w, making.coefficients()[i])) % P;
        }
      }
    }
    return result;
  }

  /** Stores a reduced row as the pivot of its leading column, scaled to a leading 1. */
  private void newPivot(Sparse entries, int number, Steps steps) {
    long inverse = inverse(entries.value()[0]);
    // inverse * (added row - sum f * pivot) = inverse * added row + sum (-inverse f) * pivot
    pivots.put(
        entries.index()[0],
        new SparseRow(entries, -1).scaled(inverse, steps.make(number, inverse, inverse)));
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
    Accumulator work = WORK.get();
    for (int lead : unmoved()) {
      SparseRow row = pivots.get(lead);
      Steps steps = new Steps();
      steps.add(row.made(), P - 1); // 1 x the row as it stands: make() negates the factors
      if (row.size() > 1) {
        // Every later column that has a pivot is subtracted away, in ascending order; the others
        // stay.
        work.load(row.entries());
        work.keepFirst();
        for (int column = work.first(); column >= 0; column = work.first()) {
          SparseRow later = pivots.get(column);
          if (later != null) {
            long factor = work.value(column);
            steps.add(later.made(), factor);
            work.subtract(later.entries(), factor);
          } else {
            work.keepFirst();
          }
        }
        row = new SparseRow(work.drainKept(), row.made());
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

  /**
   * Random vectors of the null space (every added row is 0 on them), drawn as {@link #determined}
   * draws its own: free columns at random from a fixed seed, pivot columns solved from the echelon
   * rows, last pivot first. Per vector, the values of these columns, in their order (a column in no
   * row is free).
   */
  long[][] nullVectors(int[] columns, int count, long seed) {
    int max = -1;
    for (int column : columns) {
      max = Math.max(max, column);
    }
    int[] position = new int[max + 1];
    Arrays.fill(position, -1);
    for (int i = 0; i < columns.length; i++) {
      position[columns[i]] = i;
    }
    SplittableRandom[] random = new SplittableRandom[count];
    for (int k = 0; k < count; k++) {
      random[k] = new SplittableRandom(seed + k);
    }
    long[][] vectors = new long[count][columns.length];
    boolean[] given = new boolean[columns.length];
    long[] sums = new long[count];
    int[] leads = pivots.keys();
    Arrays.sort(leads);
    for (int i = leads.length - 1; i >= 0; i--) {
      SparseRow row = pivots.get(leads[i]);
      Arrays.fill(sums, 0);
      for (int j = 1; j < row.size(); j++) {
        int at = position[row.column(j)];
        if (!given[at]) { // not a pivot column (those after this lead have one): free
          given[at] = true;
          for (int k = 0; k < count; k++) {
            vectors[k][at] = 1 + random[k].nextLong(P - 1);
          }
        }
        long coefficient = row.coefficient(j);
        for (int k = 0; k < count; k++) {
          long sum = sums[k] + reduce(coefficient, vectors[k][at]);
          sums[k] = sum >= P ? sum - P : sum;
        }
      }
      int lead = position[leads[i]];
      given[lead] = true;
      for (int k = 0; k < count; k++) {
        vectors[k][lead] = sums[k] == 0 ? 0 : P - sums[k]; // a leading 1: lead + sum = 0
      }
    }
    for (int at = 0; at < columns.length; at++) {
      if (!given[at]) { // in no row: free
        for (int k = 0; k < count; k++) {
          vectors[k][at] = 1 + random[k].nextLong(P - 1);
        }
      }
    }
    return vectors;
  }

  /** The pivot columns, ascending, that a random null-space vector leaves at 0. */
  private List<Integer> unmoved() {
    int[] leads = pivots.keys();
    Arrays.sort(leads);
    NullVector value = NULL_VECTOR.get();
    SplittableRandom random = new SplittableRandom(SEED);
    List<Integer> unmoved = new ArrayList<>();
    for (int i = leads.length - 1; i >= 0; i--) {
      int lead = leads[i];
      SparseRow row = pivots.get(lead);
      long sum = 0;
      for (int k = 1; k < row.size(); k++) {
        int column = row.column(k);
        if (!value.has(column)) { // not a pivot column (those after this lead have one): free
          value.set(column, 1 + random.nextLong(P - 1));
        }
        sum += reduce(row.coefficient(k), value.value(column));
        if (sum >= P) {
          sum -= P;
        }
      }
      // Pivot rows are scaled to a leading 1: lead + sum = 0.
      long v = sum == 0 ? 0 : P - sum;
      value.set(lead, v);
      if (v == 0) {
        unmoved.add(lead);
      }
    }
    value.clear();
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
  }

  /** Pivot rows by their leading column: an open-addressing map without boxed keys. */
  private static final class Pivots {
    private int[] keys = new int[16];
    private SparseRow[] rows = new SparseRow[16];
    private int size;

    SparseRow get(int column) {
      int mask = keys.length - 1;
      for (int i = mix(column) & mask; rows[i] != null; i = (i + 1) & mask) {
        if (keys[i] == column) {
          return rows[i];
        }
      }
      return null;
    }

    void put(int column, SparseRow row) {
      int mask = keys.length - 1;
      int i = mix(column) & mask;
      while (rows[i] != null && keys[i] != column) {
        i = (i + 1) & mask;
      }
      if (rows[i] == null) {
        size++;
      }
      keys[i] = column;
      rows[i] = row;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    int[] keys() {
      int[] result = new int[size];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (rows[i] != null) {
          result[n++] = keys[i];
        }
      }
      return result;
    }

    private void grow() {
      int[] oldKeys = keys;
      SparseRow[] oldRows = rows;
      keys = new int[oldKeys.length * 2];
      rows = new SparseRow[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldRows[i] != null) {
          put(oldKeys[i], oldRows[i]);
        }
      }
    }

    private static int mix(int column) {
      return (column * 0x9E3779B9) >>> 7;
    }
  }

  /**
   * A row as dense values by column, with a bit per column that may be nonzero; the columns are
   * read in ascending order from a cursor that only moves forward, since subtracting a pivot
   * changes no column before its lead.
   */
  private static final class Accumulator {
    private long[] values = new long[64];
    private long[] bits = new long[1];
    private int cursor;
    private int last = -1;
    private int[] kept = new int[16];
    private int keptSize;

    /** Starts reducing a row; its columns are ascending. */
    void load(Sparse row) {
      int[] index = row.index();
      ensure(index[index.length - 1]);
      for (int i = 0; i < index.length; i++) {
        int column = index[i];
        values[column] = row.value()[i];
        bits[column >>> 6] |= 1L << column;
      }
      cursor = index[0];
      last = index[index.length - 1];
    }

    /** The smallest column with a value other than 0, or -1 where there is none. */
    int first() {
      int word = cursor >>> 6;
      int lastWord = last >>> 6;
      if (word > lastWord) {
        return -1;
      }
      long w = bits[word] & (-1L << cursor);
      while (true) {
        while (w != 0) {
          int column = (word << 6) + Long.numberOfTrailingZeros(w);
          if (values[column] != 0) {
            cursor = column;
            return column;
          }
          bits[word] &= ~(1L << column);
          w &= w - 1;
        }
        if (++word > lastWord) {
          cursor = last + 1;
          return -1;
        }
        w = bits[word];
      }
    }

    long value(int column) {
      return values[column];
    }

    /** this - factor * row, for a row that starts at or after the cursor. */
    void subtract(Sparse row, long factor) {
      int[] index = row.index();
      long[] value = row.value();
      int end = index[index.length - 1];
      if (end > last) {
        ensure(end);
        last = end;
      }
      // Relations add and subtract: nearly every factor is 1 or -1, which needs no product.
      boolean plus = factor == 1;
      boolean minus = factor == P - 1;
      for (int i = 0; i < index.length; i++) {
        int column = index[i];
        long product = plus ? value[i] : minus ? P - value[i] : reduce(value[i], factor);
        long v = values[column] - product;
        if (v < 0) {
          v += P;
        }
        values[column] = v;
        bits[column >>> 6] |= 1L << column;
      }
    }

    /** The nonzero values from the cursor on, ascending, as a row; leaves the accumulator empty. */
    Sparse drain() {
      int[] index = new int[16];
      long[] value = new long[16];
      int n = 0;
      for (int column = first(); column >= 0; column = first()) {
        if (n == index.length) {
          index = Arrays.copyOf(index, n * 2);
          value = Arrays.copyOf(value, n * 2);
        }
        index[n] = column;
        value[n++] = values[column];
        take(column);
      }
      return new Sparse(Arrays.copyOf(index, n), Arrays.copyOf(value, n));
    }

    /** Moves the smallest nonzero column out of the row being reduced into its kept part. */
    void keepFirst() {
      int column = first();
      bits[column >>> 6] &= ~(1L << column);
      if (keptSize == kept.length) {
        kept = Arrays.copyOf(kept, keptSize * 2);
      }
      kept[keptSize++] = column;
    }

    /** The kept columns and their values, ascending; leaves the accumulator empty. */
    Sparse drainKept() {
      int[] index = Arrays.copyOf(kept, keptSize);
      long[] value = new long[keptSize];
      for (int i = 0; i < keptSize; i++) {
        value[i] = values[index[i]];
        values[index[i]] = 0;
      }
      keptSize = 0;
      return new Sparse(index, value);
    }

    private void take(int column) {
      values[column] = 0;
      bits[column >>> 6] &= ~(1L << column);
    }

    private void ensure(int column) {
      if (column >= values.length) {
        int length = Math.max(column + 1, values.length * 2);
        values = Arrays.copyOf(values, length);
        bits = Arrays.copyOf(bits, (length + 63) >>> 6);
      }
    }
  }

  /**
   * The values of the random null-space vector by column, one per thread and reused: {@link
   * #unmoved} gives each column a value once and forgets them all before it returns.
   */
  private static final class NullVector {
    private long[] values = new long[64];
    private boolean[] given = new boolean[64];
    private int[] givenColumns = new int[16];
    private int givenSize;

    boolean has(int column) {
      return column < given.length && given[column];
    }

    long value(int column) {
      return values[column];
    }

    void set(int column, long value) {
      if (column >= values.length) {
        int length = Math.max(column + 1, values.length * 2);
        values = Arrays.copyOf(values, length);
        given = Arrays.copyOf(given, length);
      }
      if (!given[column]) {
        given[column] = true;
        if (givenSize == givenColumns.length) {
          givenColumns = Arrays.copyOf(givenColumns, givenSize * 2);
        }
        givenColumns[givenSize++] = column;
      }
      values[column] = value;
    }

    void clear() {
      for (int i = 0; i < givenSize; i++) {
        given[givenColumns[i]] = false;
        values[givenColumns[i]] = 0;
      }
      givenSize = 0;
    }
  }
}
