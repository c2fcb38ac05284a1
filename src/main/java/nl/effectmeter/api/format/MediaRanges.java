package nl.effectmeter.api.format;

import java.util.Locale;

/** Reads one media range of an {@code Accept} header: its type and its parameters. */
public final class MediaRanges {
  private MediaRanges() {}

  /** The type without parameters, e.g. {@code text/csv} of {@code text/csv;q=0.5}. */
  public static String type(String mediaRange) {
    return mediaRange.split(";", -1)[0].trim();
  }

  /** A parameter's value, or null when the range does not carry it (names ignore case). */
  static String parameter(String mediaRange, String name) {
    String[] parts = mediaRange.split(";", -1);
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals(name)) {
        return pair[1].trim().replace("\"", "");
      }
    }
    return null;
  }
}
