package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.settings.JobSettings;
import org.junit.jupiter.api.Test;

/** The primary rules: which rows are confidential by themselves, before any linked margin. */
class PrimaryRulesTest {
  private static final CellKey CELL =
      new CellKey(
          Breakdown.TOTAL, Granularity.YEAR, "2025", "_T", "_T", "_T", "_T", "_T", "_T", "_T");

  private static IndicatorRow count(long base) {
    return new IndicatorRow(
        CELL,
        Indicator.CASES_RECEIVED,
        (double) base,
        (double) base,
        null,
        base,
        null,
        null,
        Status.OK);
  }

  @Test
  void theMinimumBaseHitsBasesOneToKMinusOneButNeitherZeroNorK() {
    PrimaryRules rules = PrimaryRules.minimumBase(10);
    assertThat(rules.hit(count(0))).isFalse();
    assertThat(rules.hit(count(1))).isTrue();
    assertThat(rules.hit(count(9))).isTrue();
    assertThat(rules.hit(count(10))).isFalse();
  }

  @Test
  void theSettingsMinimumBaseIsTheRuleTheRunApplies() {
    PrimaryRules rules = PrimaryRules.from(JobSettings.defaults());
    assertThat(rules.rules()).containsExactly(new MinimumBase(JobSettings.defaults().minBase()));
  }

  @Test
  void aRowAnyRuleHitsIsPrimary() {
    PrimaryRule evenBases =
        new PrimaryRule() {
          @Override
          public String name() {
            return "even bases";
          }

          @Override
          public boolean hits(IndicatorRow row) {
            return row.base() != null && row.base() % 2 == 0;
          }
        };
    Disclosure disclosure =
        new Disclosure(new PrimaryRules(List.of(new MinimumBase(3), evenBases)));
    assertThat(disclosure.isPrimary(count(2))).isTrue();
    assertThat(disclosure.isPrimary(count(12))).isTrue();
    assertThat(disclosure.isPrimary(count(13))).isFalse();
  }

  @Test
  void disclosureControlNeedsARule() {
    assertThatThrownBy(() -> new PrimaryRules(List.of()))
        .hasMessage("Disclosure control needs at least one primary rule");
    assertThatThrownBy(() -> new MinimumBase(0)).hasMessage("Minimum base must be at least 1: 0");
  }
}
