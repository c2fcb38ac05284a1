package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statistical disclosure control over every linked table and period (INDICATORS.md, "Privacy",
 * contract v2): primary suppression of small bases, then secondary suppression until no hidden
 * quantity of any cell can be worked out from what is published.
 *
 * <p>Each (quantity, calendar year) is a problem of its own ({@link PatternSearch}); they are
 * linked only through rows: hiding a quantity hides every row that shows it, and a quantity whose
 * every row is hidden must then be protected in its own problem too. The problems are solved in
 * parallel and again until nothing changes.
 */
public final class Disclosure {
  /** Cells in the published order: breakdown, granularity, period, codes. */
  public static final Comparator<CellKey> CELL_ORDER =
      Comparator.comparing(CellKey::breakdown)
          .thenComparing(CellKey::granularity)
          .thenComparing(CellKey::period)
          .thenComparing(CellKey::organisation)
          .thenComparing(CellKey::regulation)
          .thenComparing(CellKey::municipality)
          .thenComparing(CellKey::province)
          .thenComparing(CellKey::governmentLayer)
          .thenComparing(CellKey::clientSegment)
          .thenComparing(CellKey::channel);

  private static final Logger LOG = LoggerFactory.getLogger("effectmeter");
  private static final Quantity[] QUANTITIES = Quantity.values();

  private final PrimaryRules rules;

