package nl.effectmeter.indicator;

/** The 95% Wilson score interval of a rate of x out of n. */
public record WilsonInterval(double low, double high) {
  /** The normal quantile of the 95% two-sided interval, as fixed by INDICATORS.md. */
  public static final double Z = 1.959964;

  public static WilsonInterval of(long successes, long trials) {
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "Cannot compute a Wilson interval of " + successes + " out of " + trials);
    }
    double n = trials;
    double p = successes / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    // In exact arithmetic the bounds lie in [0, 1]; clamp the rounding error (0 of n gave -1e-17).
    return new WilsonInterval(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
  }
}
