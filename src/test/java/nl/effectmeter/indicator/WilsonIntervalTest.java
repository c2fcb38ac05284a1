package nl.effectmeter.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
  // z = 1.959964, z² = 3.841458880
  private static final double EPS = 1e-6;

  @Test
  void eightOutOfTenHasTheHandComputedInterval() {
    // p = 0.8, n = 10: 1 + z²/n = 1.384145888
    // centre = (0.8 + 3.841458880/20) / 1.384145888 = 0.992072944 / 1.384145888 = 0.716740159
    // half = 1.959964 * sqrt(0.16/10 + 3.841458880/400) / 1.384145888
    //      = 1.959964 * sqrt(0.025603647) / 1.384145888 = 0.226577690
    WilsonInterval interval = WilsonInterval.of(8, 10);
    assertThat(interval.low()).isCloseTo(0.716740159 - 0.226577690, within(EPS));
    assertThat(interval.high()).isCloseTo(0.716740159 + 0.226577690, within(EPS));
    assertThat(interval.low()).isCloseTo(0.490162, within(EPS));
    assertThat(interval.high()).isCloseTo(0.943318, within(EPS));
  }

  @Test
  void zeroOutOfTenStartsAtZeroAndEndsAtTheHandComputedUpperBound() {
    // p = 0: centre = (3.841458880/20) / 1.384145888 = 0.138766402
    // half = 1.959964 * sqrt(3.841458880/400) / 1.384145888 = 0.138766402, so low = 0
    WilsonInterval interval = WilsonInterval.of(0, 10);
    assertThat(interval.low()).isCloseTo(0.0, within(EPS));
    assertThat(interval.high()).isCloseTo(2 * 0.138766402, within(EPS));
  }

  @Test
  void allSuccessesEndsAtOne() {
    // 1 of 1: the interval is the mirror of 0 of 1, and high = 1
    WilsonInterval interval = WilsonInterval.of(1, 1);
    assertThat(interval.high()).isCloseTo(1.0, within(EPS));
    assertThat(interval.low()).isCloseTo(1 - WilsonInterval.of(0, 1).high(), within(EPS));
  }

  @Test
  void refusesARateWithoutTrials() {
    assertThatThrownBy(() -> WilsonInterval.of(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot compute a Wilson interval of 0 out of 0");
  }

  @Test
  void refusesMoreSuccessesThanTrials() {
    assertThatThrownBy(() -> WilsonInterval.of(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot compute a Wilson interval of 3 out of 2");
  }

  @Test
  void noneOrAllSuccessesGiveBoundsOfExactlyZeroAndOne() {
    // 0 of 20: low = centre - half, which is 0 in exact arithmetic and -1.4e-17 in doubles.
    assertThat(WilsonInterval.of(0, 20).low()).isEqualTo(0.0);
    // 20 of 20: high = centre + half, 1 in exact arithmetic and 1.0000000000000002 in doubles.
    assertThat(WilsonInterval.of(20, 20).high()).isEqualTo(1.0);
  }
}
