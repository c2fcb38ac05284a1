package nl.effectmeter.generate;

import java.util.SplittableRandom;

/**
 * Hands out pseudonymous client keys; a share of the requests of a regulation comes from a client
 * who recently requested the same regulation, so repeat requests within 90 days occur.
 */
final class ClientKeys {
  private static final int RECENT = 64;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final long seed;
  private final String[][] recent;
  private final int[] filled;
  private long issued;

  ClientKeys(long seed, int regulations) {
    this.seed = seed;
    this.recent = new String[regulations][RECENT];
    this.filled = new int[regulations];
  }

  /** A key for a request of the regulation at {@code regulationIndex}. */
  String next(SplittableRandom random, int regulationIndex, double repeatShare) {
    int count = filled[regulationIndex];
    if (count > 0 && random.nextDouble() < repeatShare) {
      return recent[regulationIndex][random.nextInt(Math.min(count, RECENT))];
    }
    String key = key(issued++);
    recent[regulationIndex][count % RECENT] = key;
    filled[regulationIndex] = count + 1 == Integer.MAX_VALUE ? RECENT : count + 1;
    return key;
  }

  private String key(long number) {
    long hash = mix(seed * 0x9E3779B97F4A7C15L + number);
    char[] text = new char[11];
    text[0] = 'K';
    for (int i = 1; i < 11; i++) {
      text[i] = HEX[(int) (hash & 15)];
      hash >>>= 4;
    }
    return new String(text);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
