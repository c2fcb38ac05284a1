package nl.effectmeter.dataset;

import static java.util.Objects.requireNonNull;

/** One declared column of an input dataset. */
public record DatasetColumn(String name, ColumnType type, boolean required) {
  public DatasetColumn {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
  }

  public static DatasetColumn required(String name, ColumnType type) {
    return new DatasetColumn(name, type, true);
  }

  public static DatasetColumn optional(String name, ColumnType type) {
    return new DatasetColumn(name, type, false);
  }
}
