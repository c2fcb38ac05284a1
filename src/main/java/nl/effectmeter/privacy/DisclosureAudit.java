package nl.effectmeter.privacy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;

/**
 * The release gate of disclosure control (INDICATORS.md, rule 5): proves, from the published rows
 * alone, that no suppressed quantity can be worked out; written apart from {@link PatternSearch} so
 * that one mistake cannot hide in both.
 *
 * <p>It reads what a reader reads: the quantities shown by published rows, the ones hidden (shown
 * only by confidential rows; at least 1 where a hidden row has it as its base, else at least 0),
 * zeros for cells that do not exist. For every quantity and year it then builds every relation
 * between every breakdown and granularity pair and checks (1) each relation: one hidden value, or
 * hidden values that add up to exactly their lower bounds, are given away; (2) the relations
 * together: a hidden value whose unit vector lies in the span of the relations is determined,
 * tested by exact elimination modulo the prime 2^61 - 1.
 */
public final class DisclosureAudit {
  private static final long PRIME = (1L << 61) - 1;

  private final PublishedMonths months;

  public DisclosureAudit(PublishedMonths months) {
    this.months = months;
  }

  /** A suppressed value the published numbers give away, and how. */
  public record Finding(CellKey cell, Quantity quantity, String how) {
    public String describe() {
      return quantity.label() + " of " + Audited.name(cell) + " " + how;
    }
  }

  /** Fails the run when anything is given away. */
  public void require(List<IndicatorRow> published) {
    List<Finding> findings = check(published);
    if (!findings.isEmpty()) {
      throw new DisclosureAuditException(findings);
    }
  }

  /** Everything the published rows give away; empty when the pattern is safe. */
  public List<Finding> check(List<IndicatorRow> published) {
    Map<String, Audited> years = new TreeMap<>();
    for (IndicatorRow row : published) {
      if (row.indicator().isGap()) {
        continue;
      }
      years.computeIfAbsent(row.cell().period().substring(0, 4), y -> new Audited()).read(row);
    }
    List<Finding> findings = new ArrayList<>();
    List<Audited> ordered = new ArrayList<>(years.values());
    List<List<Finding>> perYear =
        ordered.parallelStream()
            .map(
                year -> {
                  List<Finding> found = new ArrayList<>();
                  for (Quantity q : Quantity.values()) {
                    found.addAll(year.audit(q, months));
                  }
                  return found;
                })
            .toList();
    perYear.forEach(findings::addAll);
    return findings;
  }

  /** What a reader knows of one year's cells. */
  private static final class Audited {
    private final Map<CellKey, EnumMap<Quantity, Double>> shown = new LinkedHashMap<>();
    private final Map<CellKey, EnumMap<Quantity, Integer>> hidden = new LinkedHashMap<>();
    private final Map<List<Enum<?>>, Map<CellKey, List<CellKey>>> groupings = new HashMap<>();

    void read(IndicatorRow row) {
      CellKey cell = row.cell();
      shown.computeIfAbsent(cell, c -> new EnumMap<>(Quantity.class));
      Shown parts = Shown.by(row.indicator());
      if (row.status() == Status.CONFIDENTIAL) {
        EnumMap<Quantity, Integer> bounds =
            hidden.computeIfAbsent(cell, c -> new EnumMap<>(Quantity.class));
        for (Quantity q : parts.all()) {
          bounds.merge(q, q == parts.base() ? 1 : 0, Math::max);
        }
        return;
      }
      for (Quantity q : Shown.readableFrom(row)) {
        shown.get(cell).put(q, Shown.valueIn(row, q));
      }
      if (row.status() == Status.NO_DATA
          && row.base() != null
          && row.base() == 0
          && partsWithinBase(row.indicator())) {
        // Nothing to count: the parts are sums over the base's population, so 0 as well.
        for (Quantity q : parts.all()) {
          shown.get(cell).putIfAbsent(q, 0.0);
        }
      }
    }

    /**
     * Whether every part of the indicator counts within its base's population, so that a base of 0
     * makes them 0: not so for complaints per 1000 decisions (complaints are no decisions) and the
     * cost per achieved outcome (its cost counts every case with a cost).
     */
    private static boolean partsWithinBase(Indicator indicator) {
      return indicator != Indicator.COMPLAINTS_PER_1000_DECISIONS
          && indicator != Indicator.COST_PER_ACHIEVED_OUTCOME;
    }

