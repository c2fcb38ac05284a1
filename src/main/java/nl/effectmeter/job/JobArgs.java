package nl.effectmeter.job;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.effectmeter.ingest.InputFormat;

/**
 * The indicator job's command line: where to read, where to publish, and as of which date.
 *
 * @param inputFormat the format of every input file, or null to choose by file extension
 * @param mapping a source mapping folder that reshapes the raw export in {@code input}, or null
 *     when the input holds the contract's datasets
 */
public record JobArgs(
    String input,
    String warehouse,
    LocalDate asOf,
    String settings,
    String runId,
    InputFormat inputFormat,
    String mapping) {
  public static final String USAGE =
      "usage: IndicatorJob --input DIR --warehouse DIR --as-of YYYY-MM-DD [--settings FILE]"
          + " [--run-id ID] [--input-format csv|jsonl|parquet] [--mapping DIR]";

  /** The file in a mapping folder that holds the job settings for its export. */
  public static final String MAPPING_SETTINGS = "effectmeter.properties";

  /** Arguments whose input formats follow the file extensions. */
  public JobArgs(String input, String warehouse, LocalDate asOf, String settings, String runId) {
    this(input, warehouse, asOf, settings, runId, null, null);
  }

  public JobArgs {
    requireNonNull(input, "--input is required\n" + USAGE);
    requireNonNull(warehouse, "--warehouse is required\n" + USAGE);
    requireNonNull(asOf, "--as-of is required\n" + USAGE);
    if (runId != null && !runId.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "--run-id may hold letters, digits, '.', '_' and '-' only: " + runId);
    }
    if (mapping != null && inputFormat != null) {
      throw new IllegalArgumentException(
          "--input-format does not apply with --mapping: the mapping declares how each raw file"
              + " is read\n"
              + USAGE);
    }
  }

  /**
   * The job settings file: {@code --settings} when given, else the mapping's own {@code
   * effectmeter.properties} when it has one, else null (the defaults).
   */
  public Path settingsFile() {
    if (settings != null) {
      return Path.of(settings);
    }
    if (mapping != null) {
      Path own = Path.of(mapping, MAPPING_SETTINGS);
      if (Files.isRegularFile(own)) {
        return own;
      }
    }
    return null;
  }

  public static JobArgs parse(String[] args) {
    String input = null;
    String warehouse = null;
    LocalDate asOf = null;
    String settings = null;
    String runId = null;
    InputFormat inputFormat = null;
    String mapping = null;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Option " + name + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--input" -> input = value;
        case "--warehouse" -> warehouse = value;
        case "--as-of" -> asOf = date(value);
        case "--settings" -> settings = value;
        case "--run-id" -> runId = value;
        case "--input-format" -> inputFormat = InputFormat.fromLabel(value);
        case "--mapping" -> mapping = value;
        default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
      }
    }
    return new JobArgs(input, warehouse, asOf, settings, runId, inputFormat, mapping);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Cannot parse --as-of " + value + " as a date (YYYY-MM-DD)", e);
    }
  }
}
