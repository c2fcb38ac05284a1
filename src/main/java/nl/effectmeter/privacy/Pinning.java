package nl.effectmeter.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.effectmeter.indicator.Quantity;

/**
 * Which hidden cells a search's relations pin, kept up to date as the search hides further cells,
 * so that a round of fixes needs no new elimination (issue 22's incremental elimination).
 *
 * <p>In the terms of the linear algebra: the system's rows are the generating relations of the
 * quantity, its columns the hidden cells, {@code A_H}. A hidden cell {@code h} is pinned exactly
 * when some combination {@code w} of rows gives its unit vector ({@code w A_H = e_h}): its
 * certificate. Hiding one more cell {@code x} with column {@code a} does one of two things.
 *
 * <ul>
 *   <li>Where {@code a} lies in the span of the hidden columns, nothing new is pinned, and a pinned
 *       {@code h} is freed exactly when its certificate meets {@code a} ({@code w·a != 0}: the same
 *       for every certificate of {@code h}, since they differ by combinations that are 0 on the
 *       span).
 *   <li>Otherwise {@code x} is pinned itself, by any combination {@code y} that is 0 on every
 *       hidden column but meets {@code a}, scaled to {@code y·a = 1}; every cell pinned before
 *       stays pinned, its certificate less {@code (w·a)} times {@code x}'s.
 * </ul>
 *
 * Whether {@code a} lies in the span is told by a few random combinations that are 0 on every
 * hidden column, drawn by the last exact elimination ({@link ModularEchelon#leftNullVectors}): one
 * that meets {@code a} proves it outside; where none does, it lies inside but for a chance of 1 in
 * 2^61 each. A row without a hidden cell is 0 on every hidden column, so a column that reaches one
 * lies outside at once. Each cell pinned this way uses one of the combinations up (the others are
 * made 0 on it); once they are all used up, or a step this class does not follow happens (a cell
 * published again, cells a rate told hidden), the search eliminates again. Where what this class
 * follows says nothing is pinned any more, the search ends without another elimination; with Java's
 * assertions on (the tests) it eliminates once more and fails if that finds anything.
 */
final class Pinning {
  /** How many random combinations an elimination draws: cells pinned before the next one. */
  static final int COMBINATIONS = 16;

  private static final long P = ModularEchelon.P;

  /** The free rows' values are drawn from a fixed seed: the same input gives the same pattern. */
  private static final long SEED = 0x9127_2026L;

  private final Lattice lattice;
  private final Quantity quantity;
  private final List<Relation> relations;
  private final BitSet hidden;

  /** Per relation, whether it is a row of the system: generating, and holding for the quantity. */
  private final boolean[] row;

  /**
   * Random combinations of rows, each 0 on every hidden column (per relation, its weight); made by
   * the first elimination that pins anything (most searches have none, and end at their first).
   */
  private long[][] combinations;

  private final boolean[] unused;
  private int left;
  private boolean current;

  /** The pinned cells, ascending, and the certificate of each (per relation, its weight). */
  private final TreeMap<Integer, long[]> certificates = new TreeMap<>();

  private final SplittableRandom random = new SplittableRandom(SEED);

  Pinning(Lattice lattice, Quantity quantity, BitSet hidden) {
    this.lattice = lattice;
    this.quantity = quantity;
    this.relations = lattice.relations(quantity);
    this.hidden = hidden;
    this.row = new boolean[relations.size()];
    for (int r = 0; r < row.length; r++) {
      Relation relation = relations.get(r);
      row[r] = relation.generating() && relation.holdsFor(quantity);
    }
    this.unused = new boolean[COMBINATIONS];
  }

  /** Whether the certificates are those of the cells hidden now: no elimination is needed. */
  boolean current() {
    return current;
  }

  /** Forgets the certificates: a step was taken that this class does not follow. */
  void stale() {
    current = false;
    certificates.clear();
  }

