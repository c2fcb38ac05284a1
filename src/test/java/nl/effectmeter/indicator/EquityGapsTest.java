package nl.effectmeter.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EquityGapsTest {
  private static final CellKey PARENT =
      new CellKey(
          Breakdown.ORGANISATION_REGULATION,
          Granularity.QUARTER,
          "2025-Q1",
          "UWV",
          "WW",
          "_T",
          "_T",
          "zbo",
          "_T",
          "_T");

  @Test
  void municipalGapIsP90MinusP10OverFiveOkMunicipalities() {
    // rates [0, 0.25, 0.5, 0.5, 1]: p90 = 0.5 + 0.6 x 0.5 = 0.8, p10 = 0 + 0.4 x 0.25 = 0.1
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(municipal("GM0363", "PV27", 1.0, Status.OK));
    rows.add(municipal("GM0599", "PV28", 0.5, Status.OK));
    rows.add(municipal("GM0344", "PV26", 0.0, Status.OK));
    rows.add(municipal("GM0014", "PV20", 0.25, Status.OK));
    rows.add(municipal("GM0193", "PV23", 0.5, Status.OK));
    IndicatorRow gap = gap(rows, Indicator.MUNICIPAL_OUTCOME_GAP);
    assertThat(gap.status()).isEqualTo(Status.OK);
    assertThat(gap.value()).isCloseTo(0.7, within(1e-12));
    assertThat(gap.base()).isEqualTo(5L);
    assertThat(gap.numerator()).isNull();
    assertThat(gap.denominator()).isNull();
  }

  @Test
  void municipalGapOverFourMunicipalitiesIsNoDataWithBaseFour() {
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(municipal("GM0363", "PV27", 1.0, Status.OK));
    rows.add(municipal("GM0599", "PV28", 0.5, Status.OK));
    rows.add(municipal("GM0344", "PV26", 0.0, Status.OK));
    rows.add(municipal("GM0014", "PV20", 0.25, Status.OK));
    IndicatorRow gap = gap(rows, Indicator.MUNICIPAL_OUTCOME_GAP);
    assertThat(gap.status()).isEqualTo(Status.NO_DATA);
    assertThat(gap.base()).isEqualTo(4L);
    assertThat(gap.value()).isNull();
  }

  @Test
  void municipalGapSkipsSuppressedMunicipalities() {
    // five cells, one confidential: only four ok cells remain
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(municipal("GM0363", "PV27", 1.0, Status.OK));
    rows.add(municipal("GM0599", "PV28", 0.5, Status.OK));
    rows.add(municipal("GM0344", "PV26", 0.0, Status.OK));
    rows.add(municipal("GM0014", "PV20", 0.25, Status.OK));
    rows.add(municipal("GM0193", "PV23", null, Status.CONFIDENTIAL));
    IndicatorRow gap = gap(rows, Indicator.MUNICIPAL_OUTCOME_GAP);
    assertThat(gap.status()).isEqualTo(Status.NO_DATA);
    assertThat(gap.base()).isEqualTo(4L);
  }

  @Test
  void segmentGapIsHighestMinusLowestOverKnownSegments() {
    // 0.9 - 0.2 = 0.7; _U (0.0) is not a known segment
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(segment("18-26", 0.9, Status.OK));
    rows.add(segment("27-66", 0.2, Status.OK));
    rows.add(segment("_U", 0.0, Status.OK));
    IndicatorRow gap = gap(rows, Indicator.SEGMENT_OUTCOME_GAP);
    assertThat(gap.status()).isEqualTo(Status.OK);
    assertThat(gap.value()).isCloseTo(0.7, within(1e-12));
    assertThat(gap.base()).isEqualTo(2L);
  }

  @Test
  void segmentGapSkipsSuppressedSegmentsAndNeedsTwo() {
    // one ok known segment, one confidential, one _U: only one counts
    List<IndicatorRow> rows = new ArrayList<>();
    rows.add(segment("18-26", 0.9, Status.OK));
    rows.add(segment("27-66", null, Status.CONFIDENTIAL));
    rows.add(segment("_U", 0.1, Status.OK));
    IndicatorRow gap = gap(rows, Indicator.SEGMENT_OUTCOME_GAP);
    assertThat(gap.status()).isEqualTo(Status.NO_DATA);
    assertThat(gap.base()).isEqualTo(1L);
    assertThat(gap.value()).isNull();
  }

  @Test
  void gapsExistAtQuarterAndYearOnly() {
    CellKey month =
        new CellKey(
            Breakdown.ORGANISATION_REGULATION,
            Granularity.MONTH,
            "2025-01",
            "UWV",
            "WW",
            "_T",
            "_T",
            "zbo",
            "_T",
            "_T");
    assertThat(EquityGaps.rows(List.of(month), List.of())).isEmpty();
  }

  private static IndicatorRow gap(List<IndicatorRow> rows, Indicator indicator) {
    return EquityGaps.rows(List.of(PARENT), rows).stream()
        .filter(r -> r.indicator() == indicator)
        .findFirst()
        .orElseThrow();
  }

  private static IndicatorRow municipal(
      String municipality, String province, Double rate, Status status) {
    CellKey cell =
        new CellKey(
            Breakdown.ORGANISATION_REGULATION_MUNICIPALITY,
            Granularity.QUARTER,
            "2025-Q1",
            "UWV",
            "WW",
            municipality,
            province,
            "zbo",
            "_T",
            "_T");
    return achievement(cell, rate, status);
  }

  private static IndicatorRow segment(String segment, Double rate, Status status) {
    CellKey cell =
        new CellKey(
            Breakdown.ORGANISATION_REGULATION_CLIENT_SEGMENT,
            Granularity.QUARTER,
            "2025-Q1",
            "UWV",
            "WW",
            "_T",
            "_T",
            "zbo",
            segment,
            "_T");
    return achievement(cell, rate, status);
  }

  private static IndicatorRow achievement(CellKey cell, Double rate, Status status) {
    if (status.isSuppressed()) {
      return new IndicatorRow(
          cell, Indicator.OUTCOME_ACHIEVEMENT_RATE, null, null, null, null, null, null, status);
    }
    // the rate as x of 20 measured cases; the gap reads only the value
    return new IndicatorRow(
        cell, Indicator.OUTCOME_ACHIEVEMENT_RATE, rate, 20 * rate, 20.0, 20L, null, null, status);
  }
}
