package nl.effectmeter.api.route;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import nl.effectmeter.api.Vocabulary;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.store.Run;

/**
 * One parameter a route accepts, as the server checks it and the OpenAPI document describes it.
 *
 * @param in where the request carries it: the query or the path
 * @param type JSON Schema type of one value: {@code string} or {@code integer}
 * @param values the values accepted, or empty when any is described by the type
 * @param minimum the smallest integer accepted, or null
 * @param maximum the largest integer accepted, or null
 * @param pattern a regular expression every value matches, or null
 * @param runValues the values accepted, read from the current run (a dimension's codes, the
 *     published periods), or null
 */
record Param(
    String name,
    In in,
    String type,
    Arity arity,
    Presence presence,
    List<String> values,
    Integer minimum,
    Integer maximum,
    String pattern,
    RunValues runValues,
    String description) {

  /** Where a request carries a parameter; its OpenAPI name is the lower case one. */
  enum In {
    QUERY,
    PATH;

    /** {@code query} or {@code path}, as OpenAPI's {@code in} says it. */
    String openApiName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether a parameter takes one value or several (repeated or comma-separated). */
  enum Arity {
    ONE,
    LIST
  }

  /** Whether the server refuses a request without the parameter (path parameters always). */
  enum Presence {
    REQUIRED,
    OPTIONAL
  }

  /** Values a parameter accepts that depend on the run, e.g. its codes. */
  @FunctionalInterface
  interface RunValues {
    List<String> of(Run run);
  }

  Param {
    requireNonNull(name, "name is null");
    requireNonNull(in, "in is null");
    requireNonNull(type, "type is null");
    requireNonNull(arity, "arity is null");
    requireNonNull(presence, "presence is null");
    values = List.copyOf(values);
    requireNonNull(description, "description is null");
    if (in == In.PATH && presence != Presence.REQUIRED) {
      throw new IllegalArgumentException("path parameter " + name + " must be required");
    }
    if ((minimum != null || maximum != null) && !type.equals("integer")) {
      throw new IllegalArgumentException("bounds on " + type + " parameter " + name);
    }
    if (runValues != null && !values.isEmpty()) {
      throw new IllegalArgumentException("parameter " + name + " has both values and run values");
    }
  }

  /** Whether the server refuses a request without it. */
  boolean isRequired() {
    return presence == Presence.REQUIRED;
  }

  /** Whether it takes several values. */
  boolean isList() {
    return arity == Arity.LIST;
  }

  /** This parameter, its values matching {@code regex} (anchored: the whole value). */
  Param matching(String regex) {
    return new Param(
        name, in, type, arity, presence, values, minimum, maximum, regex, runValues, description);
  }

  /** This parameter, taking the codes of {@code dimension} in the current run. */
  Param codesOf(Dimension dimension) {
    return takingFromTheRun(run -> List.copyOf(Vocabulary.accepted(run, dimension)));
  }

  /** This parameter, taking the values the current run gives. */
  Param takingFromTheRun(RunValues values) {
    return new Param(
        name,
        in,
        type,
        arity,
        presence,
        this.values,
        minimum,
        maximum,
        pattern,
        values,
        description);
  }

  static Param query(String name, String description) {
    return string(name, In.QUERY, Arity.ONE, Presence.OPTIONAL, List.of(), description);
  }

  static Param requiredQuery(String name, String description) {
    return string(name, In.QUERY, Arity.ONE, Presence.REQUIRED, List.of(), description);
  }

  static Param queryList(String name, String description) {
    return string(name, In.QUERY, Arity.LIST, Presence.OPTIONAL, List.of(), description);
  }

  static Param queryListOf(String name, List<String> values, String description) {
    return string(name, In.QUERY, Arity.LIST, Presence.OPTIONAL, values, description);
  }

  static Param queryInteger(String name, int minimum, int maximum, String description) {
    return new Param(
        name,
        In.QUERY,
        "integer",
        Arity.ONE,
        Presence.OPTIONAL,
        List.of(),
        minimum,
        maximum,
        null,
        null,
        description);
  }

  static Param queryEnum(String name, List<String> values, String description) {
    return string(name, In.QUERY, Arity.ONE, Presence.OPTIONAL, values, description);
  }

  static Param requiredQueryEnum(String name, List<String> values, String description) {
    return string(name, In.QUERY, Arity.ONE, Presence.REQUIRED, values, description);
  }

  static Param pathEnum(String name, List<String> values, String description) {
    return string(name, In.PATH, Arity.ONE, Presence.REQUIRED, values, description);
  }

  static Param path(String name, String description) {
    return string(name, In.PATH, Arity.ONE, Presence.REQUIRED, List.of(), description);
  }

  /** A string parameter without pattern or run values. */
  private static Param string(
      String name, In in, Arity arity, Presence presence, List<String> values, String description) {
    return new Param(
        name, in, "string", arity, presence, values, null, null, null, null, description);
  }
}
