package nl.effectmeter.api.odata;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.effectmeter.store.Run;

/**
 * One entity set of the OData service: its name, its entity type's name and columns (the first
 * {@code keySize} are the key), its rows in a run and how a row's property is read.
 */
public record ODataEntitySet<T>(
    String name,
    String type,
    List<Column> columns,
    int keySize,
    Function<Run, List<T>> rows,
    BiFunction<T, String, Object> property) {

  public ODataEntitySet {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    columns = List.copyOf(columns);
    if (keySize < 1 || keySize > columns.size()) {
      throw new IllegalArgumentException("key of " + keySize + " columns for " + name);
    }
    requireNonNull(rows, "rows is null");
    requireNonNull(property, "property is null");
  }

  /** A pattern of the {@code $filter} texts of comparisons joined by and ({@link ODataFilter}). */
  public String filterPattern() {
    return ODataFilter.pattern(columns);
  }

  /** The columns by name, in order. */
  Map<String, Column> columnsByName() {
    Map<String, Column> byName = new LinkedHashMap<>();
    columns.forEach(column -> byName.put(column.name(), column));
    return byName;
  }

  List<Column> key() {
    return columns.subList(0, keySize);
  }
}
