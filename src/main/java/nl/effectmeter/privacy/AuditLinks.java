package nl.effectmeter.privacy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Quantity;

/**
 * The additive relations between one run's cells of one year, for the audit: every pair of a
 * breakdown and granularity with a finer one that holds it, built table pair by table pair from the
 * cell keys alone (independently of the pattern search's lattice).
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("EnumOrdinal")
final class AuditLinks {
  private final AuditReader run;
  private final List<CellKey> cells;
  private final PublishedMonths months;
  private final Map<List<Enum<?>>, Map<CellKey, List<CellKey>>> groupings =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Integer, List<Link>> byKind = new java.util.concurrent.ConcurrentHashMap<>();

  /** The relations between the run's cells of one year, which it has read. */
  AuditLinks(AuditReader run, List<CellKey> cells, PublishedMonths months) {
    this.run = run;
    this.cells = cells;
    this.months = months;
  }

  /**
   * A relation: the parent cell is the sum of these parts of one finer table. It holds what the run
   * shows of each cell too ({@link AuditReader.CellView}, in the order of the cells), so that
   * reading a relation looks nothing up.
   */
  record Link(
      CellKey parent,
      List<CellKey> children,
      AuditReader.CellView parentView,
      List<AuditReader.CellView> childViews,
      Breakdown fine,
      Granularity fineTime,
      boolean generating,
      boolean oneStep) {

    String name() {
      return "("
          + CellNames.of(parent)
          + " over its "
          + fine.label()
          + " "
          + fineTime.label()
          + " cells)";
    }
  }

  /**
   * Every relation of the quantity in this year, built pair of tables by pair of tables. They
   * differ between quantities only in whether the quantity is a stock and whether it counts cases,
   * so the relations are made once for each such kind and shared.
   */
  List<Link> links(Quantity q) {
    int kind = q.isStock() ? 2 : q.isAboutCases() ? 1 : 0;
    return byKind.computeIfAbsent(kind, k -> List.copyOf(build(q)));
  }

  private List<Link> build(Quantity q) {
    Map<String, List<CellKey>> tables = new LinkedHashMap<>();
    for (CellKey cell : cells) {
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
            if (fineTime.compareTo(coarseTime) > 0 || (fine == coarse && fineTime == coarseTime)) {
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
              boolean oneStep = acrossTime ? generating : oneDimensionFiner(coarse, fine);
              List<AuditReader.CellView> partViews = new ArrayList<>(parts.size());
              for (CellKey part : parts) {
                partViews.add(run.view(part));
              }
              links.add(
                  new Link(
                      parent,
                      parts,
                      run.view(parent),
                      partViews,
                      fine,
                      fineTime,
                      generating,
                      oneStep));
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
      java.util.Set<Dimension> dimensions = middle.filledDimensions();
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
}
