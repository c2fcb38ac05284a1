package nl.effectmeter.privacy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;

/**
 * The order in which published cells are taken to protect hidden ones (INDICATORS.md, rule 4, least
 * loss, contract v3): the headline cells ({@code total}, {@code government_layer}, {@code
 * organisation} and {@code regulation} at year and quarter) are dearest and taken only where no
 * other cell can protect; then the monthly organisation × regulation cells that the signals read;
 * every other cell is cheaper. Within a tier, cells whose rows are already hidden for another
 * quantity cost least, then those whose rows cover the fewest people (the smallest sum of the bases
 * that hiding would take away: for a count its value, for a rate's numerator its denominator), then
 * those that take the fewest rows away, then the cell order: the same input always gives the same
 * pattern.
 */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("EnumOrdinal")
final class Candidates {
  private final int[] tiers;
  private final int[] rowCosts;
  private final long[] baseCosts;

  /**
   * @param twins per cell, the first cell of its group of cells that are always the same number
   * @param rowCosts per cell, how many of its published rows hiding the quantity would take away
   * @param baseCosts per cell, the sum of the bases of those rows
   */
  Candidates(List<CellKey> cells, int[] twins, int[] rowCosts, long[] baseCosts) {
    this.tiers = tiers(cells, twins);
    this.rowCosts = rowCosts;
    this.baseCosts = baseCosts;
  }

  /**
   * Per cell, the tier of the dearest cell that is always the same number (its twins: a regulation
   * run by one organisation, a quarter's open cases and its last month's): a cell costs what the
   * dearest cell equal to it costs.
   */
  static int[] tiers(List<CellKey> cells, int[] twins) {
    int[] groupTier = new int[cells.size()];
    for (int i = 0; i < groupTier.length; i++) {
      groupTier[twins[i]] = Math.max(groupTier[twins[i]], tier(cells.get(i)));
    }
    int[] tiers = new int[cells.size()];
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = groupTier[twins[i]];
    }
    return tiers;
  }

  /** 2 for a headline cell, 1 for a monthly organisation × regulation cell, 0 for the rest. */
  static int tier(CellKey cell) {
    if (isHeadline(cell)) {
      return 2;
    }
    return cell.breakdown() == Breakdown.ORGANISATION_REGULATION
            && cell.granularity() == Granularity.MONTH
        ? 1
        : 0;
  }

  /**
   * The cells users look at first: totals, layers, organisations and regulations by year and
   * quarter.
   */
  static boolean isHeadline(CellKey cell) {
    return cell.granularity() != Granularity.MONTH
        && switch (cell.breakdown()) {
          case TOTAL, GOVERNMENT_LAYER_, ORGANISATION_, REGULATION_ -> true;
          default -> false;
        };
  }

  /**
   * Column positions for elimination: the finest tables and periods first, so that pivots are small
   * relations and elimination fills in little.
   */
  static int[] eliminationOrder(List<CellKey> cells) {
    Integer[] order = new Integer[cells.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingInt((Integer i) -> -cells.get(i).breakdown().filledDimensions().size())
            .thenComparingInt(i -> cells.get(i).granularity().ordinal())
            .thenComparingInt(i -> i));
    int[] position = new int[order.length];
    for (int p = 0; p < order.length; p++) {
      position[order[p]] = p;
    }
    return position;
  }

  /** Whether the cell (or a cell always equal to it) is a headline cell. */
  boolean isHeadline(int cell) {
    return tiers[cell] == 2;
  }

  /**
   * A value's place in this order as one key, for searches that rank values of several quantities
   * and years (the stock-flow step): compared element by element, lower is hidden first, exactly as
   * {@link #compare} ranks cells within one search.
   */
  static long[] key(int tier, int rowCost, long baseCost) {
    return new long[] {tier, rowCost > 0 ? 1 : 0, baseCost, rowCost};
  }

  /** Negative when cell a is the better one to hide (the order of {@link #key}). */
  int compare(int a, int b) {
    int c = Integer.compare(tiers[a], tiers[b]);
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(rowCosts[a] > 0, rowCosts[b] > 0);
    if (c != 0) {
      return c;
    }
    c = Long.compare(baseCosts[a], baseCosts[b]);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(rowCosts[a], rowCosts[b]);
    return c != 0 ? c : Integer.compare(a, b);
  }
}
