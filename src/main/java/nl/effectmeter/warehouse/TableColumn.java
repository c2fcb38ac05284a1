package nl.effectmeter.warehouse;

import static java.util.Objects.requireNonNull;

/** One column of a published table whose rows are read by name: its name and Parquet type. */
public record TableColumn(String name, Type type) {
  /** Strings are UTF-8 binaries, numbers doubles, whole numbers 64-bit; every value may be null. */
  public enum Type {
    STRING,
    DOUBLE,
    LONG
  }

  public TableColumn {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
  }

  public static TableColumn string(String name) {
    return new TableColumn(name, Type.STRING);
  }

  public static TableColumn decimal(String name) {
    return new TableColumn(name, Type.DOUBLE);
  }

  public static TableColumn whole(String name) {
    return new TableColumn(name, Type.LONG);
  }
}
