package nl.effectmeter.api.route;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.api.http.JsonObjects;
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
    return JsonObjects.of("type", "object", "required", required, "properties", props);
  }

  /** An object the server never adds other properties to. */
  static Map<String, Object> closedObject(List<String> required, Map<String, Object> props) {
    return JsonObjects.of(
        "type", "object", "required", required, "properties", props, "additionalProperties", false);
  }

  /** An object the server never adds other properties to, or null. */
  static Map<String, Object> closedNullableObject(Map<String, Object> props) {
    return JsonObjects.of(
        "type", List.of("object", "null"), "properties", props, "additionalProperties", false);
  }

  /**
   * The answer a record is written as: its properties are the record's JSON names, no others
   * (checked here, so that a component added to the record fails the document until it is
   * described).
   */
  static Map<String, Object> record(
      Class<? extends Record> type, List<String> required, Map<String, Object> props) {
    return record(type, Set.of(), required, props);
  }

  /**
   * The answer a record is written as, less the components the server never writes (Jackson leaves
   * them out when empty or null, and the server leaves them empty or null).
   */
  static Map<String, Object> record(
      Class<? extends Record> type,
      Set<String> neverWritten,
      List<String> required,
      Map<String, Object> props) {
    requireNames(type, neverWritten, props.keySet());
    return closedObject(required, props);
  }

  /** A record's answer, or null. */
  static Map<String, Object> nullableRecord(
      Class<? extends Record> type, Map<String, Object> props) {
    requireNames(type, Set.of(), props.keySet());
    return closedNullableObject(props);
  }

  /** Fails unless {@code described} are the record's JSON names but {@code neverWritten}. */
  static void requireNames(
      Class<? extends Record> type, Set<String> neverWritten, Set<String> described) {
    Set<String> written = new LinkedHashSet<>(jsonNames(type));
    if (!written.containsAll(neverWritten)) {
      throw new IllegalStateException(
          type.getName() + " has no components " + neverWritten + "; its JSON names: " + written);
    }
    written.removeAll(neverWritten);
    if (!written.equals(described)) {
      throw new IllegalStateException(
          "The schema of "
              + type.getName()
              + " describes "
              + described
              + ", but it is written as "
              + written);
    }
  }

  /** A record's JSON names, in order: each component's {@code @JsonProperty}, else its name. */
  static List<String> jsonNames(Class<? extends Record> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
      names.add(
          property == null || property.value().isEmpty() ? component.getName() : property.value());
    }
    return names;
  }

  static Map<String, Object> array(Map<String, Object> items) {
    return JsonObjects.of("type", "array", "items", items);
  }

  static Map<String, Object> type(String type) {
    return JsonObjects.of("type", type);
  }

  static Map<String, Object> string() {
    return type("string");
  }

  static Map<String, Object> integer() {
    return type("integer");
  }

  static Map<String, Object> nullable(String type) {
    return JsonObjects.of("type", List.of(type, "null"));
  }

  /** The properties of rows of these columns, in order. */
  static Map<String, Object> properties(List<Column> columns) {
    Map<String, Object> props = new LinkedHashMap<>();
    columns.forEach(column -> props.put(column.name(), column.jsonSchema()));
    return props;
  }

  /**
   * A row of a published table as the run's store reads it (by its declared columns): every column
   * present, every value possibly null, nothing else.
   */
  static Map<String, Object> table(List<TableColumn> columns, List<String> leftOut) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (TableColumn column : columns) {
      if (!leftOut.contains(column.name())) {
        props.put(column.name(), columnType(column));
      }
    }
    return closedObject(List.copyOf(props.keySet()), props);
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
