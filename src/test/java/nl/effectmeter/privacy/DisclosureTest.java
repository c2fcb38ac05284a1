package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.indicator.WilsonInterval;
import org.junit.jupiter.api.Test;

class DisclosureTest {
  private final Disclosure disclosure = new Disclosure(10, Disclosure.MARGINS);

  @Test
  void aBaseOfNineIsConfidentialWithEveryNumberHidden() {
    IndicatorRow row = disclosure.primary(rate("GM0363", 3, 9));
    assertThat(row.status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(row.value()).isNull();
    assertThat(row.numerator()).isNull();
    assertThat(row.denominator()).isNull();
    assertThat(row.base()).isNull();
    assertThat(row.ciLow()).isNull();
    assertThat(row.ciHigh()).isNull();
  }

  @Test
  void aBaseOfTenIsPublished() {
    IndicatorRow row = disclosure.primary(rate("GM0363", 3, 10));
    assertThat(row.status()).isEqualTo(Status.OK);
    assertThat(row.value()).isEqualTo(0.3);
    assertThat(row.base()).isEqualTo(10L);
  }

  @Test
  void aBaseOfZeroStaysNoData() {
    IndicatorRow noData = IndicatorRow.noData(cell("GM0363"), Indicator.TIMELY_DECISION_RATE, 0);
    assertThat(disclosure.primary(noData)).isEqualTo(noData);
  }

  @Test
  void aCountOfZeroStaysOk() {
    IndicatorRow zero = count("GM0363", 0);
    assertThat(disclosure.primary(zero)).isEqualTo(zero);
  }

  @Test
  void theMinimumBaseIsASetting() {
    assertThat(new Disclosure(3, List.of()).primary(count("GM0363", 3)).status())
        .isEqualTo(Status.OK);
    assertThat(new Disclosure(3, List.of()).primary(count("GM0363", 2)).status())
        .isEqualTo(Status.CONFIDENTIAL);
  }

  @Test
  void oneConfidentialCellHidesTheOkCellWithTheSmallestBase() {
    // bases 9 (confidential), 12, 11, 30: the 11 becomes confidential_secondary
    List<IndicatorRow> out =
        disclosure.apply(
            List.of(
                count("GM0363", 9), count("GM0599", 12), count("GM0344", 11), count("GM0014", 30)));
    assertThat(statuses(out))
        .containsExactly(
            "GM0363 confidential", "GM0599 ok", "GM0344 confidential_secondary", "GM0014 ok");
    assertThat(out.get(2).value()).isNull();
    assertThat(out.get(2).base()).isNull();
  }

  @Test
  void aTieOnTheSmallestBaseHidesTheSmallestCode() {
    // GM0599 and GM0014 both have 10: GM0014 < GM0599
    List<IndicatorRow> out =
        disclosure.apply(
            List.of(
                count("GM0363", 9), count("GM0599", 10), count("GM0014", 10), count("GM0344", 12)));
    assertThat(statuses(out))
        .containsExactly(
            "GM0363 confidential", "GM0599 ok", "GM0014 confidential_secondary", "GM0344 ok");
  }

  @Test
  void twoConfidentialCellsProtectEachOtherAndNothingMoreIsHidden() {
    List<IndicatorRow> out =
        disclosure.apply(List.of(count("GM0363", 9), count("GM0599", 2), count("GM0344", 11)));
    assertThat(statuses(out))
        .containsExactly("GM0363 confidential", "GM0599 confidential", "GM0344 ok");
  }

  @Test
  void okCellsWithBaseZeroAreNeverPickedAndLeaveNothingToHide() {
    // a confidential rate beside a no_data rate and an ok count of 0: nothing with base above 0
    List<IndicatorRow> out =
        disclosure.apply(List.of(count("GM0363", 4), count("GM0599", 0), count("GM0344", 0)));
    assertThat(statuses(out)).containsExactly("GM0363 confidential", "GM0599 ok", "GM0344 ok");
  }

  @Test
  void secondarySuppressionStaysWithinOneIndicator() {
    // the confidential count and the ok rate of another indicator are not one group
    List<IndicatorRow> out = disclosure.apply(List.of(count("GM0363", 9), rate("GM0599", 5, 10)));
    assertThat(out.get(1).status()).isEqualTo(Status.OK);
  }

  @Test
  void secondarySuppressionStaysWithinOnePeriod() {
    IndicatorRow q2 =
        new IndicatorRow(
            cell("GM0599").inPeriod("2025-Q2"),
            Indicator.CASES_RECEIVED,
            20.0,
            20.0,
            null,
            20L,
            null,
            null,
            Status.OK);
    List<IndicatorRow> out = disclosure.apply(List.of(count("GM0363", 9), q2));
    assertThat(out.get(1).status()).isEqualTo(Status.OK);
  }

  @Test
  void breakdownsWithoutAMarginAreNotSuppressedFurther() {
    CellKey monthly =
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
    IndicatorRow small =
        new IndicatorRow(
            monthly, Indicator.CASES_RECEIVED, 3.0, 3.0, null, 3L, null, null, Status.OK);
    IndicatorRow other =
        new IndicatorRow(
            monthly.with(Dimension.REGULATION, "AOW"),
            Indicator.CASES_RECEIVED,
            15.0,
            15.0,
            null,
            15L,
            null,
            null,
            Status.OK);
    List<IndicatorRow> out = disclosure.apply(List.of(small, other));
    assertThat(out.get(0).status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(out.get(1).status()).isEqualTo(Status.OK);
  }

  @Test
  void refusesAMinimumBaseBelowOne() {
    assertThatThrownBy(() -> new Disclosure(0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Minimum base must be at least 1: 0");
  }

  @Test
  void aMarginMustVaryADimensionOfItsBreakdown() {
    assertThatThrownBy(() -> new Margin(Breakdown.ORGANISATION_REGULATION, Dimension.CHANNEL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Breakdown organisation,regulation does not hold dimension channel");
  }

  private static List<String> statuses(List<IndicatorRow> rows) {
    return rows.stream().map(r -> r.cell().municipality() + " " + r.status().label()).toList();
  }

  private static CellKey cell(String municipality) {
    return new CellKey(
        Breakdown.ORGANISATION_REGULATION_MUNICIPALITY,
        Granularity.QUARTER,
        "2025-Q1",
        "UWV",
        "WW",
        municipality,
        "PV" + municipality.substring(4),
        "zbo",
        "_T",
        "_T");
  }

  private static IndicatorRow count(String municipality, long count) {
    return new IndicatorRow(
        cell(municipality),
        Indicator.CASES_RECEIVED,
        (double) count,
        (double) count,
        null,
        count,
        null,
        null,
        Status.OK);
  }

  private static IndicatorRow rate(String municipality, long x, long n) {
    WilsonInterval interval = WilsonInterval.of(x, n);
    return new IndicatorRow(
        cell(municipality),
        Indicator.TIMELY_DECISION_RATE,
        (double) x / n,
        (double) x,
        (double) n,
        n,
        interval.low(),
        interval.high(),
        Status.OK);
  }
}
