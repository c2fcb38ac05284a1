package nl.effectmeter.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.effectmeter.indicator.RateChange.Rate;
import org.junit.jupiter.api.Test;

/** Newcombe's method 10 on hand-worked Wilson intervals (z = 1.959964, z² = 3.841458880). */
class RateChangeTest {
  private static final double EPS = 1e-5;

  // Newcombe (1998), Statistics in Medicine 17:873-890, table II, example (a): 56/70 − 48/80.
  // 56/70: p₁ = 0.8, 1 + z²/70 = 1.054878, centre = (0.8 + 3.841459/140) / 1.054878 = 0.784394,
  //   half = 1.959964 · sqrt(0.16/70 + 3.841459/19600) / 1.054878 = 1.959964 · 0.049817 / 1.054878
  //   = 0.092560: (l₁, u₁) = (0.691834, 0.876953).
  // 48/80: p₂ = 0.6, 1 + z²/80 = 1.048018, centre = (0.6 + 3.841459/160) / 1.048018 = 0.595418,
  //   half = 1.959964 · sqrt(0.24/80 + 3.841459/25600) / 1.048018 = 1.959964 · 0.056125 / 1.048018
  //   = 0.104964: (l₂, u₂) = (0.490455, 0.700382).
  // low  = 0.2 − sqrt((0.8 − 0.691834)² + (0.700382 − 0.6)²) = 0.2 − sqrt(0.011700 + 0.010077)
  //      = 0.2 − 0.147569 = 0.052431
  // high = 0.2 + sqrt((0.876953 − 0.8)² + (0.6 − 0.490455)²) = 0.2 + sqrt(0.005922 + 0.012000)
  //      = 0.2 + 0.133873 = 0.333873 — the paper's 0.0524 to 0.3339.
  private static final Rate FIFTY_SIX_OF_SEVENTY = new Rate(0.8, 0.691834, 0.876953);
  private static final Rate FORTY_EIGHT_OF_EIGHTY = new Rate(0.6, 0.490455, 0.700382);

  // 8/10: (0.490162, 0.943318); 4/10: p = 0.4, centre = (0.4 + 0.192073) / 1.384146 = 0.427754,
  // half = 1.959964 · sqrt(0.024 + 0.009604) / 1.384146 = 1.959964 · 0.183313 / 1.384146 =
  // 0.259574:
  // (0.168180, 0.687326).
  private static final Rate EIGHT_OF_TEN = new Rate(0.8, 0.490162, 0.943318);
  private static final Rate FOUR_OF_TEN = new Rate(0.4, 0.168180, 0.687326);

  @Test
  void theIntervalOfFiftySixOfSeventyMinusFortyEightOfEightyIsNewcombesExample() {
    RateChange change = RateChange.between(FIFTY_SIX_OF_SEVENTY, FORTY_EIGHT_OF_EIGHTY);
    assertThat(change.difference()).isCloseTo(0.2, within(1e-12));
    assertThat(change.low()).isCloseTo(0.052431, within(EPS));
    assertThat(change.high()).isCloseTo(0.333873, within(EPS));
  }

  @Test
  void aRiseWhoseIntervalLiesAboveZeroImprovesAHigherIsBetterRateAndWorsensALowerIsBetterOne() {
    RateChange change = RateChange.between(FIFTY_SIX_OF_SEVENTY, FORTY_EIGHT_OF_EIGHTY);
    assertThat(Trend.of(change, Indicator.Better.HIGHER)).isEqualTo(Trend.IMPROVED);
    assertThat(Trend.of(change, Indicator.Better.LOWER)).isEqualTo(Trend.WORSENED);
  }

  @Test
  void theReverseFallHasTheMirroredIntervalAndTheOppositeTrend() {
    // 48/80 − 56/70: −0.2, low = −0.2 − sqrt((0.6 − 0.490455)² + (0.876953 − 0.8)²) = −0.333873,
    // high = −0.2 + sqrt((0.700382 − 0.6)² + (0.8 − 0.691834)²) = −0.052431.
    RateChange change = RateChange.between(FORTY_EIGHT_OF_EIGHTY, FIFTY_SIX_OF_SEVENTY);
    assertThat(change.low()).isCloseTo(-0.333873, within(EPS));
    assertThat(change.high()).isCloseTo(-0.052431, within(EPS));
    assertThat(Trend.of(change, Indicator.Better.HIGHER)).isEqualTo(Trend.WORSENED);
    assertThat(Trend.of(change, Indicator.Better.LOWER)).isEqualTo(Trend.IMPROVED);
  }

  @Test
  void aLargeChangeOnSmallBasesIsNotSignificant() {
    // 8/10 − 4/10 = 0.4, yet low = 0.4 − sqrt((0.8 − 0.490162)² + (0.687326 − 0.4)²)
    // = 0.4 − sqrt(0.096000 + 0.082556) = 0.4 − 0.422558 = −0.022558;
    // high = 0.4 + sqrt((0.943318 − 0.8)² + (0.4 − 0.168180)²) = 0.4 + sqrt(0.020540 + 0.053741)
    // = 0.4 + 0.272545 = 0.672545. The interval holds 0.
    RateChange change = RateChange.between(EIGHT_OF_TEN, FOUR_OF_TEN);
    assertThat(change.low()).isCloseTo(-0.022558, within(EPS));
    assertThat(change.high()).isCloseTo(0.672545, within(EPS));
    assertThat(Trend.of(change, Indicator.Better.HIGHER)).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
    assertThat(Trend.of(change, Indicator.Better.LOWER)).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void anIntervalThatEndsAtZeroIsNotSignificant() {
    assertThat(Trend.of(new RateChange(0.1, 0.0, 0.2), Indicator.Better.HIGHER))
        .isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
    assertThat(Trend.of(new RateChange(-0.1, -0.2, 0.0), Indicator.Better.LOWER))
        .isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void aRateOutsideItsIntervalIsRefusedWithItsNumbers() {
    assertThatThrownBy(() -> new Rate(0.9, 0.2, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot use rate 0.9 with interval 0.2 to 0.5");
  }

  @Test
  void aTrendNeedsABetterDirection() {
    assertThatThrownBy(() -> Trend.of(new RateChange(0.1, 0.05, 0.2), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot judge a change without a better direction");
  }
}
