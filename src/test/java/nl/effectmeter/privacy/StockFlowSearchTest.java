package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Quantity;
import org.junit.jupiter.api.Test;

/**
 * {@link StockFlowSearch} asks of each published value it could hide to break a determining
 * combination whether the identities and additive relations of cases received, decided and open
 * would pin that value itself once hidden (then hiding it only moves the combination round it).
 * Checked against an independent route: the stock-flow identity written out again from the
 * contract's definition, every generating relation of the three quantities, and a dense column span
 * in doubles; a value (with its twins, always the same number) is pinned once hidden exactly when
 * its column lies outside the span of the hidden values' columns.
 */
class StockFlowSearchTest {
  private static final Quantity[] TIED = {Quantity.OPEN, Quantity.RECEIVED, Quantity.DECIDED};

  @Test
  void aValueIsPinnedOnceHiddenExactlyWhenItsColumnLiesOutsideTheHiddenValuesSpan() {
    int[] counts = new int[2];
    for (int seed = 1; seed <= 3; seed++) {
      // Eight organisation × regulation × municipality groups with small monthly counts, as of
      // April: many primary cells, so many hidden values of the three, tied across months.
      SplittableRandom random = new SplittableRandom(seed);
      TinyRun run = new TinyRun(YearMonth.of(2025, 4));
      for (int group = 0; group < 8; group++) {
        for (int m = 1; m <= 4; m++) {
          YearMonth requested = YearMonth.of(2025, m);
          YearMonth decided = requested.plusMonths(random.nextInt(3));
          run.cases(
              random.nextInt(9),
              "O" + group % 3,
              "R" + group % 2,
              "GM0" + group % 4,
              requested,
              decided.isAfter(run.last()) ? null : decided);
        }
      }
      compare(run, "seed " + seed, counts);
    }
    // Both answers occur (151 and 11 over the three seeds), enough to tell a rule that always
    // gives one of them.
    assertThat(counts[0]).as("pinned").isGreaterThan(100);
    assertThat(counts[1]).as("free").isGreaterThan(5);
  }

  @Test
  void whereNothingIsHiddenEveryValueWouldBeTheOnlyUnknownOfItsRelations() {
    // Two organisations with large monthly counts, as of March: every value is published, so no
    // row of the hidden values' system holds one; hidden, each would be read from its identity.
    TinyRun run = new TinyRun(YearMonth.of(2025, 3));
    for (int m = 1; m <= 3; m++) {
      YearMonth month = YearMonth.of(2025, m);
      run.cases(40, "A", "R1", "GM01", month, month).cases(20, "A", "R1", "GM01", month, null);
      run.cases(30, "B", "R2", "GM02", month, month).cases(25, "B", "R2", "GM02", month, null);
    }
    int[] counts = new int[2];
    compare(run, "large counts", counts);
    assertThat(counts[0]).as("pinned").isGreaterThan(20);
    assertThat(counts[1]).as("free").isZero();
  }

  /**
   * Solves the run's year and compares, for every value of the three that could be hidden (each
   * group of twins once), the search's answer with the dense route; counts pinned and free.
   */
  private static void compare(TinyRun run, String what, int[] counts) {
    YearPattern year =
        new YearPattern(
            run.cells(), run.months(), PrimaryRules.minimumBase(10), EarlierRuns.NONE, Set.of());
    year.solve();
    StockFlowSearch search = new StockFlowSearch(List.of(year), run.months());
    Span span = new Span(year, run);
    for (Quantity q : TIED) {
      int[] twins = year.lattice().twins(q);
      for (int c = 0; c < year.lattice().size(); c++) {
        if (twins[c] != c || !year.canHide(q, c)) {
          continue;
        }
        boolean expected = !span.holds(span.column(q, twins, c));
        assertThat(search.pinnedOnceHidden(year, q, c))
            .as("%s of %s (%s)", q.label(), CellNames.of(year.key(c)), what)
            .isEqualTo(expected);
        counts[expected ? 0 : 1]++;
      }
    }
  }

  /** The rows of the three quantities' system over one year, and the span of the hidden columns. */
  private static final class Span {
    private final YearPattern year;
    private final List<Map<Long, Double>> rows = new ArrayList<>();
    private final List<double[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    Span(YearPattern year, TinyRun run) {
      this.year = year;
      // The stock-flow identity of every cell: open - open the period before - received + decided
      // = 0, where nothing was open before the first published month or where the cell has no
      // period before in the year.
      for (int c = 0; c < year.lattice().size(); c++) {
        CellKey key = year.key(c);
        Map<Long, Double> row = new HashMap<>();
        row.merge(term(Quantity.OPEN, c), 1.0, Double::sum);
        row.merge(term(Quantity.RECEIVED, c), -1.0, Double::sum);
        row.merge(term(Quantity.DECIDED, c), 1.0, Double::sum);
        Granularity g = key.granularity();
        String previous = g.previous(key.period());
        if (!g.lastMonth(previous).isBefore(run.months().first())) {
          int before = year.indexOf(key.inPeriod(previous));
          if (before >= 0) {
            row.merge(term(Quantity.OPEN, before), -1.0, Double::sum);
          }
        }
        rows.add(row);
      }
      for (Quantity q : TIED) {
        for (Relation relation : year.lattice().relations(q)) {
          if (relation.generating() && relation.holdsFor(q)) {
            Map<Long, Double> row = new HashMap<>();
            row.merge(term(q, relation.parent()), 1.0, Double::sum);
            for (int child : relation.children()) {
              row.merge(term(q, child), -1.0, Double::sum);
            }
            rows.add(row);
          }
        }
      }
      for (Quantity q : TIED) {
        for (int c = 0; c < year.lattice().size(); c++) {
          if (year.isHidden(q, c)) {
            add(vector(List.of(term(q, c))));
          }
        }
      }
    }

    /** The column of the value and its twins over every row. */
    double[] column(Quantity q, int[] twins, int cell) {
      List<Long> group = new ArrayList<>();
      for (int c = 0; c < twins.length; c++) {
        if (twins[c] == twins[cell]) {
          group.add(term(q, c));
        }
      }
      return vector(group);
    }

    /** Whether the vector lies in the span of the hidden columns. */
    boolean holds(double[] v) {
      return reduce(v.clone()) < 0;
    }

    private void add(double[] v) {
      double[] reduced = v.clone();
      int pivot = reduce(reduced);
      if (pivot >= 0) {
        double scale = reduced[pivot];
        for (int i = 0; i < reduced.length; i++) {
          reduced[i] /= scale;
        }
        basis.add(reduced);
        pivots.add(pivot);
      }
    }

    /** Reduces in place by the basis; the first entry left that is not 0, or -1. */
    private int reduce(double[] v) {
      for (int b = 0; b < basis.size(); b++) {
        double f = v[pivots.get(b)];
        if (Math.abs(f) > 1e-9) {
          double[] base = basis.get(b);
          for (int i = 0; i < v.length; i++) {
            v[i] -= f * base[i];
          }
        }
      }
      for (int i = 0; i < v.length; i++) {
        if (Math.abs(v[i]) > 1e-9) {
          return i;
        }
      }
      return -1;
    }

    private double[] vector(List<Long> terms) {
      double[] v = new double[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        for (long t : terms) {
          v[r] += rows.get(r).getOrDefault(t, 0.0);
        }
      }
      return v;
    }

    private long term(Quantity q, int cell) {
      return (long) List.of(TIED).indexOf(q) * year.lattice().size() + cell;
    }
  }
}
