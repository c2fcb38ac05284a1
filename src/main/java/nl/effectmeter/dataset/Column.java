package nl.effectmeter.dataset;

import static java.util.Objects.requireNonNull;

/** One declared column of an input dataset. */
public record Column(String name, ColumnType type, boolean required) {
  public Column {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
  }

  public static Column required(String name, ColumnType type) {
    return new Column(name, type, true);
  }

  public static Column optional(String name, ColumnType type) {
    return new Column(name, type, false);
  }
}
