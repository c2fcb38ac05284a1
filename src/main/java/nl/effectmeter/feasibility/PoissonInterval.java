package nl.effectmeter.feasibility;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** The exact (Garwood) 95% interval of a Poisson count, from chi-squared quantiles. */
public record PoissonInterval(double low, double high) {
  public static PoissonInterval of(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("Cannot compute a Poisson interval of count " + count);
    }
    double low =
        count == 0
            ? 0
            : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(0.025) / 2;
    double high =
        ChiSquaredDistribution.of(2.0 * count + 2).inverseCumulativeProbability(0.975) / 2;
    return new PoissonInterval(low, high);
  }
}
