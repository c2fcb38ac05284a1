package nl.effectmeter.web;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard's {@code trend} of the worked example's run, 2025 against 2024, worked by hand from
 * the published Wilson intervals with Newcombe's method 10 (z = 1.959964).
 */
class ScorecardTrendTest {
  private static final double EPS = 1e-5;
  @TempDir static Path dir;
  private static TestServer server;
  private static JsonNode uwv;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
    uwv = json(server.get("/api/v1/scorecards/UWV?period=2025"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void uwvsTimelyDecisionsWorsenedBecauseTheWholeIntervalOfTheFallLiesBelowZero() {
    // 2025: 108/149 = 0.724832, Wilson (0.648154, 0.790208); 2024: 156/176 = 0.886364,
    // Wilson (0.830998, 0.925223). Change −0.161531;
    // low  = −0.161531 − sqrt((0.724832 − 0.648154)² + (0.925223 − 0.886364)²)
    //      = −0.161531 − sqrt(0.005880 + 0.001510) = −0.161531 − 0.085965 = −0.247496
    // high = −0.161531 + sqrt((0.790208 − 0.724832)² + (0.886364 − 0.830998)²)
    //      = −0.161531 + sqrt(0.004274 + 0.003065) = −0.161531 + 0.085670 = −0.075861
    // Higher is better and the interval lies below 0: worsened.
    JsonNode timely = entry(uwv, "timely_decision_rate");
    assertThat(timely.get("value").asDouble()).isCloseTo(108.0 / 149, within(1e-12));
    assertThat(timely.get("previous").get("value").asDouble())
        .isCloseTo(156.0 / 176, within(1e-12));
    assertThat(timely.get("previous").get("interval").get("low").asDouble())
        .isCloseTo(0.830998, within(EPS));
    assertThat(timely.get("change_interval").get("low").asDouble())
        .isCloseTo(-0.247496, within(EPS));
    assertThat(timely.get("change_interval").get("high").asDouble())
        .isCloseTo(-0.075861, within(EPS));
    assertThat(timely.get("trend").asText()).isEqualTo("worsened");
  }

  @Test
  void uwvsOutcomeAchievementImprovedBecauseTheWholeIntervalOfTheRiseLiesAboveZero() {
    // 2025: 28/43 = 0.651163, Wilson (0.501718, 0.775814); 2024: 34/89 = 0.382022,
    // Wilson (0.287949, 0.485859). Change 0.269141;
    // low  = 0.269141 − sqrt((0.651163 − 0.501718)² + (0.485859 − 0.382022)²)
    //      = 0.269141 − sqrt(0.022334 + 0.010782) = 0.269141 − 0.181978 = 0.087163
    // high = 0.269141 + sqrt((0.775814 − 0.651163)² + (0.382022 − 0.287949)²)
    //      = 0.269141 + sqrt(0.015538 + 0.008850) = 0.269141 + 0.156165 = 0.425306
    JsonNode achieved = entry(uwv, "outcome_achievement_rate");
    assertThat(achieved.get("change_interval").get("low").asDouble())
        .isCloseTo(0.087163, within(EPS));
    assertThat(achieved.get("change_interval").get("high").asDouble())
        .isCloseTo(0.425306, within(EPS));
    assertThat(achieved.get("trend").asText()).isEqualTo("improved");
  }

  @Test
  void aLowerIsBetterRateHiddenInBothYearsKeepsItsDirectionButHasNoChange() {
    // Repeat requests are rare in this small input, and most of a municipality's monthly repeat
    // counts are 0 or 1: GM0198's rate is confidential in both years. The direction is still told;
    // how a lower-is-better rate's interval reads is RateChangeTest's.
    JsonNode repeats =
        entry(json(server.get("/api/v1/scorecards/GM0198?period=2025")), "repeat_request_rate");
    assertThat(repeats.get("better").asText()).isEqualTo("lower");
    assertThat(repeats.get("status").asText()).isEqualTo("confidential");
    assertThat(repeats.get("previous").get("status").asText()).isEqualTo("confidential");
    assertThat(repeats.get("change_interval").isNull()).isTrue();
    assertThat(repeats.get("trend").isNull()).isTrue();
  }

  @Test
  void countsAndTheOtherIndicatorsHaveAChangeButNoTrend() {
    for (String indicator :
        new String[] {
          "cases_received",
          "open_cases",
          "throughput_days_median",
          "cost_per_case",
          "complaints_per_1000_decisions"
        }) {
      JsonNode entry = entry(uwv, indicator);
      assertThat(entry.get("trend").isNull()).as(indicator).isTrue();
      assertThat(entry.get("change_interval").isNull()).as(indicator).isTrue();
    }
    assertThat(entry(uwv, "cases_received").get("change").isNumber()).isTrue();
  }

  @Test
  void aConfidentialCurrentOrPreviousValueGivesNoTrend() {
    // GM0296's 2025 timeliness is confidential (2024's, 17/18, is published); GM0198's 2024 one
    // is (2025's, 21/23, is published).
    JsonNode current =
        entry(json(server.get("/api/v1/scorecards/GM0296?period=2025")), "timely_decision_rate");
    assertThat(current.get("status").asText()).isEqualTo("confidential");
    assertThat(current.get("previous").get("status").asText()).isEqualTo("ok");
    JsonNode previous =
        entry(json(server.get("/api/v1/scorecards/GM0198?period=2025")), "timely_decision_rate");
    assertThat(previous.get("status").asText()).isEqualTo("ok");
    assertThat(previous.get("previous").get("status").asText()).isEqualTo("confidential");
    assertThat(previous.get("previous").get("interval").isNull()).isTrue();
    for (JsonNode entry : new JsonNode[] {current, previous}) {
      assertThat(entry.get("trend").isNull()).isTrue();
      assertThat(entry.get("change_interval").isNull()).isTrue();
      assertThat(entry.get("change").isNull()).isTrue();
    }
  }

  private static JsonNode entry(JsonNode card, String indicator) {
    for (JsonNode group : card.get("groups")) {
      for (JsonNode entry : group.get("indicators")) {
        if (entry.get("indicator").asText().equals(indicator)) {
          return entry;
        }
      }
    }
    throw new AssertionError("No " + indicator + " in the scorecard");
  }
}
