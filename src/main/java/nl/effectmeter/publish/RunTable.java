package nl.effectmeter.publish;

import static java.util.Objects.requireNonNull;

/**
 * One table of a run: its path inside the run (as {@code WarehouseLayout} names it) and how it is
 * written into a folder. A new published table is one more {@code RunTable} in the list the job
 * hands to {@link RunPublisher#write}; the publisher stages, counts and publishes it with the rest.
 */
public record RunTable(String name, Writer writer) {

  /** Writes the table's rows into a new folder and returns how many it wrote. */
  @FunctionalInterface
  public interface Writer {
    long writeTo(String folder);
  }

  public RunTable {
    requireNonNull(name, "name is null");
    requireNonNull(writer, "writer is null");
    if (name.isBlank() || name.startsWith("/") || name.contains("..")) {
      throw new IllegalArgumentException("A run table needs a relative name: '" + name + "'");
    }
  }
}
