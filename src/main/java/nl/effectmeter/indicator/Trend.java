package nl.effectmeter.indicator;

import java.util.Locale;

/** Whether a rate moved significantly, in the indicator's better direction or against it. */
public enum Trend {
  IMPROVED,
  WORSENED,
  NO_SIGNIFICANT_CHANGE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The trend of a change whose 95% interval is {@code interval}: improved when the interval lies
   * entirely on the better side of 0, worsened when entirely on the other, else no significant
   * change (an interval that touches 0 is not significant).
   */
  public static Trend of(RateChange interval, Indicator.Better better) {
    if (better == null) {
      throw new IllegalArgumentException("Cannot judge a change without a better direction");
    }
    boolean up = interval.low() > 0;
    boolean down = interval.high() < 0;
    if (!up && !down) {
      return NO_SIGNIFICANT_CHANGE;
    }
    return up == (better == Indicator.Better.HIGHER) ? IMPROVED : WORSENED;
  }
}
