package nl.effectmeter.api.route;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.effectmeter.api.Vocabulary;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.store.Run;

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
 * @param pattern a regular expression every value matches, or null
 * @param runValues the values accepted, read from the current run (a dimension's codes, the
 *     published periods), or null
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
    String pattern,
    RunValues runValues,
    String description) {

  /** Values a parameter accepts that depend on the run, e.g. its codes. */
  @FunctionalInterface
  interface RunValues {
    List<String> of(Run run);
  }

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
    if (runValues != null && !values.isEmpty()) {
      throw new IllegalArgumentException("parameter " + name + " has both values and run values");
    }
  }

  /** This parameter, its values matching {@code regex} (anchored: the whole value). */
  Param matching(String regex) {
    return new Param(
        name, in, type, list, required, values, minimum, maximum, regex, runValues, description);
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
        list,
        required,
        this.values,
        minimum,
        maximum,
        pattern,
        values,
        description);
  }

  static Param query(String name, String description) {
    return new Param(
        name, "query", "string", false, false, List.of(), null, null, null, null, description);
  }

  static Param requiredQuery(String name, String description) {
    return new Param(
        name, "query", "string", false, true, List.of(), null, null, null, null, description);
  }

  static Param queryList(String name, String description) {
    return new Param(
        name, "query", "string", true, false, List.of(), null, null, null, null, description);
  }

  static Param queryListOf(String name, List<String> values, String description) {
    return new Param(
        name, "query", "string", true, false, values, null, null, null, null, description);
  }

  static Param queryInteger(String name, int minimum, int maximum, String description) {
    return new Param(
        name,
        "query",
        "integer",
        false,
        false,
        List.of(),
        minimum,
        maximum,
        null,
        null,
        description);
  }

  static Param queryEnum(String name, List<String> values, String description) {
    return new Param(
        name, "query", "string", false, false, values, null, null, null, null, description);
  }

  static Param pathEnum(String name, List<String> values, String description) {
    return new Param(
        name, "path", "string", false, true, values, null, null, null, null, description);
  }

  static Param path(String name, String description) {
    return new Param(
        name, "path", "string", false, true, List.of(), null, null, null, null, description);
  }
}
