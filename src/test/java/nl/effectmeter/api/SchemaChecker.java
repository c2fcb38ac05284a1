package nl.effectmeter.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks JSON against the subset of JSON Schema the OpenAPI document uses: {@code $ref}, {@code
 * type} (one or a list), {@code required}, {@code properties}, {@code additionalProperties: false},
 * {@code items}, {@code enum}.
 */
final class SchemaChecker {
  private final JsonNode document;

  SchemaChecker(JsonNode document) {
    this.document = document;
  }

  /** The schema of a route's JSON answer with status 200, as the document declares it. */
  JsonNode answerSchema(String route) {
    return document
        .get("paths")
        .get(route)
        .get("get")
        .get("responses")
        .get("200")
        .get("content")
        .get("application/json")
        .get("schema");
  }

  /** What is wrong with a route's JSON answer, against the schema the document declares for it. */
  List<String> answerErrors(String route, JsonNode answer) {
    return errors(answerSchema(route), answer, "$");
  }

  List<String> errors(JsonNode schema, JsonNode value, String at) {
    List<String> errors = new ArrayList<>();
    check(schema, value, at, errors);
    return errors;
  }

  private void check(JsonNode schema, JsonNode value, String at, List<String> errors) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
      check(document.get("components").get("schemas").get(name), value, at, errors);
      return;
    }
    if (schema.has("type")) {
      List<String> types = new ArrayList<>();
      if (schema.get("type").isArray()) {
        schema.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(schema.get("type").asText());
      }
      if (types.stream().noneMatch(type -> is(type, value))) {
        errors.add(at + ": expected " + String.join(" or ", types) + ", got " + value);
        return;
      }
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      if (schema.has("required")) {
        schema
            .get("required")
            .forEach(
                name -> {
                  if (!value.has(name.asText())) {
                    errors.add(at + ": missing " + name.asText());
                  }
                });
      }
      if (schema.has("additionalProperties")
          && !schema.get("additionalProperties").asBoolean(true)) {
        value
            .fieldNames()
            .forEachRemaining(
                name -> {
                  if (!schema.has("properties") || !schema.get("properties").has(name)) {
                    errors.add(at + ": " + name + " is not a property of the schema");
                  }
                });
      }
      if (schema.has("properties")) {
        schema
            .get("properties")
            .properties()
            .forEach(
                property -> {
                  if (value.has(property.getKey())) {
                    check(
                        property.getValue(),
                        value.get(property.getKey()),
                        at + "." + property.getKey(),
                        errors);
                  }
                });
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), at + "[" + i + "]", errors);
      }
    }
  }

  private static boolean is(String type, JsonNode value) {
    return switch (type) {
      case "null" -> value.isNull();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> false;
    };
  }
}
