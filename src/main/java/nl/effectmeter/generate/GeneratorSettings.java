package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What to generate: the number of cases, the seed, where to write, the period of requests and
 * whether to inject defects.
 */
public record GeneratorSettings(
    long cases, long seed, Path output, LocalDate start, LocalDate asOf, boolean defects) {

  private static final Set<String> OPTIONS =
      Set.of("cases", "seed", "output", "start", "as-of", "defects");
  public static final LocalDate DEFAULT_START = LocalDate.of(2023, 1, 1);
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

  public GeneratorSettings {
    requireNonNull(output, "output is null");
    requireNonNull(start, "start is null");
    requireNonNull(asOf, "asOf is null");
    if (cases < 1 || cases > 99_000_000L) {
      throw new IllegalArgumentException("--cases must be from 1 to 99000000: " + cases);
    }
    if (!start.plusDays(90).isBefore(asOf)) {
      throw new IllegalArgumentException(
          "--start must be more than 90 days before --as-of: " + start + " and " + asOf);
    }
  }

  /** Reads {@code --cases N --seed S --output DIR [--start D] [--as-of D] [--defects B]}. */
  public static GeneratorSettings parse(String... args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --name value, got: " + name);
      }
      if (!OPTIONS.contains(name.substring(2))) {
        throw new IllegalArgumentException("Unknown option: " + name);
      }
      options.put(name.substring(2), args[i + 1]);
    }
    return new GeneratorSettings(
        number(options, "cases"),
        number(options, "seed"),
        Path.of(required(options, "output")),
        date(options, "start", DEFAULT_START),
        date(options, "as-of", DEFAULT_AS_OF),
        bool(options.getOrDefault("defects", "true")));
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("Missing required option --" + name);
    }
    return value;
  }

  private static long number(Map<String, String> options, String name) {
    String value = required(options, name);
    try {
      return Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Cannot parse --" + name + " as a number: " + value, e);
    }
  }

  private static LocalDate date(Map<String, String> options, String name, LocalDate fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Cannot parse --" + name + " as a date: " + value, e);
    }
  }

  private static boolean bool(String value) {
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new IllegalArgumentException("--defects must be true or false: " + value);
  }
}
