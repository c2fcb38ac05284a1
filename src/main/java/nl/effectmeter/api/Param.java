package nl.effectmeter.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One parameter a route accepts, as the server checks it and the OpenAPI document describes it.
 *
 * @param in {@code query} or {@code path}
 * @param type JSON Schema type of one value: {@code string} or {@code integer}
 * @param list whether it takes several values (repeated or comma-separated)
 */
record Param(
    String name, String in, String type, boolean list, List<String> values, String description) {

  Param {
    requireNonNull(name, "name is null");
    requireNonNull(in, "in is null");
    requireNonNull(type, "type is null");
    values = List.copyOf(values);
    requireNonNull(description, "description is null");
  }

  static Param query(String name, String description) {
    return new Param(name, "query", "string", false, List.of(), description);
  }

  static Param queryList(String name, String description) {
    return new Param(name, "query", "string", true, List.of(), description);
  }

  static Param queryInteger(String name, String description) {
    return new Param(name, "query", "integer", false, List.of(), description);
  }

  static Param queryEnum(String name, List<String> values, String description) {
    return new Param(name, "query", "string", false, values, description);
  }

  static Param path(String name, String description) {
    return new Param(name, "path", "string", false, List.of(), description);
  }
}
