package nl.effectmeter.api.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads query parameters that may repeat or hold comma-separated lists. */
public final class QueryParams {
  private QueryParams() {}

  /** Every value of a parameter, split on commas, trimmed, without blanks or repeats. */
  public static List<String> list(Context ctx, String name) {
    Set<String> values = new LinkedHashSet<>();
    for (String raw : ctx.queryParams(name)) {
      for (String value : raw.split(",", -1)) {
        if (!value.isBlank()) {
          values.add(value.trim());
        }
      }
    }
    return new ArrayList<>(values);
  }

  /** A parameter that takes one value, or null when absent. */
  public static String single(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw ApiProblem.badParameter(
          name, "Give " + name + " once, not " + values.size() + " times");
    }
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
  }
}
