package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        Term fix = cheapest(identity.terms(), pinned);
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
    Term lone = null;
    int hidden = 0;
    boolean lowest = true;
    boolean highest = true;
    for (int i = 0; i < identity.terms().size(); i++) {
      Term t = identity.terms().get(i);
      if (!t.year().isHidden(t.quantity(), t.cell())) {
        continue;
      }
      hidden++;
      lone = t;
      double value = t.year().value(t.quantity(), t.cell());
      boolean atLower = value <= t.year().lower(t.quantity(), t.cell());
      boolean atUpper = value >= t.year().upper(t.quantity(), t.cell());
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

  /** The most expendable published term that can be hidden, other than the pinned one. */
  private static Term cheapest(List<Term> terms, Term pinned) {
    Term best = null;
    long[] bestCost = null;
    for (Term t : terms) {
      if (t.equals(pinned) || !t.year().canHide(t.quantity(), t.cell())) {
        continue;
      }
      long[] cost = t.year().cost(t.quantity(), t.cell());
      if (best == null || Arrays.compare(cost, bestCost) < 0) {
        best = t;
        bestCost = cost;
      }
    }
    return best;
  }

  /**
   * Hidden terms the identities and the years' additive relations of the three quantities pin only
   * together: exact elimination per connected part of the hidden terms that an identity touches.
   */
  private List<Fix> pinnedTogether(List<Identity> identities) {
    List<List<Term>> rowsTerms = new ArrayList<>();
    List<long[]> rowsSigns = new ArrayList<>();
    int identityRows = identities.size();
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
    Map<Term, Integer> ids = columns(rowsTerms);
    if (ids.isEmpty()) {
      return List.of();
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
    List<Fix> fixes = new ArrayList<>();
    Map<Term, Boolean> chosen = new HashMap<>();
    // The parts are independent: eliminated side by side (at 1M cases two parts of about 130,000
    // and 90,000 rows), their findings then taken in the parts' order, as before.
    List<List<Integer>> parts = new ArrayList<>(rowsOf.values());
    List<List<ModularEchelon.Determined>> found =
        parts.parallelStream()
            .map(
                rows -> {
                  ModularEchelon system = new ModularEchelon();
                  for (int r : rows) {
                    system.add(rowsColumns.get(r), rowsCoefficients.get(r));
                  }
                  return system.determined();
                })
            .toList();
    for (int p = 0; p < parts.size(); p++) {
      List<Integer> rows = parts.get(p);
      for (ModularEchelon.Determined d : found.get(p)) {
        Term pinned = byId[d.column()];
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
        Term fix = cheapest(candidates, pinned);
        if (fix == null) {
          fix = cheapest(allTermsOf(rows, rowsTerms), pinned);
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
}
