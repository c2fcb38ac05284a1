package nl.effectmeter.feasibility;

/**
 * A rate pooled over a window of months with its 95% Wilson interval, or the reason it is null:
 * {@code not_published} when a month of the window lacks an {@code ok} value, {@code too_early}
 * when the window has not passed yet.
 */
public record WindowRate(Double value, Double ciLow, Double ciHigh, String reason) {
  public static final String NOT_PUBLISHED = "not_published";
  public static final String TOO_EARLY = "too_early";

  public WindowRate {
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException(
          "A window rate has a value or a reason, not both or neither: " + value + ", " + reason);
    }
  }

  public static WindowRate missing(String reason) {
    return new WindowRate(null, null, null, reason);
  }

  public boolean exists() {
    return value != null;
  }
}