  public Disclosure(PrimaryRules rules) {
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** Disclosure control with the minimum-base rule alone. */
  public Disclosure(int minBase) {
    this(PrimaryRules.minimumBase(minBase));
  }

  /** Whether a primary rule makes the row confidential by itself. */
  public boolean isPrimary(IndicatorRow row) {
    return rules.hit(row);
  }

  /** The rows of every cell with their published status, the suppressions and their cost. */
  public Result apply(List<CellRows> cells, PublishedMonths months) {
    Map<String, List<CellRows>> years = new TreeMap<>();
    for (CellRows cell : cells) {
      years.computeIfAbsent(cell.key().period().substring(0, 4), y -> new ArrayList<>()).add(cell);
    }
    List<Year> solved =
        years.values().parallelStream()
            .map(year -> new Year(year, months))
            .peek(Year::solve)
            .toList();
    List<IndicatorRow> rows = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    Map<String, InformationLoss> loss = new TreeMap<>();
    for (Year year : solved) {
      year.publish(rows, suppressions, loss);
    }
    return new Result(rows, suppressions, List.copyOf(loss.values()));
  }

  /** What disclosure control publishes. */
  public record Result(
      List<IndicatorRow> rows, List<Suppression> suppressions, List<InformationLoss> loss) {}

  /** The cells of one year and the state of every quantity in them. */
  private final class Year {
    private final List<CellRows> cells;
    private final Lattice lattice;
    private final IndicatorRow[][] rows;
    private final boolean[][] primary;
    private final Map<Quantity, BitSet> chosen = new EnumMap<>(Quantity.class);
    private final Map<Quantity, BitSet> solvedWith = new EnumMap<>(Quantity.class);
    private boolean[][] suppressed;

    Year(List<CellRows> unordered, PublishedMonths months) {
      this.cells =
          unordered.stream().sorted(Comparator.comparing(CellRows::key, CELL_ORDER)).toList();
      this.lattice = new Lattice(cells.stream().map(CellRows::key).toList(), months);
      int n = cells.size();
      this.rows = new IndicatorRow[n][Indicator.values().length];
      this.primary = new boolean[n][Indicator.values().length];
      for (Quantity q : QUANTITIES) {
        chosen.put(q, new BitSet());
      }
      for (int c = 0; c < n; c++) {
        for (IndicatorRow row : cells.get(c).rows()) {
          int i = row.indicator().ordinal();
          rows[c][i] = row;
          if (isPrimary(row)) {
            primary[c][i] = true;
            chosen.get(Shown.by(row.indicator()).base()).set(c);
          }
        }
      }
    }

    /** Solves every quantity's problem, again while hiding rows hides further quantities. */
    void solve() {
      long started = System.nanoTime();
      int rounds = 0;
      while (true) {
        rounds++;
        suppressed = suppressedRows();
        List<Quantity> open = new ArrayList<>();
        Map<Quantity, BitSet> hidden = new EnumMap<>(Quantity.class);
        for (Quantity q : QUANTITIES) {
          BitSet h = hidden(q);
          hidden.put(q, h);
          if (!h.equals(solvedWith.get(q))) {
            open.add(q);
          }
        }
        if (open.isEmpty()) {
          LOG.info(
              "Disclosure control of {}: {} cells, {} rounds, {} ms",
              cells.get(0).key().period().substring(0, 4),
              cells.size(),
              rounds,
              (System.nanoTime() - started) / 1_000_000);
          return;
        }
        List<BitSet> added =
            open.parallelStream().map(q -> search(q, (BitSet) hidden.get(q).clone())).toList();
        for (int i = 0; i < open.size(); i++) {
          Quantity q = open.get(i);
          chosen.get(q).or(added.get(i));
          BitSet after = (BitSet) hidden.get(q).clone();
          after.or(added.get(i));
          solvedWith.put(q, after);
        }
      }
    }

    private BitSet search(Quantity q, BitSet hidden) {
      int n = cells.size();
      double[] values = new double[n];
      boolean[] hideable = new boolean[n];
      int[] rowCosts = new int[n];
      long[] baseCosts = new long[n];
      for (int c = 0; c < n; c++) {
        values[c] = q.of(cells.get(c).measures());
        hideable[c] = true;
        for (IndicatorRow row : rows[c]) {
          if (row != null && shows(row, q)) {
            hideable[c] &= isSuppressible(row);
            if (!suppressed[c][row.indicator().ordinal()]) {
              rowCosts[c]++;
              baseCosts[c] += row.base();
            }
          }
        }
        hideable[c] &= rowCosts[c] > 0 || hidden.get(c);
      }
      Candidates order = new Candidates(lattice.cells(), lattice.twins(q), rowCosts, baseCosts);
      long started = System.nanoTime();
      int before = hidden.cardinality();
      PatternSearch search = new PatternSearch(lattice, q, values, hideable, hidden, order);
      BitSet added = search.run();
      LOG.debug(
          "{} {}: {} hidden, {} added in {} ms; {}",
          cells.get(0).key().period().substring(0, 4),
          q.label(),
          before,
          added.cardinality(),
          (System.nanoTime() - started) / 1_000_000,
          search.report());
      return added;
    }

    /** A row is hidden when its base is small or it shows a quantity chosen for suppression. */
    private boolean[][] suppressedRows() {
      boolean[][] result = new boolean[cells.size()][Indicator.values().length];
      for (int c = 0; c < cells.size(); c++) {
        for (IndicatorRow row : rows[c]) {
          if (row == null) {
            continue;
          }
          int i = row.indicator().ordinal();
          boolean hide = primary[c][i];
          for (Quantity q : showsAll(row)) {
            hide |= chosen.get(q).get(c);
          }
          result[c][i] = hide && isSuppressible(row);
        }
      }
      return result;
    }

    /** The cells where no published row shows the quantity while some hidden row does. */
    private BitSet hidden(Quantity q) {
      BitSet hidden = new BitSet();
      for (int c = 0; c < cells.size(); c++) {
        boolean shownHidden = false;
        boolean shownPublished = false;
        for (IndicatorRow row : rows[c]) {
          if (row != null && shows(row, q)) {
            if (suppressed[c][row.indicator().ordinal()]) {
              shownHidden = true;
            } else {
              shownPublished = true;
            }
          }
        }
        if (shownHidden && !shownPublished) {
          hidden.set(c);
        }
      }
      return hidden;
    }

    void publish(
        List<IndicatorRow> out, List<Suppression> suppressions, Map<String, InformationLoss> loss) {
      Map<Quantity, BitSet> hidden = new EnumMap<>(Quantity.class);
      for (Quantity q : QUANTITIES) {
        hidden.put(q, hidden(q));
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
          if (hidden.get(q).get(c)) {
            suppressions.add(new Suppression(key, q, reason(c, q)));
          }
        }
      }
    }

    /** Primary where every row that shows the quantity is hidden for its own small base. */
    private Suppression.Reason reason(int c, Quantity q) {
      for (IndicatorRow row : rows[c]) {
        if (row != null && shows(row, q) && !primary[c][row.indicator().ordinal()]) {
          return Suppression.Reason.SECONDARY;
        }
      }
      return Suppression.Reason.PRIMARY;
    }
  }

  /** The quantities a row shows when it is published as computed. */
  private static Set<Quantity> showsAll(IndicatorRow row) {
    return Shown.readableFrom(row);
  }

  private static boolean shows(IndicatorRow row, Quantity q) {
    return Shown.readableFrom(row).contains(q);
  }

  /** A value whose base is 0 is never suppressed. */
  private static boolean isSuppressible(IndicatorRow row) {
    return row.base() != null && row.base() > 0;
  }
}
