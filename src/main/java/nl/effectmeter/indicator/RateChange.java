package nl.effectmeter.indicator;

/**
 * The change p₁ − p₂ between two rates with its 95% interval by Newcombe's hybrid score method
 * (method 10, Newcombe 1998), from each rate's Wilson interval: {@code low = (p₁−p₂) −
 * sqrt((p₁−l₁)² + (u₂−p₂)²)}, {@code high = (p₁−p₂) + sqrt((u₁−p₁)² + (p₂−l₂)²)}.
 */
public record RateChange(double difference, double low, double high) {

  public RateChange {
    if (!(low <= difference && difference <= high)) {
      throw new IllegalArgumentException(
          "Cannot have a change of " + difference + " outside its interval " + low + " to " + high);
    }
  }

  /** The change from rate {@code before} to rate {@code after}. */
  public static RateChange between(Rate after, Rate before) {
    double difference = after.value() - before.value();
    double low =
        difference
            - Math.sqrt(
                square(after.value() - after.low()) + square(before.high() - before.value()));
    double high =
        difference
            + Math.sqrt(
                square(after.high() - after.value()) + square(before.value() - before.low()));
    return new RateChange(difference, low, high);
  }

  private static double square(double x) {
    return x * x;
  }

  /** A rate between 0 and 1 with its 95% Wilson interval. */
  public record Rate(double value, double low, double high) {
    /** Slack for the rounding of published bounds (a Wilson bound of 0 out of n may be -1e-17). */
    private static final double SLACK = 1e-9;

    public Rate {
      if (!(-SLACK <= low && low <= value + SLACK && value <= high + SLACK && high <= 1 + SLACK)) {
        throw new IllegalArgumentException(
            "Cannot use rate " + value + " with interval " + low + " to " + high);
      }
    }
  }
}
