package nl.effectmeter.indicator;

import java.util.Arrays;

/** Exact percentiles with linear interpolation between order statistics (numpy's default). */
public final class Percentiles {
  private Percentiles() {}

  /** The p-th quantile (0..1) of the values; the values need not be sorted. */
  public static double of(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Cannot take a percentile of no values");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("Percentile must lie in [0, 1]: " + p);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double position = p * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(lower + 1, sorted.length - 1);
    double fraction = position - lower;
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
  }
}