    /** Known value, or null where the reader does not know it. */
    Double known(CellKey cell, Quantity q) {
      EnumMap<Quantity, Double> values = shown.get(cell);
      if (values == null) {
        return 0.0; // a cell that does not exist holds zeros
      }
      return values.get(q);
    }

    boolean isHidden(CellKey cell, Quantity q) {
      EnumMap<Quantity, Integer> bounds = hidden.get(cell);
      return bounds != null && bounds.containsKey(q) && known(cell, q) == null;
    }

    int lowerBound(CellKey cell, Quantity q) {
      EnumMap<Quantity, Integer> bounds = hidden.get(cell);
      return bounds == null ? 0 : bounds.getOrDefault(q, 0);
    }

    List<Finding> audit(Quantity q, PublishedMonths months) {
      List<Finding> findings = new ArrayList<>();
      List<Link> links = links(q, months);
      // Unknowns numbered finest table and shortest period first: the elimination then pivots on
      // the small relations between fine cells and fills in little.
      List<CellKey> ordered = new ArrayList<>();
      for (CellKey cell : shown.keySet()) {
        if (known(cell, q) == null) {
          ordered.add(cell);
        }
      }
      ordered.sort(
          Comparator.comparingInt((CellKey c) -> -c.breakdown().filledDimensions().size())
              .thenComparing(CellKey::granularity));
      Map<CellKey, Integer> unknowns = new LinkedHashMap<>();
      for (CellKey cell : ordered) {
        unknowns.put(cell, unknowns.size());
      }
      if (unknowns.isEmpty()) {
        return findings;
      }
      Map<CellKey, String> found = new LinkedHashMap<>();
      for (Link link : links) {
        singleRelation(q, link, found);
      }
      // Exact elimination over the relations between each table and the tables one step finer
      // (which add up to every other relation); one solution of those that keeps every other
      // relation too shows each value it moves to be free, whatever the relations add up to. Only
      // where that shortcut does not settle a value is every relation eliminated.
      Echelon echelon = new Echelon();
      List<long[][]> others = new ArrayList<>();
      for (Link link : links) {
        if (link.generating()) {
          long[][] row = link.row(this, q, unknowns);
          if (link.oneStep()) {
            echelon.add(row);
          } else {
            others.add(row);
          }
        }
      }
      Echelon.Solution first = echelon.solution();
      Echelon.Solution solution = first;
      boolean complete = false;
      if (!others.stream().allMatch(row -> Echelon.keeps(row, first))) {
        others.forEach(echelon::add);
        solution = echelon.solution();
        complete = true;
      }
      for (Map.Entry<CellKey, Integer> unknown : unknowns.entrySet()) {
        CellKey cell = unknown.getKey();
        long column = unknown.getValue();
        if (!isHidden(cell, q) || found.containsKey(cell) || solution.moves(column)) {
          continue;
        }
        if (!echelon.spans(column) && !complete) {
          others.forEach(echelon::add);
          complete = true;
        }
        if (echelon.spans(column)) {
          found.put(cell, "is determined by solving the published relations together");
        }
      }
      found.forEach((cell, how) -> findings.add(new Finding(cell, q, how)));
      return findings;
    }

    /** One relation alone: a lone hidden value, or hidden values all on their lower bound. */
    private void singleRelation(Quantity q, Link link, Map<CellKey, String> found) {
      Double parent = known(link.parent(), q);
      List<CellKey> unknownChildren = new ArrayList<>();
      double rest = 0;
      int bounds = 0;
      for (CellKey child : link.children()) {
        Double value = known(child, q);
        if (value == null) {
          unknownChildren.add(child);
          bounds += lowerBound(child, q);
        } else {
          rest += value;
        }
      }
      if (parent == null) {
        if (unknownChildren.isEmpty() && isHidden(link.parent(), q)) {
          found.putIfAbsent(link.parent(), "equals the sum of its published parts " + link.name());
        }
        return;
      }
      double left = parent - rest;
      boolean atBounds = Math.abs(left - bounds) <= 1e-6 * Math.max(1, Math.abs(parent));
      if (unknownChildren.size() == 1 || atBounds) {
        for (CellKey child : unknownChildren) {
          if (isHidden(child, q)) {
            found.putIfAbsent(
                child,
                unknownChildren.size() == 1
                    ? "is its published total minus the other published parts " + link.name()
                    : "is pinned: the hidden parts "
                        + link.name()
                        + " add up to exactly their lower bounds");
          }
        }
      }
    }

