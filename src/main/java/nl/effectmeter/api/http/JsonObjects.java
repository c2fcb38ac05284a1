package nl.effectmeter.api.http;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON objects whose properties keep the order they are written in. {@code Map.of} iterates in an
 * order that changes from one JVM run to the next, so a document built from it (the OpenAPI
 * document) would not be the same bytes twice.
 */
public final class JsonObjects {
  private JsonObjects() {}

  /**
   * An object of these names and values, in this order; like {@code Map.of}, a name given twice or
   * a null name or value is a fault.
   */
  public static Map<String, Object> of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values do not pair up");
    }
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) requireNonNull(namesAndValues[i], "name is null");
      Object value = requireNonNull(namesAndValues[i + 1], () -> "value of " + name + " is null");
      if (object.put(name, value) != null) {
        throw new IllegalArgumentException("duplicate name " + name);
      }
    }
    return object;
  }
}
