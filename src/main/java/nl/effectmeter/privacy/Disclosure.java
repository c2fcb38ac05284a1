package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statistical disclosure control over every linked table, period and earlier run (INDICATORS.md,
 * "Privacy", contract v3): primary suppression of small bases, then secondary suppression until no
 * hidden quantity of any cell can be worked out from what this run and the runs before it publish.
 *
 * <p>Each (quantity, calendar year) is a problem of its own ({@link PatternSearch}, in {@link
 * YearPattern}), linked to the others through rows (hiding a quantity hides every row that shows
 * it) and bounds (a numerator never exceeds its denominator). Cases received, decided and open are
 * tied across years by the stock-flow identity ({@link StockFlowSearch}). The years are solved in
 * parallel (and in each year its quantities, on every core: {@link Cores}), then the stock-flow
 * identity is checked over all of them, again until neither hides anything more. Last, each
 * headline value the searches hid for another's sake is tried again and published where its problem
 * stays safe without it ({@link YearPattern#releaseHeadline}; for cases received, decided and open,
 * where the identity over all years stays safe too: {@link StockFlowSearch#releaseHeadline}), and
 * one more round proves the whole.
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

  private final PrimaryRules rules;

  /**
   * How rule 4's last step treats cases received, decided and open: as the product runs it ({@code
   * RELEASE}), and for the tests of that step, not at all ({@code KEEP}) or without the round of
   * every search and the stock-flow identity after it ({@code RELEASE_UNCHECKED}, so that the audit
   * sees what the step's own checks leave).
   */
  enum TiedRelease {
    KEEP,
    RELEASE,
    RELEASE_UNCHECKED
  }

  private final TiedRelease tiedRelease;

  public Disclosure(PrimaryRules rules) {
    this(rules, TiedRelease.RELEASE);
  }

  Disclosure(PrimaryRules rules, TiedRelease tiedRelease) {
    this.rules = requireNonNull(rules, "rules is null");
    this.tiedRelease = requireNonNull(tiedRelease, "tiedRelease is null");
  }

  /** Disclosure control with the minimum-base rule alone. */
  public Disclosure(int minBase) {
    this(PrimaryRules.minimumBase(minBase));
  }

  /** Whether the cell is a headline cell: the dearest to hide (INDICATORS.md, rule 4). */
  public static boolean isHeadline(CellKey cell) {
    return Candidates.isHeadline(cell);
  }

  /** Whether a primary rule makes the row confidential by itself. */
  public boolean isPrimary(IndicatorRow row) {
    return rules.hit(row);
  }

  /** Disclosure control of a warehouse's first run. */
  public Result apply(List<CellRows> cells, PublishedMonths months) {
    return apply(cells, months, EarlierRuns.NONE);
  }

  /**
   * The rows of every cell with their published status, the suppressions and their cost, given what
   * the warehouse's earlier runs published.
   */
  public Result apply(List<CellRows> cells, PublishedMonths months, EarlierRuns earlier) {
    return apply(cells, months, earlier, Set.of());
  }

  /**
   * As above, with values hidden from the start besides the primary ones: those the audit found
   * given away by a relation on a first try (see {@code table.IndicatorTable}).
   */
  public Result apply(
      List<CellRows> cells,
      PublishedMonths months,
      EarlierRuns earlier,
      Set<EarlierRuns.CellQuantity> alsoHidden) {
    return Cores.run("disclosure-search", () -> search(cells, months, earlier, alsoHidden));
  }

  private Result search(
      List<CellRows> cells,
      PublishedMonths months,
      EarlierRuns earlier,
      Set<EarlierRuns.CellQuantity> alsoHidden) {
    Map<String, List<CellRows>> byYear = new TreeMap<>();
    for (CellRows cell : cells) {
      byYear.computeIfAbsent(cell.key().period().substring(0, 4), y -> new ArrayList<>()).add(cell);
    }
    List<YearPattern> years = new ArrayList<>();
    for (List<CellRows> year : byYear.values()) {
      years.add(new YearPattern(year, months, rules, earlier, alsoHidden));
    }
    long started = System.nanoTime();
    StockFlowSearch stockFlow = new StockFlowSearch(years, months);
    int rounds = converge(years, stockFlow);
    long releasing = System.nanoTime();
    int released = years.parallelStream().mapToInt(YearPattern::releaseHeadline).sum();
    int tied = tiedRelease == TiedRelease.KEEP ? 0 : stockFlow.releaseHeadline();
    long releasedAt = System.nanoTime();
    boolean check = tied > 0 && tiedRelease == TiedRelease.RELEASE;
    if (check || !years.stream().allMatch(YearPattern::isSettled)) {
      // Proved once more over every year and the identity, and what a release exposed hidden.
      rounds += converge(years, stockFlow);
    }
    LOG.info(
        "Disclosure control: {} years, {} rounds with the stock-flow identity, {} headline values"
            + " published again ({} of them cases received, decided or open; {} ms), {} ms",
        years.size(),
        rounds,
        released + tied,
        tied,
        (releasedAt - releasing) / 1_000_000,
        (System.nanoTime() - started) / 1_000_000);
    List<IndicatorRow> rows = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    Map<String, InformationLoss> loss = new TreeMap<>();
    List<HeadlineSuppression> headline = new ArrayList<>();
    for (YearPattern year : years) {
      year.publish(rows, suppressions, loss);
      headline.addAll(year.headlineSuppressions());
    }
    for (HeadlineSuppression h : headline) {
      LOG.warn("Disclosure control: {}", h.describe());
    }
    return new Result(rows, suppressions, List.copyOf(loss.values()), headline);
  }

  /**
   * Solves the years in parallel, then the stock-flow identity over all of them, again until
   * neither hides anything more; returns the rounds it took.
   */
  private static int converge(List<YearPattern> years, StockFlowSearch stockFlow) {
    int rounds = 0;
    int hiddenBefore = -1;
    while (true) {
      rounds++;
      long solving = System.nanoTime();
      years.parallelStream().forEach(YearPattern::solve);
      int hidden = years.stream().mapToInt(YearPattern::hiddenCount).sum();
      long linking = System.nanoTime();
      List<StockFlowSearch.Fix> fixes = stockFlow.fixes();
      LOG.debug(
          "Round {}: the years' searches {} ms, the stock-flow identity {} ms, {} values to hide",
          rounds,
          (linking - solving) / 1_000_000,
          (System.nanoTime() - linking) / 1_000_000,
          fixes.size());
      if (fixes.isEmpty() || hidden == hiddenBefore) {
        // Nothing more to hide, or hiding changed nothing (then the audit has the last word).
        return rounds;
      }
      hiddenBefore = hidden;
      for (StockFlowSearch.Fix fix : fixes) {
        fix.year().hideForOthers(fix.quantity(), fix.cell(), fix.protectedYear(), fix.protects());
      }
    }
  }

  /** What disclosure control publishes. */
  public record Result(
      List<IndicatorRow> rows,
      List<Suppression> suppressions,
      List<InformationLoss> loss,
      List<HeadlineSuppression> headline) {
    public Result {
      requireNonNull(rows, "rows is null");
      requireNonNull(suppressions, "suppressions is null");
      requireNonNull(loss, "loss is null");
      headline = List.copyOf(headline);
    }

    public Result(
        List<IndicatorRow> rows, List<Suppression> suppressions, List<InformationLoss> loss) {
      this(rows, suppressions, loss, List.of());
    }

    /**
     * The value of each quantity this run hides, as its disclosure table keeps it: what tells the
     * audit and the next run which hidden values two runs share.
     */
    public Map<EarlierRuns.CellQuantity, Double> hiddenValues() {
      Map<EarlierRuns.CellQuantity, Double> values = new HashMap<>();
      for (Suppression s : suppressions) {
        values.put(new EarlierRuns.CellQuantity(s.cell(), s.quantity()), s.value());
      }
      return values;
    }
  }
}
