package nl.effectmeter.settings;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads typed values out of key-value settings and remembers which keys were used. */
final class SettingsReader {
  private final Map<String, String> values;
  private final String source;
  private final Set<String> used = new HashSet<>();

  SettingsReader(Map<String, String> values, String source) {
    this.values = values;
    this.source = source;
  }

  int intValue(String key, int fallback) {
    String raw = raw(key);
    if (raw == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Setting " + key + " in " + source + " is not a whole number: " + raw, e);
    }
  }

  double doubleValue(String key, double fallback) {
    String raw = raw(key);
    if (raw == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Setting " + key + " in " + source + " is not a number: " + raw, e);
    }
  }

  void rejectUnknownKeys() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(used);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown setting(s) in " + source + ": " + String.join(", ", unknown));
    }
  }

  private String raw(String key) {
    used.add(key);
    String raw = values.get(key);
    return raw == null ? null : raw.trim();
  }
}