  /**
   * Starts taking in an elimination of the parts holding the cells changed since the last one:
   * their rows' combinations and the cells they pin. The other parts pin nothing (their last
   * elimination found nothing there, or every cell it pinned was followed since) and keep their
   * combinations, still 0 on their hidden columns.
   */
  void eliminating() {
    certificates.clear();
    if (combinations == null) {
      // The first elimination of the search: every part is eliminated, so every row gets its
      // weights below.
      combinations = new long[COMBINATIONS][relations.size()];
    }
  }

  /**
   * The combinations of one eliminated part.
   *
   * @param part the relations that are the part's rows, in the order they were added
   * @param drawn {@link ModularEchelon#leftNullVectors} of the part's system, {@link #COMBINATIONS}
   *     of them
   */
  void part(int[] part, long[][] drawn) {
    for (int k = 0; k < COMBINATIONS; k++) {
      for (int r = 0; r < part.length; r++) {
        combinations[k][part[r]] = drawn[k][r];
      }
    }
  }

  /** A cell the elimination pinned, and its combination of the part's rows. */
  void pinned(int cell, int[] part, int[] rows, long[] weights) {
    long[] certificate = new long[relations.size()];
    for (int i = 0; i < rows.length; i++) {
      certificate[part[rows[i]]] = weights[i];
    }
    certificates.put(cell, certificate);
  }

  /** Ends taking in an elimination: from here every cell hidden is followed. */
  void eliminated() {
    java.util.Arrays.fill(unused, true);
    left = COMBINATIONS;
    current = true;
  }

  /** The pinned cells, ascending. */
  List<Integer> cells() {
    return new ArrayList<>(certificates.keySet());
  }

  /** Whether this cell is pinned, as far as the certificates are current. */
  boolean pins(int cell) {
    return certificates.containsKey(cell);
  }

  /** The relations of a pinned cell's certificate, ascending, and their weights. */
  Map<Integer, Long> certificate(int cell) {
    long[] w = certificates.get(cell);
    TreeMap<Integer, Long> terms = new TreeMap<>();
    for (int r = 0; r < w.length; r++) {
      if (w[r] != 0) {
        terms.put(r, w[r]);
      }
    }
    return terms;
  }

