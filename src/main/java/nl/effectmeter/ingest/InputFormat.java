package nl.effectmeter.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats an input dataset may come in, chosen by file extension. */
public enum InputFormat {
  CSV(".csv"),
  JSONL(".jsonl"),
  PARQUET(".parquet");

  private final String extension;

  InputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of a file name, or empty when its extension is not one of ours. */
  public static Optional<InputFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    for (InputFormat format : values()) {
      if (lower.endsWith(format.extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Parses an explicit format option such as {@code csv}, {@code jsonl} or {@code parquet}. */
  public static InputFormat fromLabel(String label) {
    for (InputFormat format : values()) {
      if (format.label().equalsIgnoreCase(label)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "Unknown input format: " + label + " (expected csv, jsonl or parquet)");
  }
}
