package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;

/**
 * The release gate of disclosure control (INDICATORS.md, rule 5, contract v3): proves, from the
 * published rows of this run and of every run the warehouse already holds, that no suppressed
 * quantity can be worked out; written apart from the pattern search ({@link YearPattern}, {@link
 * PatternSearch}, {@link StockFlowSearch}) so that one mistake cannot hide in both.
 *
 * <p>It reads what a reader reads ({@link AuditReader}) and builds, per run, every additive
 * relation between every pair of tables and periods ({@link AuditLinks}) and the stock-flow
 * identity of every cell; each quantity of each year is one group of unknowns, except {@code open},
 * {@code received} and {@code decided}, which the identity ties into one group over all years. Each
 * group is checked by {@link AuditSystem}.
 */
public final class DisclosureAudit {
  private static final String CURRENT = "this run";
  private static final List<Quantity> TIED =
      List.of(Quantity.RECEIVED, Quantity.DECIDED, Quantity.OPEN);

  private final PublishedMonths months;

  public DisclosureAudit(PublishedMonths months) {
    this.months = months;
  }

  /** A suppressed value the published numbers give away, and how. */
  public record Finding(CellKey cell, Quantity quantity, String how, List<CellKey> published) {
    public Finding {
      published = List.copyOf(published);
    }

    public Finding(CellKey cell, Quantity quantity, String how) {
      this(cell, quantity, how, List.of());
    }

    /**
     * The published cells of this run in the relation that gives the value away (empty where
     * several relations do together): hiding one of them blocks it.
     */
    @Override
    public List<CellKey> published() {
      return published;
    }

    public String describe() {
      return quantity.label() + " of " + CellNames.of(cell) + " " + how;
    }
  }

  /** Fails the run when anything of a warehouse's first run is given away. */
  public void require(List<IndicatorRow> published) {
    require(published, Map.of(), EarlierRuns.NONE);
  }

  /** Fails the run when anything is given away, by this run alone or with the earlier ones. */
  public void require(
      List<IndicatorRow> published,
      Map<EarlierRuns.CellQuantity, Double> hidden,
      EarlierRuns earlier) {
    List<Finding> findings = check(published, hidden, earlier);
    if (!findings.isEmpty()) {
      throw new DisclosureAuditException(findings);
    }
  }

  /** Everything the published rows of a warehouse's first run give away; empty when safe. */
  public List<Finding> check(List<IndicatorRow> published) {
    return check(published, Map.of(), EarlierRuns.NONE);
  }

  /**
   * Everything this run's published rows give away, read together with every earlier run.
   *
   * @param hidden the value of each quantity this run hides (its disclosure table): tells which
   *     hidden values it shares with earlier runs
   */
  public List<Finding> check(
      List<IndicatorRow> published,
      Map<EarlierRuns.CellQuantity, Double> hidden,
      EarlierRuns earlier) {
    List<AuditReader> runs = new ArrayList<>();
    for (EarlierRuns.Run run : earlier.runs()) {
      runs.add(new AuditReader(run.id(), run.months(), run.rows(), run.hidden()));
    }
    runs.add(new AuditReader(CURRENT, months, published, hidden));
    // A run read alone shows no value it hides, so no other run can have published it: what some
    // run published is attached to the views only for a run read beside earlier ones.
    if (runs.size() > 1) {
      attachPublishedBySome(runs);
    }
    Set<String> years = new TreeSet<>();
    List<Map<String, AuditLinks>> links = new ArrayList<>();
    for (AuditReader run : runs) {
      Map<String, AuditLinks> byYear = new HashMap<>();
      run.cellsByYear()
          .forEach((year, cells) -> byYear.put(year, new AuditLinks(run, cells, run.months())));
      links.add(byYear);
      years.addAll(byYear.keySet());
    }
    List<Group> groups = new ArrayList<>();
    groups.add(new Group(null, null));
    for (Quantity q : Quantity.values()) {
      if (!q.isStockFlow()) {
        for (String year : years) {
          groups.add(new Group(q, year));
        }
      }
    }
    return checkAll(groups, runs, links);
  }

  /**
   * The values of each quantity of each cell that some run published (in a period complete in that
   * run), and the 0 of a cell that a run covered and did not hold, kept on each run's views.
   */
  private static void attachPublishedBySome(List<AuditReader> runs) {
    Map<EarlierRuns.CellQuantity, Set<Double>> values = new HashMap<>();
    for (AuditReader run : runs) {
      run.forEachShown(
          (cell, q, value) -> {
            if (run.months().isComplete(cell)) {
              values
                  .computeIfAbsent(new EarlierRuns.CellQuantity(cell, q), k -> new HashSet<>())
                  .add(value);
            }
          });
    }
    // A cell a run covered and did not hold has 0 of everything: a hidden 0 of another run is
    // known.
    for (AuditReader run : runs) {
      for (AuditReader other : runs) {
        if (other == run) {
          continue;
        }
        run.forEachHiddenValue(
            (cell, q, value) -> {
              if (value == 0 && covers(other, cell) && !other.exists(cell)) {
                values
                    .computeIfAbsent(new EarlierRuns.CellQuantity(cell, q), k -> new HashSet<>())
                    .add(0.0);
              }
            });
      }
    }
    for (AuditReader run : runs) {
      run.attachPublished(values);
    }
  }

