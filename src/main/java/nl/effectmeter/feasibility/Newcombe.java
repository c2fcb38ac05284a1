package nl.effectmeter.feasibility;

import nl.effectmeter.indicator.Indicator;

/**
 * The 95% interval of the difference of two independent rates by Newcombe's hybrid score method
 * (method 10), from their Wilson intervals, and what it says about a change.
 */
public final class Newcombe {
  public static final String IMPROVED = "improved";
  public static final String WORSENED = "worsened";
  public static final String NO_SIGNIFICANT_CHANGE = "no_significant_change";

  private Newcombe() {}

  /** The interval of {@code after - before}: {@code [low, high]}. */
  public static double[] difference(WindowRate after, WindowRate before) {
    double p1 = after.value();
    double p2 = before.value();
    double d = p1 - p2;
    double low = d - Math.sqrt(square(p1 - after.ciLow()) + square(before.ciHigh() - p2));
    double high = d + Math.sqrt(square(after.ciHigh() - p1) + square(p2 - before.ciLow()));
    return new double[] {low, high};
  }

  /**
   * {@code improved} when the interval lies entirely on the indicator's better side of 0, {@code
   * worsened} when entirely on the other, else {@code no_significant_change}; null when either rate
   * is missing.
   */
  public static String change(Indicator indicator, WindowRate after, WindowRate before) {
    if (!after.exists() || !before.exists()) {
      return null;
    }
    double[] interval = difference(after, before);
    boolean higherIsBetter = indicator.better() == Indicator.Better.HIGHER;
    if (interval[0] > 0) {
      return higherIsBetter ? IMPROVED : WORSENED;
    }
    if (interval[1] < 0) {
      return higherIsBetter ? WORSENED : IMPROVED;
    }
    return NO_SIGNIFICANT_CHANGE;
  }

  private static double square(double x) {
    return x * x;
  }
}
