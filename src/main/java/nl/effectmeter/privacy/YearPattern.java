package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suppression pattern of one calendar year's cells: which quantity of which cell is hidden, and
 * why. Solving runs the {@link PatternSearch} of every quantity whose hidden cells changed, again
 * while hiding rows hides further quantities; a value an earlier run published is known to every
 * reader and never counts as hidden, and one the previous run hid is hidden again.
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("EnumOrdinal")
final class YearPattern {
  private static final Logger LOG = LoggerFactory.getLogger("effectmeter");
  private static final Quantity[] QUANTITIES = Quantity.values();
  private static final int INDICATORS = Indicator.values().length;
  private static final Quantity[] TIED = {Quantity.RECEIVED, Quantity.DECIDED, Quantity.OPEN};

  private final String year;
  private final List<CellRows> cells;
  private final Map<CellKey, Integer> index = new HashMap<>();
  private final Lattice lattice;
  private final IndicatorRow[][] rows;
  private final boolean[][] primary;
  private final double[][] values;
  private final Map<Quantity, BitSet> chosen = new EnumMap<>(Quantity.class);
  private final Map<Quantity, BitSet> known = new EnumMap<>(Quantity.class);
  private final Map<Quantity, BitSet> solvedWith = new EnumMap<>(Quantity.class);
  private final Map<Quantity, BitSet> hidden = new EnumMap<>(Quantity.class);
  private final Map<Quantity, BitSet> readable = new EnumMap<>(Quantity.class);
  private final Map<Quantity, BitSet> told = new EnumMap<>(Quantity.class);
  private final Map<Quantity, BitSet> byRate = new EnumMap<>(Quantity.class);
  private final Map<Quantity, int[]> toldBy = new EnumMap<>(Quantity.class);
  private final Map<Quantity, BitSet> given = new EnumMap<>(Quantity.class);
  private final Map<Long, Origin> origins = new HashMap<>();
  private final Map<Quantity, BitSet> searched = new EnumMap<>(Quantity.class);
  private boolean[][] suppressed;

  /** Why a value was hidden for another's sake: the value it protects (null: kept from before). */
  record Origin(YearPattern year, Quantity quantity, int cell) {}

  YearPattern(
      List<CellRows> unordered,
      PublishedMonths months,
      PrimaryRules rules,
      EarlierRuns earlier,
      java.util.Set<EarlierRuns.CellQuantity> alsoHidden) {
    this.cells =
        unordered.stream()
            .sorted(Comparator.comparing(CellRows::key, Disclosure.CELL_ORDER))
            .toList();
    this.year = cells.get(0).key().period().substring(0, 4);
    this.lattice = new Lattice(cells.stream().map(CellRows::key).toList(), months);
    int n = cells.size();
    this.rows = new IndicatorRow[n][INDICATORS];
    this.primary = new boolean[n][INDICATORS];
    this.values = new double[QUANTITIES.length][n];
    for (Quantity q : QUANTITIES) {
      chosen.put(q, new BitSet());
      known.put(q, new BitSet());
      searched.put(q, new BitSet());
    }
    for (int c = 0; c < n; c++) {
      CellRows cell = cells.get(c);
      index.put(cell.key(), c);
      for (Quantity q : QUANTITIES) {
        double value = q.of(cell.measures());
        values[q.ordinal()][c] = value;
        if (earlier.published(cell.key(), q, value)) {
          known.get(q).set(c);
        } else if (alsoHidden.contains(new EarlierRuns.CellQuantity(cell.key(), q))) {
          chosen.get(q).set(c);
        } else if (earlier.hiddenBefore(cell.key(), q, value)) {
          chosen.get(q).set(c);
          origins.put(key(q, c), new Origin(null, q, c));
        }
      }
      for (IndicatorRow row : cell.rows()) {
        int i = row.indicator().ordinal();
        rows[c][i] = row;
        if (rules.hit(row)) {
          primary[c][i] = true;
          chosen.get(Shown.by(row.indicator()).base()).set(c);
        }
      }
    }
    this.showing = showing(rows);
    suppressed = suppressedRows();
    refreshViews();
  }

  /**
   * Per quantity and cell, the indicators whose rows show the quantity there (a row's status before
   * suppression never changes): the searches ask it of every cell for every quantity in every
   * round, and most of a cell's rows show another quantity.
   */
  private final int[][][] showing;

  private static final int[] NO_ROWS = new int[0];

