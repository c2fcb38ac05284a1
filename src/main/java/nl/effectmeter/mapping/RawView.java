package nl.effectmeter.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import nl.effectmeter.ingest.InputFormat;

/**
 * One raw export file as a mapping declares it: the view name its SQL reads it under, the file
 * (relative to {@code --input}), and how to read it.
 *
 * @param sparkOptions Spark reader options (sep, header, encoding, quote, escape, multiLine)
 * @param timestampFormat the Spark datetime pattern of {@code timestampColumns}, or null
 * @param timestampColumns columns rewritten from {@code timestampFormat} to ISO-8601 local time
 */
public record RawView(
    String name,
    String file,
    InputFormat format,
    Map<String, String> sparkOptions,
    String timestampFormat,
    List<String> timestampColumns) {
  /** The column every raw view carries: the view's own name. */
  public static final String VIEW = "_view";

  /** The column every raw view carries: the 1-based record number within the file. */
  public static final String ROW = "_row";

  public RawView {
    requireNonNull(name, "name is null");
    requireNonNull(file, "file is null");
    requireNonNull(format, "format is null");
    sparkOptions = Map.copyOf(sparkOptions);
    timestampColumns = List.copyOf(timestampColumns);
    if (!timestampColumns.isEmpty() && timestampFormat == null) {
      throw new IllegalArgumentException(
          "View " + name + " lists timestamp columns but no timestamp format");
    }
  }
}
