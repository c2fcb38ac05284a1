package nl.effectmeter.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

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

  /**
   * The weights of a code list's codes in the list's order, from weights keyed by code, so that a
   * draw by {@link #pick} is an index into the list.
   *
   * @throws IllegalStateException unless the weights name every code of the list and nothing else
   */
  static double[] ofCodes(String codeList, List<String> codes, Map<String, Double> weights) {
    TreeSet<String> missing = new TreeSet<>(codes);
    missing.removeAll(weights.keySet());
    TreeSet<String> unknown = new TreeSet<>(weights.keySet());
    unknown.removeAll(codes);
    if (!missing.isEmpty() || !unknown.isEmpty() || weights.size() != codes.size()) {
      throw new IllegalStateException(
          "The weights of "
              + codeList
              + " must name each of its codes "
              + codes
              + " once; without a weight: "
              + missing
              + ", not a code: "
              + unknown);
    }
    double[] ordered = new double[codes.size()];
    for (int i = 0; i < ordered.length; i++) {
      ordered[i] = weights.get(codes.get(i));
    }
    return ordered;
  }
}