  /**
   * Every group on its own thread as threads come free, in the order given: the joint group of
   * open, received and decided (the largest) starts first instead of last, so that the others fill
   * the other cores beside it. The findings come in the groups' order whatever the timing.
   */
  private static List<Finding> checkAll(
      List<Group> groups, List<AuditReader> runs, List<Map<String, AuditLinks>> links) {
    int threads = Math.min(groups.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "disclosure-audit");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<List<Finding>>> found = new ArrayList<>();
      for (Group group : groups) {
        found.add(pool.submit(() -> group.check(runs, links)));
      }
      List<Finding> findings = new ArrayList<>();
      for (Future<List<Finding>> f : found) {
        findings.addAll(f.get());
      }
      return findings;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The disclosure audit was interrupted", e);
    } catch (ExecutionException e) {
      throw Cores.unwrapped("The disclosure audit", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Whether the run published the whole period of the cell (a settled period it starts in). */
  private static boolean covers(AuditReader run, CellKey cell) {
    return run.months().isComplete(cell)
        && !cell.granularity().lastMonth(cell.period()).isBefore(run.months().first());
  }

  /** One quantity of one year, or (both null) open, received and decided over all years. */
  private record Group(Quantity quantity, String year) {
    List<Finding> check(List<AuditReader> runs, List<Map<String, AuditLinks>> links) {
      AuditSystem system = new AuditSystem(runs.get(runs.size() - 1));
      // What rates tell, in every run first: a value one run tells is read in every run that has
      // the same value, so the runs learn from each other until none learns more.
      boolean learning = true;
      while (learning) {
        learning = false;
        for (int r = 0; r < runs.size(); r++) {
          for (Map.Entry<String, AuditLinks> entry : links.get(r).entrySet()) {
            if (year != null && !year.equals(entry.getKey())) {
              continue;
            }
            for (Quantity q : quantity == null ? TIED : List.of(quantity)) {
              if (q.lowerBound() == 0) {
                learning |= system.learnFromRates(runs.get(r), q, entry.getValue().links(q));
              }
            }
          }
        }
      }
      for (int r = 0; r < runs.size(); r++) {
        AuditReader run = runs.get(r);
        for (Map.Entry<String, AuditLinks> entry : links.get(r).entrySet()) {
          if (year != null && !year.equals(entry.getKey())) {
            continue;
          }
          for (Quantity q : quantity == null ? TIED : List.of(quantity)) {
            for (AuditLinks.Link link : entry.getValue().links(q)) {
              List<AuditSystem.Term> terms = new ArrayList<>(link.children().size() + 1);
              terms.add(new AuditSystem.Term(run, link.parent(), link.parentView(), q, 1));
              for (int c = 0; c < link.children().size(); c++) {
                terms.add(
                    new AuditSystem.Term(
                        run, link.children().get(c), link.childViews().get(c), q, -1));
              }
              system.add(terms, link.generating(), link.oneStep(), true, link::name);
            }
          }
        }
        if (quantity == null) {
          identities(run, system);
        }
      }
      return system.check();
    }

    /** open(t) - open(t - 1) - received(t) + decided(t) = 0 for every cell of the run. */
    private static void identities(AuditReader run, AuditSystem system) {
      for (List<CellKey> cells : run.cellsByYear().values()) {
        for (CellKey cell : cells) {
          List<AuditSystem.Term> terms = new ArrayList<>(4);
          AuditReader.CellView view = run.view(cell);
          terms.add(new AuditSystem.Term(run, cell, view, Quantity.OPEN, 1));
          terms.add(new AuditSystem.Term(run, cell, view, Quantity.RECEIVED, -1));
          terms.add(new AuditSystem.Term(run, cell, view, Quantity.DECIDED, 1));
          Granularity g = cell.granularity();
          String previous = g.previous(cell.period());
          if (!g.lastMonth(previous).isBefore(run.months().first())) {
            CellKey before = cell.inPeriod(previous);
            terms.add(new AuditSystem.Term(run, before, run.view(before), Quantity.OPEN, -1));
          }
          system.add(
              terms,
              true,
              true,
              false,
              () ->
                  "(open cases of "
                      + CellNames.of(cell)
                      + " = open at the end of "
                      + previous
                      + " + received - decided)");
        }
      }
    }
  }
}
