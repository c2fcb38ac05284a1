package nl.effectmeter.api.route;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One parameter a route accepts, as the server checks it and the OpenAPI document describes it.
 *
 * @param in {@code query} or {@code path}
 * @param type JSON Schema type of one value: {@code string} or {@code integer}
 * @param list whether it takes several values (repeated or comma-separated)
 * @param required whether the server refuses a request without it (path parameters always)
 * @param values the values accepted, or empty when any is described by the type
 * @param minimum the smallest integer accepted, or null
 * @param maximum the largest integer accepted, or null
 */
record Param(
    String name,
    String in,
    String type,
    boolean list,
    boolean required,
    List<String> values,
    Integer minimum,
    Integer maximum,
    String description) {

  Param {
    requireNonNull(name, "name is null");
    requireNonNull(in, "in is null");
    requireNonNull(type, "type is null");
    values = List.copyOf(values);
    requireNonNull(description, "description is null");
    if (in.equals("path") && !required) {
      throw new IllegalArgumentException("path parameter " + name + " must be required");
    }
    if ((minimum != null || maximum != null) && !type.equals("integer")) {
      throw new IllegalArgumentException("bounds on " + type + " parameter " + name);
    }
  }

  static Param query(String name, String description) {
    return new Param(name, "query", "string", false, false, List.of(), null, null, description);
  }

  static Param requiredQuery(String name, String description) {
    return new Param(name, "query", "string", false, true, List.of(), null, null, description);
  }

  static Param queryList(String name, String description) {
    return new Param(name, "query", "string", true, false, List.of(), null, null, description);
  }

  static Param queryListOf(String name, List<String> values, String description) {
    return new Param(name, "query", "string", true, false, values, null, null, description);
  }

  static Param queryInteger(String name, int minimum, int maximum, String description) {
    return new Param(
        name, "query", "integer", false, false, List.of(), minimum, maximum, description);
  }

  static Param queryEnum(String name, List<String> values, String description) {
    return new Param(name, "query", "string", false, false, values, null, null, description);
  }

  static Param pathEnum(String name, List<String> values, String description) {
    return new Param(name, "path", "string", false, true, values, null, null, description);
  }

  static Param path(String name, String description) {
    return new Param(name, "path", "string", false, true, List.of(), null, null, description);
  }
}
