package nl.effectmeter.feasibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.reference.Municipality;

/** The learning network's peer comparison (FEASIBILITY.md) over published municipal cells. */
public final class PeerGroups {
  /** Fewer peers than this give no position. */
  static final int MIN_PEERS = 4;

  /** The indicators the learning network compares. */
  public static final List<Indicator> INDICATORS =
      List.of(Indicator.TIMELY_DECISION_RATE, Indicator.OUTCOME_ACHIEVEMENT_RATE);

  private PeerGroups() {}

  /**
   * The peer group of a municipality: {@code u<urbanisation>-p<band>}, or {@code p<band>} without
   * an urbanisation, with bands p0k (&lt; 20,000), p20k, p50k and p100k (≥ 100,000); null without a
   * population.
   */
  public static String groupOf(Municipality municipality) {
    if (municipality == null || municipality.population() == null) {
      return null;
    }
    long population = municipality.population();
    String band =
        population < 20_000
            ? "p0k"
            : population < 50_000 ? "p20k" : population < 100_000 ? "p50k" : "p100k";
    return municipality.urbanisation() == null
        ? band
        : "u" + municipality.urbanisation() + "-" + band;
  }

  public static List<PeerComparison> compare(
      List<IndicatorRow> municipalRows, Map<String, Municipality> municipalities) {
    Map<List<String>, List<IndicatorRow>> byCell = new LinkedHashMap<>();
    for (IndicatorRow row : municipalRows) {
      if (row.status() == Status.OK
          && row.value() != null
          && INDICATORS.contains(row.indicator())) {
        List<String> key =
            List.of(
                row.cell().regulation(),
                row.cell().granularity().label(),
                row.cell().period(),
                row.indicator().id());
        byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      }
    }
    List<PeerComparison> out = new ArrayList<>();
    for (List<IndicatorRow> rows : byCell.values()) {
      for (IndicatorRow row : rows) {
        out.add(compare(row, rows, municipalities));
      }
    }
    out.sort(
        Comparator.comparing(PeerComparison::regulation)
            .thenComparing(PeerComparison::granularity)
            .thenComparing(PeerComparison::period)
            .thenComparing(PeerComparison::indicator)
            .thenComparing(PeerComparison::municipality));
    return out;
  }

  private static PeerComparison compare(
      IndicatorRow row, List<IndicatorRow> sameCell, Map<String, Municipality> municipalities) {
    String code = row.cell().municipality();
    String group = groupOf(municipalities.get(code));
    int peers = 0;
    double numerator = 0;
    double denominator = 0;
    if (group != null) {
      for (IndicatorRow other : sameCell) {
        String otherCode = other.cell().municipality();
        if (!otherCode.equals(code)
            && Objects.equals(group, groupOf(municipalities.get(otherCode)))) {
          peers++;
          numerator += other.numerator();
          denominator += other.denominator();
        }
      }
    }
    Double peerRate = peers > 0 && denominator > 0 ? numerator / denominator : null;
    String position = null;
    if (peers >= MIN_PEERS && peerRate != null) {
      boolean higherIsBetter = row.indicator().better() == Indicator.Better.HIGHER;
      if (row.ciLow() > peerRate) {
        position = higherIsBetter ? "above" : "below";
      } else if (row.ciHigh() < peerRate) {
        position = higherIsBetter ? "below" : "above";
      } else {
        position = "typical";
      }
    }
    return new PeerComparison(
        row.cell().regulation(),
        row.cell().granularity().label(),
        row.cell().period(),
        row.indicator().id(),
        code,
        row.value(),
        row.ciLow(),
        row.ciHigh(),
        group,
        peers,
        peerRate,
        position);
  }
}
