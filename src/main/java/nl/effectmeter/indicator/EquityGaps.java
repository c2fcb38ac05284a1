package nl.effectmeter.indicator;

import static nl.effectmeter.indicator.Breakdown.ORGANISATION_;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_MUNICIPALITY;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION_CLIENT_SEGMENT;
import static nl.effectmeter.indicator.Breakdown.ORGANISATION_REGULATION_MUNICIPALITY;
import static nl.effectmeter.indicator.Breakdown.REGULATION_;
import static nl.effectmeter.indicator.Breakdown.REGULATION_MUNICIPALITY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The equity gaps: spreads of outcome_achievement_rate over the {@code ok} cells one level down,
 * read after disclosure control and not suppressed further.
 */
public final class EquityGaps {
  /** Municipal gaps need at least this many municipality cells. */
  public static final int MIN_MUNICIPAL_CELLS = 5;

  /** Segment gaps need at least this many known-segment cells. */
  public static final int MIN_SEGMENT_CELLS = 2;

  private static final Map<Breakdown, Breakdown> MUNICIPAL_SOURCES =
      Map.of(
          ORGANISATION_REGULATION, ORGANISATION_REGULATION_MUNICIPALITY,
          REGULATION_, REGULATION_MUNICIPALITY,
          ORGANISATION_, ORGANISATION_MUNICIPALITY);

  private EquityGaps() {}

  /**
   * The gap rows of every parent cell at quarter and year.
   *
   * @param parents the cells that exist, of any breakdown
   * @param rows the indicator rows after disclosure control
   */
  public static List<IndicatorRow> rows(
      Collection<CellKey> parents, Collection<IndicatorRow> rows) {
    Map<CellKey, List<Double>> municipal = new HashMap<>();
    Map<CellKey, List<Double>> segment = new HashMap<>();
    for (IndicatorRow row : rows) {
      if (row.indicator() != Indicator.OUTCOME_ACHIEVEMENT_RATE || row.status() != Status.OK) {
        continue;
      }
      CellKey cell = row.cell();
      for (Map.Entry<Breakdown, Breakdown> source : MUNICIPAL_SOURCES.entrySet()) {
        if (cell.breakdown() == source.getValue()) {
          CellKey parent =
              cell.inBreakdown(source.getKey())
                  .with(Dimension.MUNICIPALITY, Dimension.TOTAL)
                  .with(Dimension.PROVINCE, Dimension.TOTAL);
          municipal.computeIfAbsent(parent, k -> new ArrayList<>()).add(row.value());
        }
      }
      if (cell.breakdown() == ORGANISATION_REGULATION_CLIENT_SEGMENT
          && !Dimension.UNKNOWN.equals(cell.clientSegment())) {
        CellKey parent =
            cell.inBreakdown(ORGANISATION_REGULATION)
                .with(Dimension.CLIENT_SEGMENT, Dimension.TOTAL);
        segment.computeIfAbsent(parent, k -> new ArrayList<>()).add(row.value());
      }
    }
    List<IndicatorRow> gaps = new ArrayList<>();
    for (CellKey parent : parents) {
      if (parent.granularity() == Granularity.MONTH) {
        continue;
      }
      if (Indicator.MUNICIPAL_OUTCOME_GAP.isDefinedFor(parent.breakdown(), parent.granularity())) {
        gaps.add(municipalGap(parent, municipal.getOrDefault(parent, List.of())));
      }
      if (Indicator.SEGMENT_OUTCOME_GAP.isDefinedFor(parent.breakdown(), parent.granularity())) {
        gaps.add(segmentGap(parent, segment.getOrDefault(parent, List.of())));
      }
    }
    return gaps;
  }

  static IndicatorRow municipalGap(CellKey parent, List<Double> rates) {
    if (rates.size() < MIN_MUNICIPAL_CELLS) {
      return IndicatorRow.noData(parent, Indicator.MUNICIPAL_OUTCOME_GAP, rates.size());
    }
    double[] values = rates.stream().mapToDouble(Double::doubleValue).toArray();
    double gap = Percentiles.of(values, 0.9) - Percentiles.of(values, 0.1);
    return gapRow(parent, Indicator.MUNICIPAL_OUTCOME_GAP, gap, rates.size());
  }

  static IndicatorRow segmentGap(CellKey parent, List<Double> rates) {
    if (rates.size() < MIN_SEGMENT_CELLS) {
      return IndicatorRow.noData(parent, Indicator.SEGMENT_OUTCOME_GAP, rates.size());
    }
    double max = rates.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double min = rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    return gapRow(parent, Indicator.SEGMENT_OUTCOME_GAP, max - min, rates.size());
  }

  private static IndicatorRow gapRow(CellKey parent, Indicator indicator, double gap, long cells) {
    return new IndicatorRow(parent, indicator, gap, null, null, cells, null, null, Status.OK);
  }
}