    /** Every relation of the quantity in this year, built pair of tables by pair of tables. */
    private List<Link> links(Quantity q, PublishedMonths months) {
      Map<String, List<CellKey>> tables = new LinkedHashMap<>();
      for (CellKey cell : shown.keySet()) {
        tables
            .computeIfAbsent(
                cell.breakdown().label() + "|" + cell.granularity().label(), t -> new ArrayList<>())
            .add(cell);
      }
      List<Link> links = new ArrayList<>();
      for (Breakdown coarse : Breakdown.values()) {
        for (Granularity coarseTime : coarse.granularities()) {
          List<CellKey> parents = tables.get(coarse.label() + "|" + coarseTime.label());
          if (parents == null) {
            continue;
          }
          for (Breakdown fine : Breakdown.values()) {
            if (!fine.filledDimensions().containsAll(coarse.filledDimensions())) {
              continue;
            }
            for (Granularity fineTime : fine.granularities()) {
              if (fineTime.compareTo(coarseTime) > 0
                  || (fine == coarse && fineTime == coarseTime)) {
                continue;
              }
              List<CellKey> children = tables.get(fine.label() + "|" + fineTime.label());
              // The grouping is the same for every quantity of the year: made once.
              Map<CellKey, List<CellKey>> byParent =
                  groupings.computeIfAbsent(
                      List.of(coarse, coarseTime, fine, fineTime),
                      k -> {
                        Map<CellKey, List<CellKey>> groups = new HashMap<>();
                        for (CellKey child : children == null ? List.<CellKey>of() : children) {
                          groups
                              .computeIfAbsent(
                                  project(child, coarse, coarseTime), p -> new ArrayList<>())
                              .add(child);
                        }
                        return groups;
                      });
              boolean acrossTime = fineTime != coarseTime;
              boolean generating =
                  !acrossTime || (fine == coarse && fineTime.ordinal() + 1 == coarseTime.ordinal());
              for (CellKey parent : parents) {
                if (acrossTime
                    && !q.isAboutCases()
                    && !q.isStock()
                    && parent.granularity().firstMonth(parent.period()).isBefore(months.first())) {
                  continue; // complaints of an unpublished month count in the period only
                }
                List<CellKey> parts = byParent.getOrDefault(parent, List.of());
                if (acrossTime && q.isStock()) {
                  YearMonth end = lastPublished(parent, months);
                  parts =
                      parts.stream()
                          .filter(
                              p ->
                                  !fineTime.lastMonth(p.period()).isBefore(end)
                                      && !fineTime.firstMonth(p.period()).isAfter(end))
                          .toList();
                }
                links.add(
                    new Link(
                        parent,
                        parts,
                        fine,
                        fineTime,
                        generating,
                        acrossTime ? generating : oneDimensionFiner(coarse, fine)));
              }
            }
          }
        }
      }
      return links;
    }

    /** Whether no published breakdown lies strictly between the coarse one and the finer one. */
    private static boolean oneDimensionFiner(Breakdown coarse, Breakdown fine) {
      for (Breakdown middle : Breakdown.values()) {
        Set<Dimension> dimensions = middle.filledDimensions();
        if (middle != coarse
            && middle != fine
            && fine.filledDimensions().containsAll(dimensions)
            && dimensions.containsAll(coarse.filledDimensions())) {
          return false;
        }
      }
      return true;
    }

    private static YearMonth lastPublished(CellKey cell, PublishedMonths months) {
      YearMonth end = cell.granularity().lastMonth(cell.period());
      return end.isAfter(months.last()) ? months.last() : end;
    }

    /** The cell of a coarser table that holds the given one. */
    private static CellKey project(CellKey cell, Breakdown coarse, Granularity time) {
      String[] codes = new String[Dimension.values().length];
      for (Dimension d : Dimension.values()) {
        codes[d.ordinal()] = coarse.filledDimensions().contains(d) ? cell.code(d) : Dimension.TOTAL;
      }
      YearMonth start = cell.granularity().firstMonth(cell.period());
      return new CellKey(
          coarse,
          time,
          time.periodOf(start.atDay(1)),
          codes[0],
          codes[1],
          codes[2],
          codes[3],
          codes[4],
          codes[5],
          codes[6]);
    }