  /**
   * Whether this published cell would be pinned the moment it were hidden: its column reaches a row
   * without a hidden cell, or one of the combinations meets it.
   */
  boolean pinnedOnceHidden(int cell) {
    int[] rows = column(cell);
    for (int r : rows) {
      if (!hasHidden(r)) {
        return true;
      }
    }
    for (int k = 0; k < COMBINATIONS; k++) {
      if (unused[k] && dot(combinations[k], rows, cell) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Follows one more hidden cell: call before the cell is marked hidden. Updates the certificates
   * (freeing the cells it frees, pinning it where it is pinned) and the combinations.
   */
  void hiding(int cell) {
    if (!current) {
      return;
    }
    int[] rows = column(cell);
    int free = -1;
    for (int r : rows) {
      if (!hasHidden(r)) {
        free = r;
        // Any weights on a row without a hidden column keep a combination 0 on every one: fresh
        // random ones, so that the combinations stay random over the rows this cell joins.
        for (int k = 0; k < COMBINATIONS; k++) {
          combinations[k][r] = 1 + random.nextLong(P - 1);
        }
      }
    }
    int[] support;
    long[] own;
    if (free >= 0) {
      // The free row alone is 0 on every hidden column and meets the cell: its certificate.
      support = new int[] {free};
      own = new long[] {coefficient(free, cell)}; // 1/±1 = ±1
    } else {
      int k = firstMeeting(rows, cell);
      if (k < 0) {
        // Inside the span: frees every pinned cell whose certificate meets the column.
        certificates.values().removeIf(w -> dot(w, rows, cell) != 0);
        return;
      }
      // The combination on the rows of the parts the cell joins only: still 0 on every hidden
      // column (the other parts share no column with them), and it keeps the certificates it
      // enters to the cell's own neighbourhood.
      support = partRows(rows);
      long inverse = ModularEchelon.inverse(dot(combinations[k], rows, cell));
      own = new long[support.length];
      for (int i = 0; i < support.length; i++) {
        long w = combinations[k][support[i]];
        own[i] = w == 0 ? 0 : ModularEchelon.reduce(w, inverse);
      }
      unused[k] = false;
      left--;
    }
    for (long[] w : certificates.values()) {
      subtract(w, dot(w, rows, cell), support, own);
    }
    for (int k = 0; k < COMBINATIONS; k++) {
      if (unused[k]) {
        subtract(combinations[k], dot(combinations[k], rows, cell), support, own);
      }
    }
    long[] certificate = new long[relations.size()];
    for (int i = 0; i < support.length; i++) {
      certificate[support[i]] = own[i];
    }
    certificates.put(cell, certificate);
    if (left == 0) {
      stale();
    }
  }

  /**
   * The rows of the connected parts of the hidden cells that these rows (each holding a hidden
   * cell) belong to: rows linked by a hidden cell they share.
   */
  private int[] partRows(int[] start) {
    BitSet rowsReached = new BitSet(row.length);
    BitSet cellsReached = new BitSet();
    Deque<Integer> work = new ArrayDeque<>();
    for (int r : start) {
      rowsReached.set(r);
      work.add(r);
    }
    while (!work.isEmpty()) {
      Relation relation = relations.get(work.poll());
      reach(relation.parent(), cellsReached, rowsReached, work);
      for (int child : relation.children()) {
        reach(child, cellsReached, rowsReached, work);
      }
    }
    return rowsReached.stream().toArray();
  }

  private void reach(int cell, BitSet cellsReached, BitSet rowsReached, Deque<Integer> work) {
    if (!hidden.get(cell) || cellsReached.get(cell)) {
      return;
    }
    cellsReached.set(cell);
    for (int r : lattice.relationsOf(quantity, cell)) {
      if (row[r] && !rowsReached.get(r)) {
        rowsReached.set(r);
        work.add(r);
      }
    }
  }

  private int firstMeeting(int[] rows, int cell) {
    for (int k = 0; k < COMBINATIONS; k++) {
      if (unused[k] && dot(combinations[k], rows, cell) != 0) {
        return k;
      }
    }
    return -1;
  }

  /** The rows of the system the cell takes part in. */
  private int[] column(int cell) {
    int[] of = lattice.relationsOf(quantity, cell);
    int n = 0;
    for (int r : of) {
      n += row[r] ? 1 : 0;
    }
    int[] rows = new int[n];
    n = 0;
    for (int r : of) {
      if (row[r]) {
        rows[n++] = r;
      }
    }
    return rows;
  }

  /** The cell's coefficient in a row: 1 as its parent, -1 as a child (as the elimination adds). */
  private long coefficient(int r, int cell) {
    return relations.get(r).parent() == cell ? 1 : P - 1;
  }

  /** The weights times the cell's column. */
  private long dot(long[] weights, int[] rows, int cell) {
    long sum = 0;
    for (int r : rows) {
      long w = weights[r];
      if (w != 0) {
        sum += relations.get(r).parent() == cell ? w : P - w;
        if (sum >= P) {
          sum -= P;
        }
      }
    }
    return sum;
  }

  private boolean hasHidden(int r) {
    Relation relation = relations.get(r);
    if (hidden.get(relation.parent())) {
      return true;
    }
    for (int child : relation.children()) {
      if (hidden.get(child)) {
        return true;
      }
    }
    return false;
  }

  /** target -= factor * v, where v holds these rows' weights. */
  private static void subtract(long[] target, long factor, int[] rows, long[] v) {
    if (factor == 0) {
      return;
    }
    for (int i = 0; i < rows.length; i++) {
      if (v[i] != 0) {
        long t = target[rows[i]] - ModularEchelon.reduce(factor, v[i]);
        target[rows[i]] = t < 0 ? t + P : t;
      }
    }
  }
}