  @SuppressWarnings("EnumOrdinal")
  private static int[][][] showing(IndicatorRow[][] rows) {
    int[][][] showing = new int[QUANTITIES.length][rows.length][];
    int[][] lists = new int[QUANTITIES.length][INDICATORS];
    int[] sizes = new int[QUANTITIES.length];
    for (int c = 0; c < rows.length; c++) {
      Arrays.fill(sizes, 0);
      for (int i = 0; i < INDICATORS; i++) {
        IndicatorRow row = rows[c][i];
        if (row != null) {
          for (Quantity q : Shown.readableFrom(row)) {
            lists[q.ordinal()][sizes[q.ordinal()]++] = i;
          }
        }
      }
      for (int q = 0; q < QUANTITIES.length; q++) {
        showing[q][c] = sizes[q] == 0 ? NO_ROWS : Arrays.copyOf(lists[q], sizes[q]);
      }
    }
    return showing;
  }

  /** The indicators whose rows show the quantity at the cell. */
  @SuppressWarnings("EnumOrdinal")
  private int[] showing(Quantity q, int cell) {
    return showing[q.ordinal()][cell];
  }

  String year() {
    return year;
  }

  Lattice lattice() {
    return lattice;
  }

  /** The position of a cell in this year, or -1 where the cell does not exist. */
  int indexOf(CellKey key) {
    Integer i = index.get(key);
    return i == null ? -1 : i;
  }

  double value(Quantity q, int cell) {
    return values[q.ordinal()][cell];
  }

  /**
   * Whether a reader does not know the value: no published row of this or an earlier run shows it.
   */
  boolean isHidden(Quantity q, int cell) {
    return hidden.get(q).get(cell);
  }

  /**
   * Whether hiding the value would hide it from a reader: shown by a row that can be suppressed.
   */
  boolean canHide(Quantity q, int cell) {
    if (known.get(q).get(cell)
        || hidden.get(q).get(cell)
        || learnedFromRate(q, cell)
        || isGiven(q, cell)) {
      return false;
    }
    for (int i : showing(q, cell)) {
      if (isSuppressible(rows[cell][i])) {
        return true;
      }
    }
    return false;
  }

  private boolean isGiven(Quantity q, int cell) {
    BitSet g = given.get(q);
    return g != null && g.get(cell);
  }

  /** What a reader knows of a hidden value from below: 1 for a base, a published numerator. */
  double lower(Quantity q, int cell) {
    return lowerAfter(null, q, cell);
  }

  /** What a reader knows of a hidden value from above: its published denominator, else none. */
  double upper(Quantity q, int cell) {
    return upperAfter(null, q, cell);
  }

  /** The order of preference for hiding this value: lower is hidden first. */
  long[] cost(Quantity q, int cell) {
    int rowCost = 0;
    long baseCost = 0;
    for (int i : showing(q, cell)) {
      if (!suppressed[cell][i]) {
        rowCost++;
        baseCost += rows[cell][i].base();
      }
    }
    if (q.isStockFlow()) {
      for (Quantity other : TIED) {
        if (other != q && hidden.get(other).get(cell)) {
          rowCost = 0;
        }
      }
    }
    return Candidates.key(Candidates.tier(cells.get(cell).key()), rowCost, baseCost);
  }

  CellKey key(int cell) {
    return cells.get(cell).key();
  }

  /** Whether every part is read and 0, or every part is read and equal to its denominator. */
  private boolean allAtExtreme(Quantity q, Relation relation, BitSet read) {
    boolean none = true;
    boolean all = upper(q, relation.parent()) < Double.POSITIVE_INFINITY;
    for (int child : relation.children()) {
      if (!read.get(child)) {
        return false;
      }
      double v = value(q, child);
      none &= v == 0;
      all &= v >= upper(q, child);
    }
    return none || all;
  }

  /**
   * Whether a reader knows the value from a published rate of 0 or 1 (directly or down a chain).
   */
  boolean learnedFromRate(Quantity q, int cell) {
    BitSet learned = byRate.get(q);
    return learned != null && learned.get(cell);
  }

  /** The published rate a value learned from rates is read from (-1: none the search can hide). */
  int tellingRate(Quantity q, int cell) {
    int[] teller = toldBy.get(q);
    return teller == null ? -1 : teller[cell];
  }

  /** How many values are hidden from a reader now, over every quantity. */
  int hiddenCount() {
    int count = 0;
    for (BitSet h : hidden.values()) {
      count += h.cardinality();
    }
    return count;
  }

