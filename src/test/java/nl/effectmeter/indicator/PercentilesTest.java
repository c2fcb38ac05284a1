package nl.effectmeter.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  private static final double EPS = 1e-12;

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    // sorted [1, 3, 7]: position 0.5 * 2 = 1 -> 3
    assertThat(Percentiles.of(new double[] {7, 1, 3}, 0.5)).isCloseTo(3, within(EPS));
  }

  @Test
  void medianOfAnEvenCountInterpolatesBetweenTheMiddleTwo() {
    // sorted [10, 20, 56, 57]: position 0.5 * 3 = 1.5 -> 20 + 0.5 * (56 - 20) = 38
    assertThat(Percentiles.of(new double[] {56, 57, 10, 20}, 0.5)).isCloseTo(38, within(EPS));
  }

  @Test
  void ninetiethPercentileInterpolatesLikeNumpy() {
    // sorted [10, 20, 56, 57]: position 0.9 * 3 = 2.7 -> 56 + 0.7 * (57 - 56) = 56.7
    assertThat(Percentiles.of(new double[] {56, 57, 10, 20}, 0.9)).isCloseTo(56.7, within(EPS));
    // sorted [0, 0.25, 0.5, 0.5, 1]: position 0.9 * 4 = 3.6 -> 0.5 + 0.6 * 0.5 = 0.8
    assertThat(Percentiles.of(new double[] {1, 0.5, 0, 0.25, 0.5}, 0.9))
        .isCloseTo(0.8, within(EPS));
  }

  @Test
  void tenthPercentileInterpolatesLikeNumpy() {
    // sorted [0, 0.25, 0.5, 0.5, 1]: position 0.1 * 4 = 0.4 -> 0 + 0.4 * 0.25 = 0.1
    assertThat(Percentiles.of(new double[] {1, 0.5, 0, 0.25, 0.5}, 0.1))
        .isCloseTo(0.1, within(EPS));
  }

  @Test
  void aSingleValueIsEveryPercentile() {
    assertThat(Percentiles.of(new double[] {4}, 0.9)).isEqualTo(4);
  }

  @Test
  void refusesAnEmptyList() {
    assertThatThrownBy(() -> Percentiles.of(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot take a percentile of no values");
  }

  @Test
  void refusesAPercentileOutsideZeroToOne() {
    assertThatThrownBy(() -> Percentiles.of(new double[] {1}, 90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Percentile must lie in [0, 1]: 90.0");
  }
}
