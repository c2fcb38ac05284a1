package nl.effectmeter.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.settings.InputCheckSettings;
import nl.effectmeter.warehouse.Manifest;
import org.junit.jupiter.api.Test;

/** The four input checks on hand-made metrics, each number worked out in the comment beside it. */
class InputChecksTest {
  private static final LocalDate JUNE = LocalDate.parse("2025-06-30");
  private static final InputChecks DEFAULTS = new InputChecks(InputCheckSettings.defaults());

  private static Manifest.InputMetrics services(
      Map<String, Long> byMonth,
      Map<String, Map<String, Long>> byOrganisation,
      Map<String, Double> completeness,
      Map<String, Double> quarantine) {
    return new Manifest.InputMetrics(
        "services", "requested_at", byMonth, byOrganisation, completeness, 1, 1, quarantine);
  }

  private static Manifest previous(String asOf, Manifest.InputMetrics metrics) {
    return new Manifest(
            "earlier", asOf, null, null, "dev", "1", Map.of(), List.of(), List.of(), Map.of(),
            List.of(), List.of())
        .withHistory(Map.of(), null, List.of(metrics), List.of());
  }

  /** UWV's months 2024-12 to 2025-05: 30, 34, 36, 40, 44, 50; June 19. */
  private static final Map<String, Long> UWV =
      Map.of(
          "2024-12", 30L, "2025-01", 34L, "2025-02", 36L, "2025-03", 40L, "2025-04", 44L, "2025-05",
          50L, "2025-06", 19L);

  @Test
  void aNewestMonthBelowHalfTheTrailingMedianFires() {
    // median of 30, 34, 36, 40, 44, 50 = (36 + 40) / 2 = 38; 19 / 38 = 50% is not below half
    Manifest.InputMetrics atHalf = services(UWV, Map.of("UWV", UWV), Map.of(), Map.of());
    assertThat(DEFAULTS.evaluate(List.of(atHalf), JUNE, Optional.empty())).isEmpty();
    // 18 / 38 = 47%
    Map<String, Long> cut = new java.util.TreeMap<>(UWV);
    cut.put("2025-06", 18L);
    Manifest.InputMetrics below = services(cut, Map.of("UWV", cut), Map.of(), Map.of());
    assertThat(DEFAULTS.evaluate(List.of(below), JUNE, Optional.empty()))
        .containsExactly(
            new Manifest.InputCheck(
                "newest_month",
                "services",
                "warn",
                "services: UWV's cases requested in 2025-06 are 47% of the median of the 6 months"
                    + " before (18 against 38)"));
    // as of 2025-06-15 the newest complete month is May, and its 6 months before reach back
    // before the first month of the input: no median to compare with
    assertThat(DEFAULTS.evaluate(List.of(below), LocalDate.parse("2025-06-15"), Optional.empty()))
        .isEmpty();
  }

  @Test
  void aSettledMonthThatChangedACompletenessThatDroppedAndAQuarantineShareThatRoseFire() {
    Manifest.InputMetrics before =
        services(
            Map.of("2025-02", 200L, "2025-03", 400L, "2025-04", 100L),
            Map.of(),
            Map.of("channel", 0.97, "cost_eur", 0.50),
            Map.of("bad_value", 0.002));
    Manifest.InputMetrics now =
        services(
            // March: 400 -> 392 is -2.0% (more than 1%); February 200 -> 201 is +0.5%; April was
            // not settled yet in the run as of May (May - 2 months = March)
            Map.of("2025-02", 201L, "2025-03", 392L, "2025-04", 150L),
            Map.of(),
            // channel 0.97 -> 0.41 drops 0.56 (more than 0.10); cost_eur 0.50 -> 0.45 drops 0.05
            Map.of("channel", 0.41, "cost_eur", 0.45),
            // bad_value 0.2% -> 6.0% rises 5.8 points; date_order 0 -> 0.5% rises 0.5 points
            Map.of("bad_value", 0.06, "date_order", 0.005));
    InputChecks checks =
        new InputChecks(
            new InputCheckSettings(
                2,
                0.01,
                InputCheckSettings.Action.WARN,
                6,
                0.5,
                20,
                InputCheckSettings.Action.WARN,
                0.10,
                InputCheckSettings.Action.FAIL,
                0.01,
                InputCheckSettings.Action.WARN));
    List<Manifest.InputCheck> fired =
        checks.evaluate(List.of(now), JUNE, Optional.of(previous("2025-05-31", before)));
    assertThat(fired)
        .containsExactly(
            new Manifest.InputCheck(
                "settled_month",
                "services",
                "warn",
                "services: the cases requested in 2025-03, a settled month, were 400 in earlier and"
                    + " are 392 now (-2.0%)"),
            new Manifest.InputCheck(
                "completeness",
                "services",
                "fail",
                "services: channel is filled in 41% of the valid rows, down from 97% in earlier"),
            new Manifest.InputCheck(
                "quarantine_share",
                "services",
                "warn",
                "services: 6.0% of the rows read were quarantined for bad_value, up from 0.2% in"
                    + " earlier"));
    assertThat(InputChecks.anyFails(fired)).isTrue();
    assertThat(InputChecks.failing(fired))
        .containsExactly(
            "services: channel is filled in 41% of the valid rows, down from 97% in earlier");
  }

  @Test
  void theChecksAndTheSeveritiesTheyFireWithAreListedOnce() {
    assertThat(InputChecks.CHECKS)
        .containsExactly("settled_month", "newest_month", "completeness", "quarantine_share");
    // off silences a check: it never fires with that severity
    assertThat(InputChecks.SEVERITIES).containsExactly("warn", "fail");
  }
}