    static String name(CellKey cell) {
      List<String> codes = new ArrayList<>();
      for (Dimension d : cell.breakdown().dimensions()) {
        codes.add(d.column() + "=" + cell.code(d));
      }
      return cell.breakdown().label()
          + " "
          + cell.period()
          + (codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")");
    }
  }

  /** A relation: the parent cell is the sum of these parts of one finer table. */
  private record Link(
      CellKey parent,
      List<CellKey> children,
      Breakdown fine,
      Granularity fineTime,
      boolean generating,
      boolean oneStep) {

    String name() {
      return "("
          + Audited.name(parent)
          + " over its "
          + fine.label()
          + " "
          + fineTime.label()
          + " cells)";
    }

    /** The relation's coefficients on the unknowns: +1 for the parent, -1 for each part. */
    long[][] row(Audited year, Quantity q, Map<CellKey, Integer> unknowns) {
      Map<Integer, Long> coefficients = new TreeMap<>();
      Integer p = unknowns.get(parent);
      if (p != null) {
        coefficients.merge(p, 1L, Long::sum);
      }
      for (CellKey child : children) {
        Integer c = unknowns.get(child);
        if (c != null) {
          coefficients.merge(c, -1L, Long::sum);
        }
      }
      long[][] row = new long[2][coefficients.size()];
      int i = 0;
      for (Map.Entry<Integer, Long> e : coefficients.entrySet()) {
        row[0][i] = e.getKey();
        row[1][i++] = Math.floorMod(e.getValue(), PRIME);
      }
      return row;
    }
  }

  /**
   * Row echelon form modulo the prime; a column is determined when its unit vector reduces to 0.
   */
  private static final class Echelon {
    private final Map<Long, long[][]> pivots = new HashMap<>();

    void add(long[][] row) {
      long[][] reduced = reduce(row);
      if (reduced[0].length > 0) {
        long inverse = power(reduced[1][0], PRIME - 2);
        for (int i = 0; i < reduced[1].length; i++) {
          reduced[1][i] = multiply(reduced[1][i], inverse);
        }
        pivots.put(reduced[0][0], reduced);
      }
    }

    /**
     * One solution of the homogeneous relations added so far: the unknowns without a pivot (free)
     * at random, the others solved back from the echelon rows, last pivot first. Every unknown it
     * gives a value other than 0 is not determined: adding the solution to the true values keeps
     * every relation. A determined unknown is 0 in every solution; an undetermined one only by a
     * chance of 1 in 2^61, and {@link #spans} then decides it exactly. Unknowns that no row holds
     * are drawn when {@link #keeps} first meets them.
     */
    Solution solution() {
      List<Long> leads = new ArrayList<>(pivots.keySet());
      leads.sort(Comparator.reverseOrder());
      Solution solution = new Solution();
      for (long lead : leads) {
        long[][] row = pivots.get(lead);
        long sum = 0;
        for (int i = 1; i < row[0].length; i++) {
          sum = (sum + multiply(row[1][i], solution.of(row[0][i]))) % PRIME;
        }
        solution.values.put(lead, sum == 0 ? 0 : PRIME - sum); // the pivot row has a leading 1
      }
      return solution;
    }

    /** Values of the unknowns; one not given a value yet is free and drawn at random. */
    static final class Solution {
      private final Map<Long, Long> values = new HashMap<>();
      private final SplittableRandom random = new SplittableRandom(2026L);

      long of(long column) {
        return values.computeIfAbsent(column, c -> 1 + random.nextLong(PRIME - 1));
      }

      boolean moves(long column) {
        return of(column) != 0;
      }
    }

    /** Whether the solution keeps this relation: its coefficients times the values add up to 0. */
    static boolean keeps(long[][] row, Solution solution) {
      long sum = 0;
      for (int i = 0; i < row[0].length; i++) {
        sum = (sum + multiply(row[1][i], solution.of(row[0][i]))) % PRIME;
      }
      return sum == 0;
    }

    boolean spans(long column) {
      return reduce(new long[][] {{column}, {1}})[0].length == 0;
    }

    private long[][] reduce(long[][] row) {
      long[][] current = row;
      while (current[0].length > 0) {
        long[][] pivot = pivots.get(current[0][0]);
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
          value = Math.floorMod(value - multiply(b[1][j++], factor), PRIME);
        }
        if (value != 0) {
          cols[n] = column;
          vals[n++] = value;
        }
      }
      return new long[][] {Arrays.copyOf(cols, n), Arrays.copyOf(vals, n)};
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
}
