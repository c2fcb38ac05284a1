package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Quantity;

/**
 * The stock-flow identity in the pattern search (contract v3): open cases at the end of a period =
 * open at the end of the period before + cases received in it - cases decided in it, for every cell
 * at every granularity, across year ends. It ties {@code open}, {@code received} and {@code
 * decided} of all years into one problem: this step finds the hidden values of those three that the
 * identity gives away, alone (one hidden term, or hidden terms on their bounds) or together with
 * the additive relations of each year (exact elimination), and names the published value to hide
 * for each, the most expendable first. The years' own searches then protect what was hidden here.
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("ArrayRecordComponent")
final class StockFlowSearch {
  private static final Quantity[] TIED = {Quantity.OPEN, Quantity.RECEIVED, Quantity.DECIDED};

  private final List<YearPattern> years;
  private final PublishedMonths months;
  private final Map<String, YearPattern> byYear = new HashMap<>();

  /** Every cell's identity, made at the first round. */
  private List<Identity> all;

  /** Every identity by the terms it holds, made at need. */
  private Map<Term, List<Identity>> touchingAll;

  /** Per twins array of a year's lattice (by identity), the cells of each group by its root. */
  private final IdentityHashMap<int[], Map<Integer, List<Integer>>> twinGroups =
      new IdentityHashMap<>();

  /** One value to hide, and the hidden value it protects. */
  record Fix(
      YearPattern year,
      Quantity quantity,
      int cell,
      YearPattern protectedYear,
      YearPattern.Origin protects) {}

  /** A value of one of the three quantities in one year's cell. */
  private record Term(YearPattern year, Quantity quantity, int cell) {}

  /** open(t) - open(t - 1) - received(t) + decided(t) = 0 over existing cells. */
  private record Identity(List<Term> terms, long[] signs) {}

  StockFlowSearch(List<YearPattern> years, PublishedMonths months) {
    this.years = years;
    this.months = months;
    for (YearPattern year : years) {
      byYear.put(year.year(), year);
    }
  }

  /**
   * The values to hide next, for the years' hidden values as they stand now; empty when the
   * identity gives nothing away. Called again after each round of the years' searches.
   */
  List<Fix> fixes() {
    List<Identity> identities = identities();
    List<Fix> fixes = new ArrayList<>();
    Map<Term, Boolean> chosen = new HashMap<>();
    for (Identity identity : identities) {
      Term pinned = pinnedAlone(identity);
      if (pinned != null) {
        Term fix = cheapest(identity.terms(), pinned, StockFlowSearch::notKnown);
        if (fix == null) {
          throw unprotectable(pinned);
        }
        if (chosen.putIfAbsent(fix, true) == null) {
          fixes.add(fix(fix, pinned));
        }
      }
    }
    if (!fixes.isEmpty()) {
      return fixes;
    }
    return pinnedTogether(identities);
  }

  /**
   * Rule 4's last step for cases received, decided and open (the other quantities' is {@link
   * YearPattern#releaseHeadline}): each headline value of the three hidden for another's sake, by
   * base (largest first), is published again where every value stays safe without it. Its year's
   * searches prove its own problems safe (as for the other quantities); the identities that hold a
   * value it publishes, or one whose bounds it changes, must give no hidden term away alone; and no
   * hidden term of the three may become determined by the identities and the additive relations of
   * all years together. That last test reads random vectors of the null space of the hidden terms'
   * system (see {@link Kernel}) instead of eliminating it again for every value. Returns how many
   * values it published again.
   */
  int releaseHeadline() {
    List<long[]> tried = new ArrayList<>();
    for (int y = 0; y < years.size(); y++) {
      for (long[] t : years.get(y).tiedHeadlineCandidates()) {
        tried.add(new long[] {t[0], y, t[1], t[2]});
      }
    }
    if (tried.isEmpty()) {
      return 0;
    }
    tried.sort(Arrays::compare);
    Kernel kernel = new Kernel(identities());
    List<Map<Quantity, PatternSearch>> searches = new ArrayList<>();
    for (int y = 0; y < years.size(); y++) {
      searches.add(new EnumMap<>(Quantity.class));
    }
    int[] released = new int[years.size()];
    BitSet committed = new BitSet();
    Quantity[] quantities = Quantity.values();
    for (long[] t : tried) {
      // The values tried together, by year (in the years' order): the value, and the values of
      // the three an identity would otherwise give away, in any year.
      Map<Integer, Map<Quantity, BitSet>> seeds = new TreeMap<>();
      seeds
          .computeIfAbsent((int) t[1], k -> new EnumMap<>(Quantity.class))
          .computeIfAbsent(quantities[(int) t[2]], k -> new BitSet())
          .set((int) t[3]);
      Map<YearPattern, Map<Quantity, BitSet>> sets = null;
      for (int grown = 0; grown <= GROWTH; grown++) {
        sets = releaseSets(seeds);
        if (sets == null) {
          break;
        }
        Term pinned = pinnedBy(sets, touchingAll());
        if (pinned == null) {
          break;
        }
        if (grown == GROWTH || !pinned.year().mayReleaseTied(pinned.quantity(), pinned.cell())) {
          sets = null;
          break;
        }
        seeds
            .computeIfAbsent(years.indexOf(pinned.year()), k -> new EnumMap<>(Quantity.class))
            .computeIfAbsent(pinned.quantity(), k -> new BitSet())
            .set(pinned.cell());
      }
      if (sets == null) {
        continue;
      }
      List<Term> terms = new ArrayList<>();
      sets.forEach(
          (year, set) -> {
            for (Quantity x : TIED) {
              BitSet cells = set.get(x);
              for (int m = cells == null ? -1 : cells.nextSetBit(0);
                  m >= 0;
                  m = cells.nextSetBit(m + 1)) {
                terms.add(new Term(year, x, m));
              }
            }
          });
      Kernel.Trial trial = kernel.without(terms);
      if (trial == null || !releaseAll(sets, searches)) {
        continue;
      }
      kernel.accept(trial);
      for (Map.Entry<YearPattern, Map<Quantity, BitSet>> e : sets.entrySet()) {
        int y = years.indexOf(e.getKey());
        released[y] += e.getKey().commitRelease(e.getValue());
        committed.set(y);
      }
    }
    int total = 0;
    for (int y = 0; y < years.size(); y++) {
      years.get(y).finishRelease(committed.get(y), searches.get(y));
      total += released[y];
    }
    return total;
  }

  /**
   * Per year, what a reader reads once these values are published again ({@link
   * YearPattern#tiedReleaseSet}), in the years' order; null where one of them cannot be.
   */
  private Map<YearPattern, Map<Quantity, BitSet>> releaseSets(
      Map<Integer, Map<Quantity, BitSet>> seeds) {
    Map<YearPattern, Map<Quantity, BitSet>> sets = new LinkedHashMap<>();
    for (Map.Entry<Integer, Map<Quantity, BitSet>> e : seeds.entrySet()) {
      YearPattern year = years.get(e.getKey());
      Map<Quantity, BitSet> set = year.tiedReleaseSet(e.getValue());
      if (set == null) {
        return null;
      }
      sets.put(year, set);
    }
    return sets;
  }

  /** Publishes every year's set in its searches, or none where one is unsafe. */
  private boolean releaseAll(
      Map<YearPattern, Map<Quantity, BitSet>> sets, List<Map<Quantity, PatternSearch>> searches) {
    List<YearPattern> done = new ArrayList<>();
    for (Map.Entry<YearPattern, Map<Quantity, BitSet>> e : sets.entrySet()) {
      YearPattern year = e.getKey();
      Map<Quantity, PatternSearch> mine = searches.get(years.indexOf(year));
      if (!year.releaseAll(e.getValue(), mine, true)) {
        for (YearPattern d : done) {
          d.hideAgain(sets.get(d), searches.get(years.indexOf(d)));
        }
        return false;
      }
      done.add(year);
    }
    return true;
  }

  /**
   * A hidden term that an identity holding a value of the three at a cell of the set gives away by
   * itself once the set is published (published terms are constants; the set's values may bound
   * others), or null where none does.
   */
  private static Term pinnedBy(
      Map<YearPattern, Map<Quantity, BitSet>> sets, Map<Term, List<Identity>> touching) {
    for (Map.Entry<YearPattern, Map<Quantity, BitSet>> e : sets.entrySet()) {
      BitSet cells = new BitSet();
      e.getValue().values().forEach(cells::or);
      for (int m = cells.nextSetBit(0); m >= 0; m = cells.nextSetBit(m + 1)) {
        for (Quantity x : TIED) {
          for (Identity identity : touching.getOrDefault(new Term(e.getKey(), x, m), List.of())) {
            Term pinned = pinnedAlone(identity, sets);
            if (pinned != null) {
              return pinned;
            }
          }
        }
      }
    }
    return null;
  }

  private static IllegalStateException unprotectable(Term pinned) {
    return new IllegalStateException(
        "No published value can protect "
            + pinned.quantity().label()
            + " of "
            + CellNames.of(pinned.year().key(pinned.cell()))
            + " from the stock-flow identity");
  }

  private Fix fix(Term fix, Term pinned) {
    return new Fix(
        fix.year(),
        fix.quantity(),
        fix.cell(),
        pinned.year(),
        new YearPattern.Origin(pinned.year(), pinned.quantity(), pinned.cell()));
  }

  /** Every identity with at least one hidden term. */
  private List<Identity> identities() {
    if (all == null) {
      all = allIdentities();
    }
    List<Identity> identities = new ArrayList<>();
    for (Identity identity : all) {
      for (Term t : identity.terms()) {
        if (t.year().isHidden(t.quantity(), t.cell())) {
          identities.add(identity);
          break;
        }
      }
    }
    return identities;
  }

  /** The identity of every cell of every year: the same in every round, so made once. */
  private List<Identity> allIdentities() {
    List<Identity> identities = new ArrayList<>();
    for (YearPattern year : years) {
      List<CellKey> cells = year.lattice().cells();
      for (int c = 0; c < cells.size(); c++) {
        Term before = before(cells.get(c));
        List<Term> terms =
            before == null
                ? List.of(
                    new Term(year, Quantity.OPEN, c),
                    new Term(year, Quantity.RECEIVED, c),
                    new Term(year, Quantity.DECIDED, c))
                : List.of(
                    new Term(year, Quantity.OPEN, c),
                    new Term(year, Quantity.RECEIVED, c),
                    new Term(year, Quantity.DECIDED, c),
                    before);
        identities.add(
            new Identity(
                terms, before == null ? new long[] {1, -1, 1} : new long[] {1, -1, 1, -1}));
      }
    }
    return identities;
  }

  /** Open cases of the same cell at the end of the period before, or null where that is 0. */
  private Term before(CellKey key) {
    Granularity g = key.granularity();
    String previous = g.previous(key.period());
    if (g.lastMonth(previous).isBefore(months.first())) {
      return null; // nothing was open before the first published month
    }
    YearPattern year = byYear.get(previous.substring(0, 4));
    if (year == null) {
      return null;
    }
    int cell = year.indexOf(key.inPeriod(previous));
    return cell < 0 ? null : new Term(year, Quantity.OPEN, cell);
  }

  /** The hidden term an identity gives away by itself, or null. */
  private static Term pinnedAlone(Identity identity) {
    return pinnedAlone(identity, Map.of());
  }

  /**
   * The hidden term an identity gives away by itself once these values of each year are published
   * (none: as things stand), or null.
   */
  private static Term pinnedAlone(
      Identity identity, Map<YearPattern, Map<Quantity, BitSet>> published) {
    Term lone = null;
    int hidden = 0;
    boolean lowest = true;
    boolean highest = true;
    for (int i = 0; i < identity.terms().size(); i++) {
      Term t = identity.terms().get(i);
      Map<Quantity, BitSet> set = published.get(t.year());
      if (!t.year().hiddenAfter(set, t.quantity(), t.cell())) {
        continue;
      }
      hidden++;
      lone = t;
      double value = t.year().value(t.quantity(), t.cell());
      boolean atLower = value <= t.year().lowerAfter(set, t.quantity(), t.cell());
      boolean atUpper = value >= t.year().upperAfter(set, t.quantity(), t.cell());
      // The hidden part of the sum is extreme when every term with sign + is at its lower bound
      // and every one with sign - at its upper (or the other way round).
      lowest &= identity.signs()[i] > 0 ? atLower : atUpper;
      highest &= identity.signs()[i] > 0 ? atUpper : atLower;
    }
    if (hidden == 1 || (hidden > 1 && (lowest || highest))) {
      return lone;
    }
    return null;
  }

  /** For {@link #cheapest} where no elimination tells which terms would be pinned once hidden. */
  private static boolean notKnown(Term term) {
    return false;
  }

  /**
   * The most expendable published term that can be hidden, other than the pinned one, that would
   * not be pinned itself once hidden (for a determining combination: its column, with its twins',
   * in the span of the hidden terms' columns, {@link Columns#pinnedOnceHidden}); where every one
   * would be, or nothing tells, the most expendable; null where none can be hidden. Hiding a term
   * the others would tell only moves the combination round it, and the next round must protect it
   * in turn (at 1M cases: four rounds of exact elimination without this test, two with it).
   */
  private static Term cheapest(List<Term> terms, Term pinned, Predicate<Term> pinnedOnceHidden) {
    List<Term> hideable = new ArrayList<>();
    List<long[]> costs = new ArrayList<>();
    for (Term t : terms) {
      if (!t.equals(pinned) && t.year().canHide(t.quantity(), t.cell())) {
        hideable.add(t);
        costs.add(t.year().cost(t.quantity(), t.cell()));
      }
    }
    Integer[] order = new Integer[hideable.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Stable: among equal costs the first term of the combination, as cheapest takes it.
    Arrays.sort(order, (a, b) -> Arrays.compare(costs.get(a), costs.get(b)));
    for (int i : order) {
      if (!pinnedOnceHidden.test(hideable.get(i))) {
        return hideable.get(i);
      }
    }
    return order.length == 0 ? null : hideable.get(order[0]);
  }

  /**
   * Hidden terms the identities and the years' additive relations of the three quantities pin only
   * together: exact elimination per connected part of the hidden terms that an identity touches.
   */
  private List<Fix> pinnedTogether(List<Identity> identities) {
    Tied tied = eliminate(identities);
    if (tied == null) {
      return List.of();
    }
    List<Fix> fixes = new ArrayList<>();
    Map<Term, Boolean> chosen = new HashMap<>();
    List<List<Term>> rowsTerms = tied.rowsTerms();
    List<long[]> rowsSigns = tied.rowsSigns();
    for (int p = 0; p < tied.parts().size(); p++) {
      List<Integer> rows = tied.parts().get(p);
      for (ModularEchelon.Determined d : tied.found().get(p)) {
        Term pinned = tied.byId()[d.column()];
        Map<Term, Long> weights = new LinkedHashMap<>();
        for (int i = 0; i < d.rows().length; i++) {
          int r = rows.get(d.rows()[i]);
          List<Term> terms = rowsTerms.get(r);
          for (int k = 0; k < terms.size(); k++) {
            long sign = Math.floorMod(rowsSigns.get(r)[k], ModularEchelon.P);
            long w = ModularEchelon.reduce(d.weights()[i], sign);
            weights.merge(terms.get(k), w, (a, b) -> (a + b) % ModularEchelon.P);
          }
        }
        List<Term> candidates = new ArrayList<>();
        weights.forEach(
            (t, w) -> {
              if (w != 0) {
                candidates.add(t);
              }
            });
        Term fix = cheapest(candidates, pinned, tied.columns()::pinnedOnceHidden);
        if (fix == null) {
          fix = cheapest(allTermsOf(rows, rowsTerms), pinned, StockFlowSearch::notKnown);
        }
        if (fix == null) {
          throw unprotectable(pinned);
        }
        if (chosen.putIfAbsent(fix, true) == null) {
          fixes.add(fix(fix, pinned));
        }
      }
    }
    return fixes;
  }

  /**
   * Whether the identities and the additive relations of the three quantities would pin this
   * published value itself once it (with its twins) were hidden, as things stand: what the search
   * asks of a fix before it takes it ({@link Columns#pinnedOnceHidden}).
   */
  boolean pinnedOnceHidden(YearPattern year, Quantity quantity, int cell) {
    Tied tied = eliminate(identities());
    Term term = new Term(year, quantity, cell);
    return tied == null
        ? new Columns(List.of(), List.of(), List.of(), List.of()).pinnedOnceHidden(term)
        : tied.columns().pinnedOnceHidden(term);
  }

  /** The hidden terms' system, its eliminated parts and what they pin. */
  private record Tied(
      List<List<Term>> rowsTerms,
      List<long[]> rowsSigns,
      Term[] byId,
      List<List<Integer>> parts,
      List<List<ModularEchelon.Determined>> found,
      Columns columns) {}

  /**
   * The parts of the hidden terms' system that an identity touches, eliminated; null where no term
   * is hidden.
   */
  private Tied eliminate(List<Identity> identities) {
    List<List<Term>> rowsTerms = new ArrayList<>();
    List<long[]> rowsSigns = new ArrayList<>();
    int identityRows = rows(identities, rowsTerms, rowsSigns);
    Map<Term, Integer> ids = columns(rowsTerms);
    if (ids.isEmpty()) {
      return null;
    }
    List<int[]> rowsColumns = new ArrayList<>();
    List<long[]> rowsCoefficients = new ArrayList<>();
    for (int r = 0; r < rowsTerms.size(); r++) {
      addRow(rowsTerms.get(r), rowsSigns.get(r), ids, rowsColumns, rowsCoefficients);
    }
    int[] part = components(ids.size(), rowsColumns);
    BitSet tied = new BitSet();
    for (int r = 0; r < identityRows; r++) {
      if (rowsColumns.get(r).length > 0) {
        tied.set(part[rowsColumns.get(r)[0]]);
      }
    }
    Map<Integer, List<Integer>> rowsOf = new TreeMap<>();
    for (int r = 0; r < rowsColumns.size(); r++) {
      if (rowsColumns.get(r).length > 0 && tied.get(part[rowsColumns.get(r)[0]])) {
        rowsOf.computeIfAbsent(part[rowsColumns.get(r)[0]], p -> new ArrayList<>()).add(r);
      }
    }
    Term[] byId = new Term[ids.size()];
    ids.forEach((t, id) -> byId[id] = t);
    // The parts are independent: eliminated side by side (at 1M cases two parts of about 130,000
    // and 90,000 rows), their findings then taken in the parts' order, as before.
    List<List<Integer>> parts = new ArrayList<>(rowsOf.values());
    List<ModularEchelon> systems =
        parts.parallelStream()
            .map(
                rows -> {
                  // The rows that reduce to nothing are kept: they tell which fixes would be
                  // pinned themselves once hidden.
                  ModularEchelon system = new ModularEchelon(true);
                  for (int r : rows) {
                    system.add(rowsColumns.get(r), rowsCoefficients.get(r));
                  }
                  return system;
                })
            .toList();
    List<List<ModularEchelon.Determined>> found =
        systems.parallelStream().map(ModularEchelon::determined).toList();
    return new Tied(
        rowsTerms,
        rowsSigns,
        byId,
        parts,
        found,
        new Columns(rowsTerms, rowsSigns, parts, systems));
  }

  /**
   * The rows of the hidden terms' system: every identity given, then each year's generating
   * additive relations of the three quantities that hold a hidden term. Returns how many identities
   * lead the rows.
   */
  private int rows(List<Identity> identities, List<List<Term>> rowsTerms, List<long[]> rowsSigns) {
    for (Identity identity : identities) {
      rowsTerms.add(identity.terms());
      rowsSigns.add(identity.signs());
    }
    for (YearPattern year : years) {
      for (Quantity q : TIED) {
        for (Relation relation : year.lattice().relations(q)) {
          if (!relation.generating() || !relation.holdsFor(q)) {
            continue;
          }
          List<Term> terms = new ArrayList<>(relation.children().length + 1);
          long[] signs = new long[relation.children().length + 1];
          terms.add(new Term(year, q, relation.parent()));
          signs[0] = 1;
          int k = 1;
          boolean anyHidden = year.isHidden(q, relation.parent());
          for (int child : relation.children()) {
            terms.add(new Term(year, q, child));
            signs[k++] = -1;
            anyHidden |= year.isHidden(q, child);
          }
          if (anyHidden) {
            rowsTerms.add(terms);
            rowsSigns.add(signs);
          }
        }
      }
    }
    return identities.size();
  }

  /**
   * Column numbers of the hidden terms: finest tables and shortest periods first, so that the
   * elimination pivots on small relations and fills in little.
   */
  private static Map<Term, Integer> columns(List<List<Term>> rows) {
    List<Term> hidden = new ArrayList<>();
    Map<Term, Boolean> seen = new HashMap<>();
    for (List<Term> row : rows) {
      for (Term t : row) {
        if (t.year().isHidden(t.quantity(), t.cell()) && seen.putIfAbsent(t, true) == null) {
          hidden.add(t);
        }
      }
    }
    hidden.sort(
        java.util.Comparator.comparingInt(
                (Term t) -> -t.year().key(t.cell()).breakdown().filledDimensions().size())
            .thenComparing(t -> t.year().key(t.cell()).granularity())
            .thenComparing(t -> t.year().year())
            .thenComparing(Term::quantity)
            .thenComparingInt(Term::cell));
    Map<Term, Integer> ids = new HashMap<>();
    for (Term t : hidden) {
      ids.put(t, ids.size());
    }
    return ids;
  }

  private static List<Term> allTermsOf(List<Integer> rows, List<List<Term>> rowsTerms) {
    List<Term> all = new ArrayList<>();
    for (int r : rows) {
      all.addAll(rowsTerms.get(r));
    }
    return all;
  }

  /** A row over the hidden terms: published terms are constants and drop out. */
  private static void addRow(
      List<Term> terms,
      long[] signs,
      Map<Term, Integer> ids,
      List<int[]> rowsColumns,
      List<long[]> rowsCoefficients) {
    Map<Integer, Long> row = new TreeMap<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (t.year().isHidden(t.quantity(), t.cell())) {
        row.merge(ids.get(t), signs[i], Long::sum);
      }
    }
    row.values().removeIf(v -> v == 0);
    int[] columns = new int[row.size()];
    long[] coefficients = new long[row.size()];
    int k = 0;
    for (Map.Entry<Integer, Long> e : row.entrySet()) {
      columns[k] = e.getKey();
      coefficients[k++] = e.getValue();
    }
    rowsColumns.add(columns);
    rowsCoefficients.add(coefficients);
  }

  private static int[] components(int size, List<int[]> rows) {
    UnionFind parts = new UnionFind(size);
    for (int[] row : rows) {
      for (int k = 1; k < row.length; k++) {
        parts.union(row[0], row[k]);
      }
    }
    return parts.roots();
  }

  /**
   * What one exact elimination says of the published terms that could be hidden to break a
   * determining combination: whether the hidden terms' relations would pin such a term itself once
   * it (and its twins, always the same number) were hidden. That is so exactly when its column lies
   * outside the span of the hidden terms' columns, which a random combination of rows that is 0 on
   * every hidden term tells (it meets the column but for a chance of 1 in 2^61; {@link
   * ModularEchelon#leftNullVectors}), or when a row that holds no hidden term holds it. Every part
   * of the system is eliminated (a hidden term is always in its own cell's identity); a term in a
   * row of a part that was not would be taken as pinned, nothing saying otherwise.
   */
  private final class Columns {
    private final List<List<Term>> rowsTerms;
    private final List<long[]> rowsSigns;
    private final List<ModularEchelon> systems;
    private final long[][] nullVector;
    private final int[] rowPart;
    private final int[] rowPosition;

    /** Per published term of the system's rows, its rows and its place in each, made at need. */
    private Map<Term, List<int[]>> rowsOf;

    Columns(
        List<List<Term>> rowsTerms,
        List<long[]> rowsSigns,
        List<List<Integer>> parts,
        List<ModularEchelon> systems) {
      this.rowsTerms = rowsTerms;
      this.rowsSigns = rowsSigns;
      this.systems = systems;
      this.nullVector = new long[systems.size()][];
      this.rowPart = new int[rowsTerms.size()];
      this.rowPosition = new int[rowsTerms.size()];
      Arrays.fill(rowPart, -1);
      for (int p = 0; p < parts.size(); p++) {
        List<Integer> rows = parts.get(p);
        for (int i = 0; i < rows.size(); i++) {
          rowPart[rows.get(i)] = p;
          rowPosition[rows.get(i)] = i;
        }
      }
    }

    boolean pinnedOnceHidden(Term term) {
      List<Term> group = twinsOf(term);
      // The group's net coefficient in each row of the system that holds it.
      Map<Integer, Long> inRow = new TreeMap<>();
      for (Term member : group) {
        for (int[] at : rowsOf().getOrDefault(member, List.of())) {
          inRow.merge(at[0], rowsSigns.get(at[0])[at[1]], Long::sum);
        }
      }
      Map<Integer, Long> met = new TreeMap<>();
      for (Map.Entry<Integer, Long> e : inRow.entrySet()) {
        if (e.getValue() == 0) {
          continue;
        }
        int p = rowPart[e.getKey()];
        if (p < 0) {
          return true;
        }
        long w = nullVector(p)[rowPosition[e.getKey()]];
        long c = Math.floorMod(e.getValue(), ModularEchelon.P);
        met.merge(p, ModularEchelon.reduce(w, c), (a, b) -> (a + b) % ModularEchelon.P);
      }
      for (long m : met.values()) {
        if (m != 0) {
          return true;
        }
      }
      return heldAloneOutside(group);
    }

    /**
     * Whether a row without a hidden term holds the group: hidden, it would be its only unknown.
     */
    private boolean heldAloneOutside(List<Term> group) {
      for (Term member : group) {
        for (Identity identity : touchingAll().getOrDefault(member, List.of())) {
          long net = 0;
          boolean anyHidden = false;
          for (int i = 0; i < identity.terms().size(); i++) {
            Term t = identity.terms().get(i);
            anyHidden |= t.year().isHidden(t.quantity(), t.cell());
            net += group.contains(t) ? identity.signs()[i] : 0;
          }
          if (!anyHidden && net != 0) {
            return true;
          }
        }
        YearPattern year = member.year();
        Quantity q = member.quantity();
        List<Relation> relations = year.lattice().relations(q);
        for (int r : year.lattice().relationsOf(q, member.cell())) {
          Relation relation = relations.get(r);
          if (!relation.generating() || !relation.holdsFor(q)) {
            continue;
          }
          boolean anyHidden = year.isHidden(q, relation.parent());
          long net = group.contains(new Term(year, q, relation.parent())) ? 1 : 0;
          for (int child : relation.children()) {
            anyHidden |= year.isHidden(q, child);
            net -= group.contains(new Term(year, q, child)) ? 1 : 0;
          }
          if (!anyHidden && net != 0) {
            return true;
          }
        }
      }
      return false;
    }

    private long[] nullVector(int part) {
      if (nullVector[part] == null) {
        nullVector[part] = systems.get(part).leftNullVectors(1)[0];
      }
      return nullVector[part];
    }

    private Map<Term, List<int[]>> rowsOf() {
      if (rowsOf == null) {
        rowsOf = new HashMap<>();
        for (int r = 0; r < rowsTerms.size(); r++) {
          List<Term> terms = rowsTerms.get(r);
          for (int k = 0; k < terms.size(); k++) {
            Term t = terms.get(k);
            if (!t.year().isHidden(t.quantity(), t.cell())) {
              rowsOf.computeIfAbsent(t, x -> new ArrayList<>(2)).add(new int[] {r, k});
            }
          }
        }
      }
      return rowsOf;
    }
  }

  /** The term and every cell of its year that is always the same number as it. */
  private List<Term> twinsOf(Term term) {
    int[] twins = term.year().lattice().twins(term.quantity());
    List<Term> group = new ArrayList<>(2);
    int root = twins[term.cell()];
    for (int c : twinGroups.computeIfAbsent(twins, StockFlowSearch::groups).get(root)) {
      group.add(new Term(term.year(), term.quantity(), c));
    }
    return group;
  }

  private static Map<Integer, List<Integer>> groups(int[] twins) {
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int c = 0; c < twins.length; c++) {
      groups.computeIfAbsent(twins[c], k -> new ArrayList<>(1)).add(c);
    }
    return groups;
  }

  /** Every identity that holds the term, whether or not a term of it is hidden. */
  private Map<Term, List<Identity>> touchingAll() {
    if (touchingAll == null) {
      touchingAll = new HashMap<>();
      for (Identity identity : all) {
        for (Term t : identity.terms()) {
          touchingAll.computeIfAbsent(t, k -> new ArrayList<>(2)).add(identity);
        }
      }
    }
    return touchingAll;
  }

  /**
   * How many more values a release may take along that an identity would otherwise give away, in
   * any year (an organisation's received, decided and open of a quarter are often hidden together,
   * and a year's first period holds the open cases of the year before).
   */
  private static final int GROWTH = 8;

  /** How many random null-space vectors a part draws at a time. */
  private static final int VECTORS = 32;

  private static final long KERNEL_SEED = 0x7135_2026L;

  /**
   * Random vectors of the null space of the hidden terms' system (the changes to the hidden values
   * that leave every identity and additive relation true), per connected part, drawn from a fixed
   * seed. A hidden term y becomes determined once the terms S are published exactly when, on the
   * null space, y's coordinate is a combination of S's: on enough random vectors (more than |S| +
   * 1) that shows as y's values lying in the span of S's, but for a chance of about 1 in 2^61. The
   * vectors combined to be 0 on S are random vectors of the smaller null space that remains, so a
   * value published again costs a pass over its part's vectors, not an elimination. Where fewer
   * than |S| + 3 are left for a trial (or fewer than {@link #VECTORS} / 4 after a release), the
   * part's echelon, with the published terms as rows of their own, draws new ones.
   */
  private final class Kernel {
    private final Map<Term, Integer> ids;
    private final int[] partOf;
    private final int[] position;
    private final List<Part> parts = new ArrayList<>();

    Kernel(List<Identity> identities) {
      List<List<Term>> rowsTerms = new ArrayList<>();
      List<long[]> rowsSigns = new ArrayList<>();
      rows(identities, rowsTerms, rowsSigns);
      ids = columns(rowsTerms);
      List<int[]> rowsColumns = new ArrayList<>();
      List<long[]> rowsCoefficients = new ArrayList<>();
      for (int r = 0; r < rowsTerms.size(); r++) {
        addRow(rowsTerms.get(r), rowsSigns.get(r), ids, rowsColumns, rowsCoefficients);
      }
      int[] root = components(ids.size(), rowsColumns);
      Map<Integer, Integer> byRoot = new HashMap<>();
      partOf = new int[ids.size()];
      position = new int[ids.size()];
      List<List<Integer>> columnsOf = new ArrayList<>();
      for (int column = 0; column < ids.size(); column++) {
        Integer number = byRoot.get(root[column]);
        if (number == null) {
          number = parts.size();
          byRoot.put(root[column], number);
          parts.add(new Part());
          columnsOf.add(new ArrayList<>());
        }
        partOf[column] = number;
        position[column] = columnsOf.get(number).size();
        columnsOf.get(number).add(column);
      }
      for (int i = 0; i < parts.size(); i++) {
        parts.get(i).columns = columnsOf.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      for (int r = 0; r < rowsColumns.size(); r++) {
        int[] columns = rowsColumns.get(r);
        if (columns.length > 0) {
          Part p = parts.get(partOf[columns[0]]);
          p.rowsColumns.add(columns);
          p.rowsCoefficients.add(rowsCoefficients.get(r));
        }
      }
    }

    /** Publishing these hidden terms, tried: null where it would determine another. */
    Trial without(List<Term> terms) {
      Map<Integer, List<Integer>> byPart = new TreeMap<>();
      for (Term t : terms) {
        Integer column = ids.get(t);
        if (column != null) {
          byPart.computeIfAbsent(partOf[column], k -> new ArrayList<>()).add(position[column]);
        }
      }
      Map<Integer, Combination> after = new HashMap<>();
      for (Map.Entry<Integer, List<Integer>> e : byPart.entrySet()) {
        Part p = parts.get(e.getKey());
        long[][] vectors = p.vectorsFor(e.getValue().size());
        Combination left = Combination.zeroOn(vectors, e.getValue());
        BitSet skip = (BitSet) p.published.clone();
        e.getValue().forEach(skip::set);
        for (int y = skip.nextClearBit(0); y < p.columns.length; y = skip.nextClearBit(y + 1)) {
          if (left.isZeroAt(vectors, y) && !isZero(vectors, y)) {
            return null; // y would be determined
          }
        }
        after.put(e.getKey(), left);
      }
      return new Trial(byPart, after);
    }

    void accept(Trial trial) {
      trial.positions().forEach((part, positions) -> parts.get(part).publish(positions));
      trial
          .left()
          .forEach(
              (part, left) -> {
                Part p = parts.get(part);
                // Too few left to be worth combining: the next trial draws new ones instead.
                p.vectors = left.size() < VECTORS / 4 ? null : left.apply(p.vectors);
              });
    }

    /** The terms tried, by part and position, and the combinations of each part's vectors left. */
    record Trial(Map<Integer, List<Integer>> positions, Map<Integer, Combination> left) {}
  }

  /**
   * Combinations of a part's vectors that are 0 at some positions (Gaussian elimination on the
   * vectors' values there: one vector fewer per independent position), each as the vectors it adds
   * up and their weights. A vector's value at a position costs as many products as it adds vectors,
   * so trying a release reads every position once, not every vector.
   */
  private record Combination(int[][] vectors, long[][] weights) {
    static Combination zeroOn(long[][] vectors, List<Integer> positions) {
      int n = vectors.length;
      long[][] at = new long[n][positions.size()];
      List<Map<Integer, Long>> made = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < positions.size(); t++) {
          at[i][t] = vectors[i][positions.get(t)];
        }
        Map<Integer, Long> self = new TreeMap<>();
        self.put(i, 1L);
        made.add(self);
      }
      BitSet used = new BitSet();
      for (int t = 0; t < positions.size(); t++) {
        int pivot = -1;
        for (int i = used.nextClearBit(0); i < n; i = used.nextClearBit(i + 1)) {
          if (at[i][t] != 0) {
            pivot = i;
            break;
          }
        }
        if (pivot < 0) {
          continue; // 0 there already on every vector left
        }
        used.set(pivot);
        long inverse = ModularEchelon.inverse(at[pivot][t]);
        for (int j = used.nextClearBit(0); j < n; j = used.nextClearBit(j + 1)) {
          if (at[j][t] == 0) {
            continue;
          }
          long factor = ModularEchelon.reduce(at[j][t], inverse);
          for (int u = 0; u < positions.size(); u++) {
            at[j][u] = minus(at[j][u], ModularEchelon.reduce(factor, at[pivot][u]));
          }
          for (Map.Entry<Integer, Long> m : made.get(pivot).entrySet()) {
            made.get(j)
                .merge(
                    m.getKey(),
                    ModularEchelon.P - ModularEchelon.reduce(factor, m.getValue()),
                    (x, y) -> (x + y) % ModularEchelon.P);
          }
        }
      }
      List<int[]> supports = new ArrayList<>();
      List<long[]> weights = new ArrayList<>();
      for (int j = used.nextClearBit(0); j < n; j = used.nextClearBit(j + 1)) {
        Map<Integer, Long> m = made.get(j);
        m.values().removeIf(w -> w == 0);
        supports.add(m.keySet().stream().mapToInt(Integer::intValue).toArray());
        weights.add(m.values().stream().mapToLong(Long::longValue).toArray());
      }
      return new Combination(supports.toArray(int[][]::new), weights.toArray(long[][]::new));
    }

    /** How many combinations there are. */
    int size() {
      return vectors.length;
    }

    /** Whether every combination is 0 at the position. */
    boolean isZeroAt(long[][] of, int position) {
      for (int j = 0; j < vectors.length; j++) {
        if (valueAt(of, j, position) != 0) {
          return false;
        }
      }
      return true;
    }

    private long valueAt(long[][] of, int j, int position) {
      long sum = 0;
      for (int t = 0; t < vectors[j].length; t++) {
        sum += ModularEchelon.reduce(weights[j][t], of[vectors[j][t]][position]);
        if (sum >= ModularEchelon.P) {
          sum -= ModularEchelon.P;
        }
      }
      return sum;
    }

    /** The combinations, as vectors. */
    long[][] apply(long[][] of) {
      long[][] result = new long[vectors.length][];
      for (int j = 0; j < vectors.length; j++) {
        long[] row = new long[of[0].length];
        for (int t = 0; t < vectors[j].length; t++) {
          long w = weights[j][t];
          long[] v = of[vectors[j][t]];
          for (int k = 0; k < row.length; k++) {
            long sum = row[k] + ModularEchelon.reduce(w, v[k]);
            row[k] = sum >= ModularEchelon.P ? sum - ModularEchelon.P : sum;
          }
        }
        result[j] = row;
      }
      return result;
    }

    private static long minus(long a, long b) {
      long d = a - b;
      return d < 0 ? d + ModularEchelon.P : d;
    }
  }

  /** One connected part of the hidden terms' system. */
  private static final class Part {
    final List<int[]> rowsColumns = new ArrayList<>();
    final List<long[]> rowsCoefficients = new ArrayList<>();
    int[] columns;
    final BitSet published = new BitSet();
    private final BitSet inEchelon = new BitSet();
    private ModularEchelon echelon;
    private long[][] vectors;
    private int draws;

    /** The part's vectors, drawn again where too few are left to try this many terms. */
    long[][] vectorsFor(int terms) {
      if (vectors == null || vectors.length < terms + 3) {
        if (echelon == null) {
          echelon = new ModularEchelon();
          for (int r = 0; r < rowsColumns.size(); r++) {
            echelon.add(rowsColumns.get(r), rowsCoefficients.get(r));
          }
        }
        for (int p = published.nextSetBit(0); p >= 0; p = published.nextSetBit(p + 1)) {
          if (!inEchelon.get(p)) {
            echelon.add(new int[] {columns[p]}, new long[] {1}); // published: a known constant
            inEchelon.set(p);
          }
        }
        vectors =
            echelon.nullVectors(
                columns, Math.max(VECTORS, terms + 3), KERNEL_SEED + (long) draws * 1_000_003L);
        draws++;
      }
      return vectors;
    }

    void publish(List<Integer> positions) {
      positions.forEach(published::set);
    }
  }

  private static boolean isZero(long[][] vectors, int position) {
    for (long[] v : vectors) {
      if (v[position] != 0) {
        return false;
      }
    }
    return true;
  }
}
