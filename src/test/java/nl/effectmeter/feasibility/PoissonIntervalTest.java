package nl.effectmeter.feasibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Garwood's exact Poisson interval against the published tables of the chi-squared quantiles. */
class PoissonIntervalTest {
  @Test
  void aCountOfZeroRunsFromZeroToHalfTheChiSquaredQuantileOnTwoDegrees() {
    // chi2(0.975; 2) = -2 ln(0.025) = 7.377759; half of it is 3.688879.
    PoissonInterval interval = PoissonInterval.of(0);
    assertThat(interval.low()).isZero();
    assertThat(interval.high()).isCloseTo(-Math.log(0.025), within(1e-9));
  }

  @Test
  void aCountOfTenRunsFrom4Point795To18Point390() {
    // chi2(0.025; 20) / 2 = 9.590777 / 2; chi2(0.975; 22) / 2 = 36.780712 / 2.
    PoissonInterval interval = PoissonInterval.of(10);
    assertThat(interval.low()).isCloseTo(4.795389, within(1e-6));
    assertThat(interval.high()).isCloseTo(18.390356, within(1e-6));
  }
}
