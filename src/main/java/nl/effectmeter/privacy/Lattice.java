package nl.effectmeter.privacy;

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
 * The cells of one calendar year and every relation between them: each cell with each coarser
 * breakdown and each coarser or equal granularity that holds it. Relations never cross years, so a
 * year is a problem of its own; the cells are the same for every quantity, only the values differ.
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("EnumOrdinal")
final class Lattice {
  private final List<CellKey> cells;
  private final List<Relation> flows;
  private final List<Relation> stocks;
  private final int[][] flowsOf;
  private final int[][] stocksOf;
  private final int[] flowTwins;
  private final int[] stockTwins;

  /** The cells, in a fixed order, of one year. */
  Lattice(List<CellKey> cells, PublishedMonths months) {
    this.cells = List.copyOf(cells);
    Map<CellKey, Integer> index = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      index.put(cells.get(i), i);
    }
    Map<RelationKey, List<Integer>> flowChildren = new LinkedHashMap<>();
    Map<RelationKey, List<Integer>> stockChildren = new LinkedHashMap<>();
    for (int child = 0; child < cells.size(); child++) {
      CellKey cell = cells.get(child);
      for (Breakdown coarse : Breakdown.values()) {
        if (!cell.breakdown().filledDimensions().containsAll(coarse.filledDimensions())) {
          continue;
        }
        for (Granularity granularity : Granularity.values()) {
          if (granularity.ordinal() < cell.granularity().ordinal()
              || !coarse.existsAt(granularity)
              || (coarse == cell.breakdown() && granularity == cell.granularity())) {
            continue;
          }
          Integer parent = index.get(parentOf(cell, coarse, granularity));
          if (parent == null) {
            continue;
          }
          RelationKey key = new RelationKey(parent, cell.breakdown(), cell.granularity());
          flowChildren.computeIfAbsent(key, k -> new ArrayList<>()).add(child);
          boolean lastPart =
              granularity == cell.granularity()
                  || months
                      .lastPeriodIn(cells.get(parent), cell.granularity())
                      .equals(cell.period());
          List<Integer> stock = stockChildren.computeIfAbsent(key, k -> new ArrayList<>());
          if (lastPart) {
            stock.add(child);
          }
        }
      }
    }
    this.flows = relations(flowChildren, months, false);
    this.stocks = relations(stockChildren, months, true);
    this.flowsOf = membership(flows, cells.size());
    this.stocksOf = membership(stocks, cells.size());
    this.flowTwins = twins(flows, cells.size());
    this.stockTwins = twins(stocks, cells.size());
  }

  /**
   * Groups of cells that are the same number: a parent with a single part equals it (a regulation
   * run by one organisation, a quarter's open cases and its last month's). Hiding one hides all.
   */
  private static int[] twins(List<Relation> relations, int size) {
    UnionFind groups = new UnionFind(size);
    for (Relation relation : relations) {
      if (relation.children().length == 1 && relation.forComplaintsToo()) {
        groups.union(relation.parent(), relation.children()[0]);
      }
    }
    return groups.roots();
  }

  /** For each cell, the first cell of the group that is always the same number as it. */
  int[] twins(Quantity quantity) {
    return quantity.isStock() ? stockTwins : flowTwins;
  }

  private List<Relation> relations(
      Map<RelationKey, List<Integer>> children, PublishedMonths months, boolean stock) {
    List<Relation> relations = new ArrayList<>(children.size());
    for (Map.Entry<RelationKey, List<Integer>> entry : children.entrySet()) {
      RelationKey key = entry.getKey();
      CellKey parent = cells.get(key.parent());
      boolean sameTime = parent.granularity() == key.granularity();
      boolean oneStep =
          parent.breakdown() == key.breakdown()
              && parent.granularity().ordinal() == key.granularity().ordinal() + 1;
      boolean complete = sameTime || stock || !months.startsBeforeFirst(parent);
      int[] members = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
      boolean covering = sameTime && covers(parent.breakdown(), key.breakdown());
      relations.add(new Relation(key.parent(), members, complete, covering || oneStep));
    }
    return relations;
  }

  /**
   * Whether the finer breakdown is one step down from the coarser, with no breakdown between them:
   * the relations of such pairs add up to every other one (total = Σ layers, layer = Σ
   * organisations, ... give total = Σ organisations).
   */
  static boolean covers(Breakdown coarse, Breakdown fine) {
    if (coarse == fine || !fine.filledDimensions().containsAll(coarse.filledDimensions())) {
      return false;
    }
    for (Breakdown between : Breakdown.values()) {
      if (between != coarse
          && between != fine
          && between.filledDimensions().containsAll(coarse.filledDimensions())
          && fine.filledDimensions().containsAll(between.filledDimensions())) {
        return false;
      }
    }
    return true;
  }

  private static int[][] membership(List<Relation> relations, int size) {
    int[] counts = new int[size];
    for (Relation r : relations) {
      counts[r.parent()]++;
      for (int c : r.children()) {
        counts[c]++;
      }
    }
    int[][] of = new int[size][];
    for (int i = 0; i < size; i++) {
      of[i] = new int[counts[i]];
    }
    int[] filled = new int[size];
    for (int r = 0; r < relations.size(); r++) {
      Relation relation = relations.get(r);
      of[relation.parent()][filled[relation.parent()]++] = r;
      for (int c : relation.children()) {
        of[c][filled[c]++] = r;
      }
    }
    return of;
  }

  /** The cell of a coarser breakdown and granularity that holds the given cell. */
  static CellKey parentOf(CellKey cell, Breakdown coarse, Granularity granularity) {
    String period = granularity.periodOf(cell.granularity().firstMonth(cell.period()).atDay(1));
    CellKey parent =
        new CellKey(
            coarse,
            granularity,
            period,
            Dimension.TOTAL,
            Dimension.TOTAL,
            Dimension.TOTAL,
            Dimension.TOTAL,
            Dimension.TOTAL,
            Dimension.TOTAL,
            Dimension.TOTAL);
    for (Dimension dimension : coarse.filledDimensions()) {
      parent = parent.with(dimension, cell.code(dimension));
    }
    return parent;
  }

  List<CellKey> cells() {
    return cells;
  }

  int size() {
    return cells.size();
  }

  /** The relations of a quantity: flows add up over time, the stock of open cases does not. */
  List<Relation> relations(Quantity quantity) {
    return quantity.isStock() ? stocks : flows;
  }

  /** Indices into {@link #relations} of the relations a cell takes part in. */
  int[] relationsOf(Quantity quantity, int cell) {
    return quantity.isStock() ? stocksOf[cell] : flowsOf[cell];
  }

  private record RelationKey(int parent, Breakdown breakdown, Granularity granularity) {}
}