  /**
   * Rule 4's last step: the headline values this year's searches hid for another's sake, by base
   * (largest first), published again wherever the pattern stays safe without them. Publishing a
   * value publishes its rows, and with them the other numbers those rows show (a rate's numerator
   * with its denominator): every value that becomes readable so must leave its own quantity's
   * problem safe, as {@link PatternSearch#release} proves; it may bound no hidden numerator or
   * denominator of its cell and be no rate of 0 or 1 (which would tell its parts), and none may be
   * cases received, decided or open (the stock-flow identity ties them across years). Returns how
   * many values it published again.
   */
  int releaseHeadline() {
    Map<Quantity, PatternSearch> searches = new EnumMap<>(Quantity.class);
    List<long[]> tried = new ArrayList<>();
    for (Quantity q : QUANTITIES) {
      if (q.isStockFlow()) {
        continue;
      }
      int[] tier = Candidates.tiers(lattice.cells(), lattice.twins(q));
      BitSet mine = searched.get(q);
      for (int c = mine.nextSetBit(0); c >= 0; c = mine.nextSetBit(c + 1)) {
        if (tier[c] == 2 && chosen.get(q).get(c) && hidden.get(q).get(c)) {
          tried.add(new long[] {-shownBase(q, c), q.ordinal(), c});
        }
      }
    }
    tried.sort(Arrays::compare);
    int released = 0;
    for (long[] t : tried) {
      Quantity q = QUANTITIES[(int) t[1]];
      int c = (int) t[2];
      if (!chosen.get(q).get(c)) {
        continue; // published again with its twin
      }
      Map<Quantity, BitSet> readAfter = releaseSet(q, hiddenTwins(q, c), false);
      if (readAfter == null || !releaseAll(readAfter, searches, false)) {
        continue;
      }
      released += commitRelease(readAfter);
    }
    finishRelease(released > 0, searches);
    return released;
  }

  /**
   * The headline values of cases received, decided and open hidden for another's sake (by this
   * year's searches or for the stock-flow identity; not those an earlier run hid), each as {the
   * negated base of its rows, quantity, cell}: the candidates of {@link
   * StockFlowSearch#releaseHeadline}.
   */
  List<long[]> tiedHeadlineCandidates() {
    List<long[]> result = new ArrayList<>();
    for (Quantity q : TIED) {
      int[] tier = Candidates.tiers(lattice.cells(), lattice.twins(q));
      BitSet h = hidden.get(q);
      for (int c = h.nextSetBit(0); c >= 0; c = h.nextSetBit(c + 1)) {
        if (tier[c] == 2 && mayRelease(q, c, true)) {
          result.add(new long[] {-shownBase(q, c), q.ordinal(), c});
        }
      }
    }
    return result;
  }

