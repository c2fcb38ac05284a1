package nl.effectmeter.generate;

import java.util.SplittableRandom;

/** Draws an index in proportion to non-negative weights. */
final class Weighted {
  private Weighted() {}

  static int pick(double[] weights, SplittableRandom random) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
