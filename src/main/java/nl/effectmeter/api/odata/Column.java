package nl.effectmeter.api.odata;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import nl.effectmeter.api.http.JsonObjects;

/**
 * One column of an answer's rows, from which both the OpenAPI schemas and the OData {@code
 * $metadata} are written, so that the two documents cannot disagree.
 *
 * @param values the values a string column takes, or empty for any
 */
public record Column(String name, Type type, Nullability nullability, List<String> values) {
  /** A column's value type. */
  enum Type {
    STRING("string", "Edm.String"),
    DOUBLE("number", "Edm.Double"),
    LONG("integer", "Edm.Int64"),
    BOOLEAN("boolean", "Edm.Boolean");

    private final String jsonType;
    private final String edmType;

    Type(String jsonType, String edmType) {
      this.jsonType = jsonType;
      this.edmType = edmType;
    }

    String jsonType() {
      return jsonType;
    }

    String edmType() {
      return edmType;
    }
  }

  /** Whether a column may be null. */
  enum Nullability {
    NEVER_NULL,
    NULLABLE
  }

  public Column {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(nullability, "nullability is null");
    values = List.copyOf(values);
    if (!values.isEmpty() && type != Type.STRING) {
      throw new IllegalArgumentException("values of " + type + " column " + name);
    }
  }

  static Column required(String name, Type type) {
    return new Column(name, type, Nullability.NEVER_NULL, List.of());
  }

  static Column nullable(String name, Type type) {
    return new Column(name, type, Nullability.NULLABLE, List.of());
  }

  static Column oneOf(String name, List<String> values) {
    return new Column(name, Type.STRING, Nullability.NEVER_NULL, values);
  }

  boolean isNullable() {
    return nullability == Nullability.NULLABLE;
  }

  /** The column's JSON Schema. */
  public Map<String, Object> jsonSchema() {
    if (!values.isEmpty()) {
      return JsonObjects.of("type", "string", "enum", values);
    }
    return isNullable()
        ? JsonObjects.of("type", List.of(type.jsonType(), "null"))
        : JsonObjects.of("type", type.jsonType());
  }
}