  /**
   * What a reader reads once these stock-flow values are published again at their hidden twins (see
   * {@link #releaseSet}), with the received, decided and open values that publishes; null where
   * they cannot be.
   */
  Map<Quantity, BitSet> tiedReleaseSet(Map<Quantity, BitSet> values) {
    Map<Quantity, BitSet> seeds = new EnumMap<>(Quantity.class);
    for (Map.Entry<Quantity, BitSet> e : values.entrySet()) {
      Quantity q = e.getKey();
      BitSet cells = e.getValue();
      for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
        if (!chosen.get(q).get(c) || !hidden.get(q).get(c)) {
          return null; // published again with its twin, or hidden again since
        }
        BitSet twins = seeds.computeIfAbsent(q, k -> new BitSet());
        hiddenTwins(q, c).forEach(twins::set);
      }
    }
    return releaseSet(seeds, true);
  }

  /** Whether {@link #tiedReleaseSet} may start from this hidden value. */
  boolean mayReleaseTied(Quantity q, int c) {
    return hidden.get(q).get(c) && mayRelease(q, c, true);
  }

  /** The cells hidden for the quantity that are twins of this one (the cell among them). */
  private List<Integer> hiddenTwins(Quantity q, int c) {
    int[] twins = lattice.twins(q);
    List<Integer> group = new ArrayList<>();
    BitSet h = hidden.get(q);
    for (int m = h.nextSetBit(0); m >= 0; m = h.nextSetBit(m + 1)) {
      if (twins[m] == twins[c]) {
        group.add(m);
      }
    }
    return group;
  }

  /**
   * Publishes what the set makes readable, which {@link #releaseAll} proved safe; returns how many
   * of those values were hidden for another's sake.
   */
  int commitRelease(Map<Quantity, BitSet> readAfter) {
    int released = 0;
    for (Map.Entry<Quantity, BitSet> e : readAfter.entrySet()) {
      BitSet cells = e.getValue();
      for (int m = cells.nextSetBit(0); m >= 0; m = cells.nextSetBit(m + 1)) {
        if (chosen.get(e.getKey()).get(m)) {
          chosen.get(e.getKey()).clear(m);
          origins.remove(key(e.getKey(), m));
          released++;
        }
        hidden.get(e.getKey()).clear(m);
        readable.get(e.getKey()).set(m);
        told.get(e.getKey()).set(m);
        suppressed[m] = suppressedRowsOf(m);
      }
    }
    return released;
  }

  /**
   * After values were published again: the views as a reader sees them, and each quantity whose
   * hidden values are those its release proved safe counts as solved.
   */
  void finishRelease(boolean published, Map<Quantity, PatternSearch> searches) {
    if (published) {
      Map<Quantity, BitSet> expected = new EnumMap<>(Quantity.class);
      hidden.forEach((q, cells) -> expected.put(q, (BitSet) cells.clone()));
      suppressed = suppressedRows();
      refreshViews();
      for (Quantity q : searches.keySet()) {
        if (hidden.get(q).equals(expected.get(q))) {
          solvedWith.put(q, (BitSet) hidden.get(q).clone()); // proved safe by its release
        }
      }
    }
  }

  /** Whether the value is hidden once the set is published (null: as things stand). */
  boolean hiddenAfter(Map<Quantity, BitSet> set, Quantity q, int cell) {
    return hidden.get(q).get(cell) && (set == null || !inSet(set, q, cell));
  }

  /** {@link #lower}, once the set is published. */
  double lowerAfter(Map<Quantity, BitSet> set, Quantity q, int cell) {
    double lower = q.lowerBound();
    for (Quantity part : QUANTITIES) {
      if (part.atMost() == q && readAfter(set, part, cell)) {
        lower = Math.max(lower, value(part, cell));
      }
    }
    return lower;
  }

  /** {@link #upper}, once the set is published. */
  double upperAfter(Map<Quantity, BitSet> set, Quantity q, int cell) {
    Quantity whole = q.atMost();
    return whole != null && readAfter(set, whole, cell)
        ? value(whole, cell)
        : Double.POSITIVE_INFINITY;
  }

  /**
   * Per quantity, the cells a reader reads once the value is published again at these twins; null
   * where publishing it publishes nothing or changes more than those problems (see {@link
   * #releaseHeadline}). A row that shows another value this year's searches hid at the same cell is
   * published only with it, so that value is published again too.
   */
  private Map<Quantity, BitSet> releaseSet(Quantity q, List<Integer> group, boolean tied) {
    Map<Quantity, BitSet> seeds = new EnumMap<>(Quantity.class);
    for (int m : group) {
      seeds.computeIfAbsent(q, k -> new BitSet()).set(m);
    }
    return releaseSet(seeds, tied);
  }

  /** {@link #releaseSet(Quantity, List, boolean)} of several values published together. */
  private Map<Quantity, BitSet> releaseSet(Map<Quantity, BitSet> seeds, boolean tied) {
    Map<Quantity, BitSet> set = new EnumMap<>(Quantity.class);
    BitSet group = new BitSet();
    for (Map.Entry<Quantity, BitSet> e : seeds.entrySet()) {
      BitSet cells = e.getValue();
      for (int m = cells.nextSetBit(0); m >= 0; m = cells.nextSetBit(m + 1)) {
        if (!mayRelease(e.getKey(), m, tied)) {
          return null;
        }
        set.computeIfAbsent(e.getKey(), k -> new BitSet()).set(m);
        group.set(m);
      }
    }
    for (int m = group.nextSetBit(0); m >= 0; m = group.nextSetBit(m + 1)) {
      boolean grew = true;
      boolean publishes = false;
      while (grew) {
        grew = false;
        publishes = false;
        for (IndicatorRow row : rows[m]) {
          if (row == null || primary[m][row.indicator().ordinal()]) {
            continue;
          }
          Set<Quantity> shown = Shown.readableFrom(row);
          boolean touched = false;
          for (Quantity x : shown) {
            touched |= inSet(set, x, m);
          }
          if (!touched) {
            continue;
          }
          boolean blocked = false;
          for (Quantity x : shown) {
            if (chosen.get(x).get(m) && !inSet(set, x, m)) {
              if (mayRelease(x, m, tied)) {
                set.computeIfAbsent(x, k -> new BitSet()).set(m);
                grew = true;
              } else {
                blocked = true;
              }
            }
          }
          if (blocked) {
            continue; // the row stays hidden for a value that must stay hidden
          }
          publishes = true;
          for (Quantity x : shown) {
            if (!readable.get(x).get(m) && !inSet(set, x, m)) {
              if (x.isStockFlow() && !tied) {
                return null;
              }
              set.computeIfAbsent(x, k -> new BitSet()).set(m);
              grew = true;
            }
          }
        }
      }
      if (!publishes) {
        return null;
      }
    }
    for (Map.Entry<Quantity, BitSet> e : set.entrySet()) {
      Quantity o = e.getKey();
      BitSet cells = e.getValue();
      for (int m = cells.nextSetBit(0); m >= 0; m = cells.nextSetBit(m + 1)) {
        if (o.lowerBound() == 0 && value(o, m) == 0) {
          return null; // a published 0 tells its parts
        }
        Quantity whole = o.atMost();
        if (whole != null && !readAfter(set, whole, m)) {
          if (hidden.get(whole).get(m)) {
            return null; // it would bound its hidden denominator from below
          }
        } else if (whole != null && value(o, m) >= value(whole, m)) {
          return null; // a rate of 1 tells its parts
        }
        for (Quantity part : QUANTITIES) {
          if (part.atMost() != o) {
            continue;
          }
          if (readAfter(set, part, m) ? value(part, m) >= value(o, m) : hidden.get(part).get(m)) {
            return null; // a rate of 1, or an upper bound for a hidden numerator
          }
        }
      }
    }
    return set;
  }

  /**
   * Whether this year's searches hid the value for another's sake, so that it may be published;
   * with {@code tied}, cases received, decided and open too, hidden by those searches or for the
   * stock-flow identity (never one an earlier run hid, which stays hidden).
   */
  private boolean mayRelease(Quantity q, int m, boolean tied) {
    if (!chosen.get(q).get(m) || smallItself(m, q)) {
      return false;
    }
    if (!q.isStockFlow()) {
      return searched.get(q).get(m);
    }
    Origin origin = origins.get(key(q, m));
    return tied && origin != null && origin.year() != null;
  }

  private static boolean inSet(Map<Quantity, BitSet> set, Quantity q, int m) {
    BitSet cells = set.get(q);
    return cells != null && cells.get(m);
  }

  private boolean readAfter(Map<Quantity, BitSet> set, Quantity q, int m) {
    BitSet cells = set == null ? null : set.get(q);
    return readable.get(q).get(m) || (cells != null && cells.get(m));
  }

  /**
   * Publishes every value of the set in its quantity's search, or none where one is unsafe. With
   * {@code tiedProved}, the stock-flow step has proved already that no hidden value of cases
   * received, decided or open becomes determined, so their searches check each relation on its own
   * only.
   */
  boolean releaseAll(
      Map<Quantity, BitSet> set, Map<Quantity, PatternSearch> searches, boolean tiedProved) {
    List<Map.Entry<Quantity, int[]>> done = new ArrayList<>();
    for (Map.Entry<Quantity, BitSet> e : set.entrySet()) {
      PatternSearch search = searches.computeIfAbsent(e.getKey(), this::settledSearch);
      int[] cells = e.getValue().stream().toArray();
      boolean eliminate = !(tiedProved && e.getKey().isStockFlow());
      if (search == null || !search.release(cells, eliminate)) {
        for (Map.Entry<Quantity, int[]> d : done) {
          searches.get(d.getKey()).hideAgain(d.getValue());
        }
        return false;
      }
      done.add(Map.entry(e.getKey(), cells));
    }
    return true;
  }

  /** Hides again in their searches the values of a set that {@link #releaseAll} published. */
  void hideAgain(Map<Quantity, BitSet> set, Map<Quantity, PatternSearch> searches) {
    for (Map.Entry<Quantity, BitSet> e : set.entrySet()) {
      searches.get(e.getKey()).hideAgain(e.getValue().stream().toArray());
    }
  }

  /**
   * The quantity's search over its hidden values as they stand, where its problem was solved as the
   * reader sees it now (what it hides is what its last search left safe; since then values were
   * only hidden, which loosens bounds); null where it was not.
   */
  private PatternSearch settledSearch(Quantity q) {
    return hidden.get(q).equals(solvedWith.get(q))
        ? newSearch(q, (BitSet) hidden.get(q).clone())
        : null;
  }

  /** The sum of the bases of the rows that show the quantity at the cell. */
  private long shownBase(Quantity q, int c) {
    long base = 0;
    for (int i : showing(q, c)) {
      if (rows[c][i].base() != null) {
        base += rows[c][i].base();
      }
    }
    return base;
  }

  /** Whether every quantity's problem was solved as the reader sees it now. */
  boolean isSettled() {
    for (Quantity q : QUANTITIES) {
      if (!hidden.get(q).equals(solvedWith.get(q))) {
        return false;
      }
    }
    return true;
  }

  /** Hides a value to protect another (found by the stock-flow identity across years). */
  void hideForOthers(Quantity q, int cell, YearPattern protectedYear, Origin protects) {
    chosen.get(q).set(cell);
    origins.putIfAbsent(
        key(q, cell), new Origin(protectedYear, protects.quantity(), protects.cell()));
  }

  /** Solves every quantity's problem, again while hiding rows hides further quantities. */
  void solve() {
    long started = System.nanoTime();
    int rounds = 0;
    while (true) {
      rounds++;
      suppressed = suppressedRows();
      refreshViews();
      List<Quantity> open = new ArrayList<>();
      for (Quantity q : QUANTITIES) {
        if (!hidden.get(q).equals(solvedWith.get(q))) {
          open.add(q);
        }
      }
      if (open.isEmpty()) {
        LOG.info(
            "Disclosure control of {}: {} cells, {} rounds, {} ms",
            year,
            cells.size(),
            rounds,
            (System.nanoTime() - started) / 1_000_000);
        return;
      }
      List<PatternSearch> searches =
          open.parallelStream().map(q -> search(q, (BitSet) hidden.get(q).clone())).toList();
      for (int i = 0; i < open.size(); i++) {
        Quantity q = open.get(i);
        PatternSearch search = searches.get(i);
        BitSet added = search.added();
        chosen.get(q).or(added);
        searched.get(q).or(added);
        given.computeIfAbsent(q, k -> new BitSet()).or(search.unprotectable());
        for (PatternSearch.BoundBreak b : search.boundBreaks()) {
          chosen.get(b.quantity()).set(b.cell());
          origins.putIfAbsent(key(b.quantity(), b.cell()), new Origin(this, q, b.protects()));
        }
        for (int c = added.nextSetBit(0); c >= 0; c = added.nextSetBit(c + 1)) {
          origins.putIfAbsent(key(q, c), new Origin(this, q, search.protects(c)));
        }
        BitSet after = (BitSet) hidden.get(q).clone();
        after.or(added);
        solvedWith.put(q, after);
      }
    }
  }

  /** The search of one quantity's problem as the reader sees it now, not yet run. */
  private PatternSearch newSearch(Quantity q, BitSet hiddenCells) {
    int n = cells.size();
    boolean[] hideable = new boolean[n];
    int[] rowCosts = new int[n];
    long[] baseCosts = new long[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    Quantity[] lowerFrom = new Quantity[n];
    Quantity[] upperFrom = new Quantity[n];
    for (int c = 0; c < n; c++) {
      hideable[c] = !known.get(q).get(c) && !learnedFromRate(q, c) && !isGiven(q, c);
      for (int i : showing(q, c)) {
        IndicatorRow row = rows[c][i];
        hideable[c] &= isSuppressible(row);
        if (!suppressed[c][i]) {
          rowCosts[c]++;
          baseCosts[c] += row.base();
        }
      }
      hideable[c] &= rowCosts[c] > 0 || hiddenCells.get(c);
      lower[c] = lower(q, c);
      upper[c] = upper(q, c);
      for (Quantity part : QUANTITIES) {
        if (part.atMost() == q
            && readable.get(part).get(c)
            && value(part, c) == lower[c]
            && lower[c] > q.lowerBound()
            && canHide(part, c)) {
          lowerFrom[c] = part;
        }
      }
      if (upper[c] < Double.POSITIVE_INFINITY && canHide(q.atMost(), c)) {
        upperFrom[c] = q.atMost();
      }
    }
    // Open, received and decided are tied by the stock-flow identity: a cell where another of them
    // is hidden already costs as little as one whose rows are hidden, so that the three quantities
    // hide the same cells rather than the union of three patterns.
    int[] preference = rowCosts.clone();
    if (q.isStockFlow()) {
      for (int c = 0; c < n; c++) {
        for (Quantity other : TIED) {
          if (other != q && hidden.get(other).get(c)) {
            preference[c] = 0;
          }
        }
      }
    }
    Candidates order = new Candidates(lattice.cells(), lattice.twins(q), preference, baseCosts);
    return new PatternSearch(
        lattice,
        q,
        new PatternSearch.Values(
            values[q.ordinal()], lower, upper, lowerFrom, upperFrom, toldBy.get(q)),
        hideable,
        hiddenCells,
        order);
  }

  private PatternSearch search(Quantity q, BitSet hiddenCells) {
    long started = System.nanoTime();
    int before = hiddenCells.cardinality();
    PatternSearch search = newSearch(q, hiddenCells);
    search.run();
    LOG.debug(
        "{} {}: {} hidden, {} added in {} ms; {}",
        year,
        q.label(),
        before,
        search.added().cardinality(),
        (System.nanoTime() - started) / 1_000_000,
        search.report());
    return search;
  }

  /** A row is hidden when its base is small or it shows a quantity chosen for suppression. */
  private boolean[][] suppressedRows() {
    boolean[][] result = new boolean[cells.size()][];
    for (int c = 0; c < cells.size(); c++) {
      result[c] = suppressedRowsOf(c);
    }
    return result;
  }

  private boolean[] suppressedRowsOf(int c) {
    boolean[] result = new boolean[INDICATORS];
    for (IndicatorRow row : rows[c]) {
      if (row == null) {
        continue;
      }
      int i = row.indicator().ordinal();
      boolean hide = primary[c][i];
      for (Quantity q : Shown.readableFrom(row)) {
        // A value the relations give away whatever is hidden protects nothing by being hidden.
        hide |= chosen.get(q).get(c) && !isGiven(q, c);
      }
      result[i] = hide && isSuppressible(row);
    }
    return result;
  }

  /** What a reader reads of each quantity now, and what is hidden from them. */
  private void refreshViews() {
    // Which quantities each cell's hidden and published rows show, one pass over the rows.
    long[] shownHidden = new long[cells.size()];
    long[] shownPublished = new long[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      for (IndicatorRow row : rows[c]) {
        if (row == null) {
          continue;
        }
        long mask = Shown.readableMask(row);
        if (suppressed[c][row.indicator().ordinal()]) {
          shownHidden[c] |= mask;
        } else {
          // As the audit reads it: a published base of 0 tells its parts are 0 too.
          shownPublished[c] |= mask | Shown.zeroBelowEmptyBaseMask(row);
        }
      }
    }
    for (Quantity q : QUANTITIES) {
      long bit = Shown.bit(q);
      BitSet knownQ = known.get(q);
      BitSet givenQ = given.getOrDefault(q, EMPTY);
      BitSet h = new BitSet();
      BitSet r = new BitSet();
      BitSet t = new BitSet();
      for (int c = 0; c < cells.size(); c++) {
        boolean published = (shownPublished[c] & bit) != 0;
        if (published || knownQ.get(c)) {
          t.set(c);
        }
        if (published || knownQ.get(c) || givenQ.get(c)) {
          r.set(c);
        } else if ((shownHidden[c] & bit) != 0) {
          h.set(c);
        }
      }
      hidden.put(q, h);
      readable.put(q, r);
      told.put(q, t);
    }
    for (Quantity q : QUANTITIES) {
      if (q.lowerBound() == 0) {
        learnFromRates(q);
      }
    }
  }

  /**
   * Outside the promise (INDICATORS.md, contract v3): a published rate of exactly 0 or 1 tells that
   * every member of its group shares the outcome. Below a published numerator of 0 every part is 0,
   * below one equal to its published denominator every part with a published denominator equals it;
   * suppressing such a part hides nothing, so it counts as read, not hidden.
   */
  private void learnFromRates(Quantity q) {
    BitSet h = hidden.get(q);
    BitSet r = readable.get(q);
    BitSet learned = new BitSet();
    byRate.put(q, learned);
    int[] teller = new int[cells.size()];
    Arrays.fill(teller, -1);
    toldBy.put(q, teller);
    double[] v = values[q.ordinal()];
    boolean changed = true;
    while (changed && !h.isEmpty()) {
      changed = false;
      for (Relation relation : lattice.relations(q)) {
        int parent = relation.parent();
        if (!relation.holdsFor(q)) {
          continue;
        }
        if (h.get(parent) && allAtExtreme(q, relation, r)) {
          // Every part is 0 (or all of its denominator): so is the whole, by the same rates.
          h.clear(parent);
          r.set(parent);
          learned.set(parent);
          changed = true;
          continue;
        }
        if (!told.get(q).get(parent) && !learned.get(parent)) {
          // A rate is read down to its parts where a row shows it (in this run or an earlier
          // one) or where the rates told it, as the audit reads them; not from a value the search
          // found given away by the relations, which the audit proves pinned but does not read
          // as a rate (on the sample that left 6 values the audit then named).
          continue;
        }
        boolean none = v[parent] == 0;
        boolean all = !none && v[parent] >= upper(q, parent);
        if (!none && !all) {
          continue;
        }
        for (int child : relation.children()) {
          if (h.get(child) && (none || upper(q, child) < Double.POSITIVE_INFINITY)) {
            h.clear(child);
            r.set(child);
            learned.set(child);
            // The published rate that tells it, which the search may hide (-1: none it can).
            teller[child] =
                !told.get(q).get(parent) ? teller[parent] : known.get(q).get(parent) ? -1 : parent;
            changed = true;
          }
        }
      }
    }
  }

  private static final BitSet EMPTY = new BitSet();
  private static final int HIDDEN_ROW = 1;
  private static final int PUBLISHED_ROW = 2;

  /**
   * Which rows of the cell show the quantity: hidden ones ({@code 1}), published ones ({@code 2}).
   */
  private int shownBy(int c, Quantity q) {
    int shown = 0;
    for (int i : showing(q, c)) {
      shown |= suppressed[c][i] ? HIDDEN_ROW : PUBLISHED_ROW;
    }
    return shown;
  }

  /** The cells whose rows hide the quantity and show it nowhere: the disclosure table's rows. */
  private BitSet hiddenRows(Quantity q) {
    BitSet result = new BitSet();
    for (int c = 0; c < cells.size(); c++) {
      if (shownBy(c, q) == HIDDEN_ROW) {
        result.set(c);
      }
    }
    return result;
  }

  void publish(
      List<IndicatorRow> out, List<Suppression> suppressions, Map<String, InformationLoss> loss) {
    Map<Quantity, BitSet> hiddenRows = new EnumMap<>(Quantity.class);
    for (Quantity q : QUANTITIES) {
      hiddenRows.put(q, hiddenRows(q));
    }
    for (int c = 0; c < cells.size(); c++) {
      CellKey key = cells.get(c).key();
      long[] counts = new long[7];
      for (IndicatorRow row : rows[c]) {
        if (row == null) {
          continue;
        }
        int i = row.indicator().ordinal();
        boolean hide = suppressed[c][i];
        out.add(hide ? row.suppressed(Status.CONFIDENTIAL) : row);
        counts[0]++;
        if (!hide) {
          counts[row.status() == Status.OK ? 1 : 2]++;
        } else {
          counts[primary[c][i] ? 3 : 4]++;
        }
        long base = row.base() == null ? 0 : row.base();
        counts[5] += base;
        counts[6] += hide && !primary[c][i] ? base : 0;
      }
      String label = key.breakdown().label() + "|" + key.granularity().label();
      InformationLoss cell =
          new InformationLoss(
              key.breakdown().label(),
              key.granularity().label(),
              1,
              counts[0],
              counts[1],
              counts[2],
              counts[3],
              counts[4],
              counts[5],
              counts[6]);
      loss.merge(label, cell, InformationLoss::sum);
      for (Quantity q : QUANTITIES) {
        if (hiddenRows.get(q).get(c)) {
          suppressions.add(new Suppression(key, q, reason(c, q), value(q, c)));
        }
      }
    }
  }

  /**
   * Every headline value hidden for another's sake, with the value it protects and the primary
   * value at the start of that chain (INDICATORS.md, rule 4).
   */
  List<HeadlineSuppression> headlineSuppressions() {
    List<HeadlineSuppression> result = new ArrayList<>();
    for (Quantity q : QUANTITIES) {
      BitSet h = hiddenRows(q);
      for (int c = h.nextSetBit(0); c >= 0; c = h.nextSetBit(c + 1)) {
        if (!Candidates.isHeadline(key(c))
            || reason(c, q) == Suppression.Reason.PRIMARY
            || smallItself(c, q)
            || known.get(q).get(c)) {
          continue;
        }
        Origin direct = origin(q, c);
        Origin first = direct;
        Origin at = direct;
        for (int step = 0; step < 64 && at != null && at.year() != null; step++) {
          first = at;
          if (at.year().reason(at.cell(), at.quantity()) == Suppression.Reason.PRIMARY) {
            break;
          }
          at = at.year().origin(at.quantity(), at.cell());
        }
        result.add(
            new HeadlineSuppression(
                key(c),
                q,
                direct == null || direct.year() == null ? null : direct.year().key(direct.cell()),
                direct == null ? null : direct.quantity(),
                first == null || first.year() == null ? null : first.year().key(first.cell()),
                first == null ? null : first.quantity()));
      }
    }
    return result;
  }

  /** Why a value is hidden: what it protects, or the row of another hidden quantity it shares. */
  private Origin origin(Quantity q, int c) {
    Origin o = origins.get(key(q, c));
    if (o != null) {
      return o;
    }
    for (int i : showing(q, c)) {
      IndicatorRow row = rows[c][i];
      if (!suppressed[c][i]) {
        continue;
      }
      if (primary[c][i]) {
        return new Origin(this, Shown.by(row.indicator()).base(), c);
      }
      for (Quantity other : Shown.readableFrom(row)) {
        if (other != q && chosen.get(other).get(c)) {
          return new Origin(this, other, c);
        }
      }
    }
    return null;
  }

  private static long key(Quantity q, int cell) {
    return ((long) cell << 5) | q.ordinal();
  }

  /**
   * Whether the quantity is itself a small base of the cell (some primary row has it as its base),
   * so that it is hidden for its own sake, even where another row shows it over a larger base.
   */
  private boolean smallItself(int c, Quantity q) {
    for (IndicatorRow row : rows[c]) {
      if (row != null
          && primary[c][row.indicator().ordinal()]
          && Shown.by(row.indicator()).base() == q) {
        return true;
      }
    }
    return false;
  }

  /** Primary where every row that shows the quantity is hidden for its own small base. */
  Suppression.Reason reason(int c, Quantity q) {
    for (int i : showing(q, c)) {
      if (!primary[c][i]) {
        return Suppression.Reason.SECONDARY;
      }
    }
    return Suppression.Reason.PRIMARY;
  }

  /** A value whose base is 0 is never suppressed. */
  private static boolean isSuppressible(IndicatorRow row) {
    return row.base() != null && row.base() > 0;
  }
}
