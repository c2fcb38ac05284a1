package nl.effectmeter.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;

/**
 * Statistical disclosure control (INDICATORS.md, "Privacy"): primary suppression of small bases,
 * then secondary suppression over a list of margins.
 */
public final class Disclosure {
  /** The margins of this version of the contract: the breakdowns' finest dimensions. */
  public static final List<Margin> MARGINS =
      List.of(
          new Margin(Breakdown.ORGANISATION_REGULATION_MUNICIPALITY, Dimension.MUNICIPALITY),
          new Margin(Breakdown.ORGANISATION_MUNICIPALITY, Dimension.MUNICIPALITY),
          new Margin(Breakdown.REGULATION_MUNICIPALITY, Dimension.MUNICIPALITY),
          new Margin(Breakdown.ORGANISATION_REGULATION_CLIENT_SEGMENT, Dimension.CLIENT_SEGMENT),
          new Margin(Breakdown.ORGANISATION_REGULATION_CHANNEL, Dimension.CHANNEL));

  private final int minBase;
  private final List<Margin> margins;

  public Disclosure(int minBase, List<Margin> margins) {
    if (minBase < 1) {
      throw new IllegalArgumentException("Minimum base must be at least 1: " + minBase);
    }
    this.minBase = minBase;
    this.margins = List.copyOf(margins);
  }

  /** Primary then secondary suppression of a whole table's rows, in their order. */
  public List<IndicatorRow> apply(List<IndicatorRow> rows) {
    List<IndicatorRow> primary = new ArrayList<>(rows.size());
    for (IndicatorRow row : rows) {
      primary.add(primary(row));
    }
    return secondary(primary);
  }

  /** A base from 1 to k-1 makes a value confidential; a base of 0 stays no_data. */
  public IndicatorRow primary(IndicatorRow row) {
    if (row.status().isSuppressed() || row.base() == null) {
      return row;
    }
    long base = row.base();
    if (base >= 1 && base < minBase) {
      return row.suppressed(Status.CONFIDENTIAL);
    }
    return row;
  }

  /**
   * In each group of cells that differ only in a margin's dimension, where exactly one value is
   * confidential, the ok value with the smallest base above 0 (then the smallest code) is
   * suppressed too.
   */
  public List<IndicatorRow> secondary(List<IndicatorRow> rows) {
    List<IndicatorRow> result = new ArrayList<>(rows);
    for (Margin margin : margins) {
      Map<GroupKey, List<Integer>> groups = new HashMap<>();
      for (int i = 0; i < result.size(); i++) {
        IndicatorRow row = result.get(i);
        if (margin.covers(row.cell())) {
          GroupKey key = new GroupKey(row.indicator(), margin.groupKey(row.cell()));
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> group : groups.values()) {
        long confidential =
            group.stream().filter(i -> result.get(i).status() == Status.CONFIDENTIAL).count();
        if (confidential != 1) {
          continue;
        }
        group.stream()
            .filter(i -> result.get(i).status() == Status.OK && result.get(i).base() > 0)
            .min(
                Comparator.comparingLong((Integer i) -> result.get(i).base())
                    .thenComparing(i -> result.get(i).cell().code(margin.varying())))
            .ifPresent(i -> result.set(i, result.get(i).suppressed(Status.CONFIDENTIAL_SECONDARY)));
      }
    }
    return result;
  }

  private record GroupKey(Indicator indicator, CellKey cell) {}
}
