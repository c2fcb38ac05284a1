package nl.effectmeter.api.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.api.odata.Column;
import nl.effectmeter.warehouse.TableColumn;

/** Small builders of the JSON Schemas {@link Schemas} writes. */
final class JsonSchema {
  private JsonSchema() {}

  /** Properties from name and schema pairs, in order. */
  static Map<String, Object> props(Object... pairs) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      props.put((String) pairs[i], pairs[i + 1]);
    }
    return props;
  }

  static Map<String, Object> object(List<String> required, Map<String, Object> props) {
    return Map.of("type", "object", "required", required, "properties", props);
  }

  static Map<String, Object> nullableObject(Map<String, Object> props) {
    return Map.of("type", List.of("object", "null"), "properties", props);
  }

  static Map<String, Object> array(Map<String, Object> items) {
    return Map.of("type", "array", "items", items);
  }

  static Map<String, Object> type(String type) {
    return Map.of("type", type);
  }

  static Map<String, Object> string() {
    return type("string");
  }

  static Map<String, Object> integer() {
    return type("integer");
  }

  static Map<String, Object> nullable(String type) {
    return Map.of("type", List.of(type, "null"));
  }

  /** The properties of rows of these columns, in order. */
  static Map<String, Object> properties(List<Column> columns) {
    Map<String, Object> props = new LinkedHashMap<>();
    columns.forEach(column -> props.put(column.name(), column.jsonSchema()));
    return props;
  }

  /** A row of a published table: every column present, every value possibly null. */
  static Map<String, Object> table(List<TableColumn> columns, List<String> leftOut) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (TableColumn column : columns) {
      if (!leftOut.contains(column.name())) {
        props.put(column.name(), columnType(column));
      }
    }
    return object(List.copyOf(props.keySet()), props);
  }

  /** A published column's value: of its type, or null. */
  static Map<String, Object> columnType(TableColumn column) {
    return switch (column.type()) {
      case STRING -> nullable("string");
      case DOUBLE -> nullable("number");
      case LONG -> nullable("integer");
    };
  }
}
