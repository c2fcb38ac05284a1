package nl.effectmeter.settings;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads typed values out of one settings file (Java properties, UTF-8) for the job and the API
 * alike, and fails closed: an unreadable file, a key given twice, a value outside what is accepted
 * and, once every value has been read, a key nobody read each stop the start with one {@link
 * SettingsException} that names the file, the key and what is accepted. A key that is absent takes
 * its default.
 */
public final class SettingsReader {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private final Map<String, String> values;
  private final String source;
  private final Set<String> known = new TreeSet<>();

  private SettingsReader(Map<String, String> values, String source) {
    this.values = Map.copyOf(values);
    this.source = source;
  }

  /** Key-value pairs as a file holds them; {@code source} names the file in messages. */
  public static SettingsReader of(Map<String, String> values, String source) {
    return new SettingsReader(values, source);
  }

  /** Reads a properties file; a file that cannot be read or gives a key twice is refused. */
  public static SettingsReader load(Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> repeated = new TreeSet<>();
    Properties properties =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            if (values.put((String) key, (String) value) != null) {
              repeated.add((String) key);
            }
            return super.put(key, value);
          }
        };
    if (Files.isDirectory(file)) {
      throw unreadable(file, "it is a folder", null);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw unreadable(file, "no such file", e);
    } catch (AccessDeniedException e) {
      throw unreadable(file, "permission denied", e);
    } catch (CharacterCodingException e) {
      throw unreadable(file, "it is not UTF-8 text", e);
    } catch (IOException e) {
      throw unreadable(file, String.valueOf(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      // Properties.load: a malformed \\uXXXX escape.
      throw unreadable(file, String.valueOf(e.getMessage()), e);
    }
    SettingsReader reader = new SettingsReader(values, file.toString());
    if (!repeated.isEmpty()) {
      throw new SettingsException(
          reader.prefix()
              + (repeated.size() == 1 ? "key " : "keys ")
              + String.join(", ", repeated)
              + " given more than once; give each key once");
    }
    return reader;
  }

  /** A whole number from {@code min} to {@code max}, or the fallback when the key is absent. */
  public int wholeNumber(String key, int fallback, int min, int max) {
    return wholeNumber(key, fallback, min, max, range(min, max, true));
  }

  /**
   * A whole number from {@code min} to the value of another setting, {@code maxKey}, or the
   * fallback when the key is absent.
   */
  public int wholeNumberUpTo(String key, int fallback, int min, String maxKey, int max) {
    return wholeNumber(
        key, fallback, min, max, range(min, max, true) + " (at most " + maxKey + ")");
  }

  /** A decimal number from {@code min} to {@code max}, or the fallback when the key is absent. */
  public double number(String key, double fallback, double min, double max) {
    String raw = raw(key);
    if (raw == null) {
      return fallback;
    }
    if (DECIMAL.matcher(raw).matches()) {
      double value = Double.parseDouble(raw);
      if (value >= min && value <= max) {
        return value;
      }
    }
    throw notAccepted(key, raw, range(min, max, false));
  }

  /**
   * A comma-separated list whose items each match {@code item} (described as {@code accepted} in
   * messages); blanks between commas are skipped, an empty value is an empty list.
   */
  public List<String> list(String key, Pattern item, String accepted) {
    String raw = raw(key);
    if (raw == null) {
      return List.of();
    }
    List<String> list = split(raw);
    for (String value : list) {
      if (!item.matcher(value).matches()) {
        throw new SettingsException(
            prefix() + key + " holds " + value + ", which is not " + accepted);
      }
    }
    return list;
  }

  /**
   * A comma-separated list of one or more SHA-256 hashes (64 hex digits, returned in lower case),
   * or an empty list when the key is absent. A value that is not a hash is never repeated in the
   * message: it may be a secret put in by mistake.
   */
  public List<String> sha256List(String key) {
    String raw = raw(key);
    if (raw == null) {
      return List.of();
    }
    List<String> list = split(raw);
    if (list.isEmpty()) {
      throw new SettingsException(
          prefix()
              + key
              + " is empty; give one or more SHA-256 hashes (64 hex digits), comma-separated, or"
              + " leave the key out");
    }
    for (String value : list) {
      if (!SHA256.matcher(value).matches()) {
        throw new SettingsException(
            prefix()
                + key
                + " holds a value that is not a SHA-256 hash (64 hex digits); the value is not"
                + " shown, as it may be a secret");
      }
    }
    return list.stream().map(hash -> hash.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  /** One of the {@code allowed} words, or the fallback when the key is absent. */
  public String oneOf(String key, String fallback, List<String> allowed) {
    String raw = raw(key);
    if (raw == null) {
      return fallback;
    }
    if (allowed.contains(raw)) {
      return raw;
    }
    throw notAccepted(key, raw, "one of " + String.join(", ", allowed));
  }

  /** Free text (trimmed, not empty), or the fallback when the key is absent. */
  public String text(String key, String fallback) {
    String raw = raw(key);
    if (raw == null) {
      return fallback;
    }
    if (raw.isEmpty()) {
      throw notAccepted(key, raw, "a non-empty text");
    }
    return raw;
  }

  /** Free text that must be given; {@code accepted} says what it should hold. */
  public String requiredText(String key, String accepted) {
    String raw = raw(key);
    if (raw == null || raw.isEmpty()) {
      throw new SettingsException(prefix() + key + " is required: " + accepted);
    }
    return raw;
  }

  /** The keys given that start with {@code prefix}, in order; reading them is still needed. */
  public List<String> keysStartingWith(String prefix) {
    return new TreeSet<>(values.keySet()).stream().filter(k -> k.startsWith(prefix)).toList();
  }

  /**
   * Refuses every key no getter asked for, suggesting the nearest known key. Call it after reading
   * every setting.
   */
  public void rejectUnknownKeys() {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(known);
    if (unknown.isEmpty()) {
      return;
    }
    List<String> described = new ArrayList<>();
    for (String key : unknown) {
      described.add(
          NearestKey.to(key, known).map(near -> key + " (did you mean " + near + "?)").orElse(key));
    }
    throw new SettingsException(
        prefix()
            + (unknown.size() == 1 ? "unknown key " : "unknown keys ")
            + String.join(", ", described)
            + "; known keys: "
            + String.join(", ", known));
  }

  private int wholeNumber(String key, int fallback, int min, int max, String accepted) {
    String raw = raw(key);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below, with what is accepted
    }
    throw notAccepted(key, raw, accepted);
  }

  private String raw(String key) {
    known.add(key);
    String raw = values.get(key);
    return raw == null ? null : raw.trim();
  }

  private SettingsException notAccepted(String key, String raw, String accepted) {
    return new SettingsException(
        prefix() + key + "=" + (raw.isEmpty() ? " (empty)" : raw) + " is not " + accepted);
  }

  private static List<String> split(String raw) {
    return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String range(double min, double max, boolean whole) {
    String kind = whole ? "a whole number" : "a number";
    double top = whole ? Integer.MAX_VALUE : Double.MAX_VALUE;
    return max >= top
        ? kind + " of " + plain(min) + " or more"
        : kind + " from " + plain(min) + " to " + plain(max);
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private String prefix() {
    return "Settings file " + source + ": ";
  }

  private static SettingsException unreadable(Path file, String why, Exception cause) {
    return new SettingsException("Settings file " + file + " cannot be read: " + why, cause);
  }
}
