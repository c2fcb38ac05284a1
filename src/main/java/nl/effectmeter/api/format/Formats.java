package nl.effectmeter.api.format;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import nl.effectmeter.api.http.ApiProblem;

/**
 * Chooses the format of an answer once per request, before the handler runs: {@code format=} when
 * given, else the first range of {@code Accept} that one of the route's formats answers, else the
 * route's first format when there is no {@code Accept}.
 */
public final class Formats {
  private static final String ATTRIBUTE = "effectmeter.format";

  private Formats() {}

  /** Chooses among what a route produces and keeps the choice for {@link #of}. */
  public static ResponseFormat choose(Context ctx, List<ResponseFormat> produces) {
    ResponseFormat chosen = negotiate(ctx, produces);
    ctx.attribute(ATTRIBUTE, chosen);
    return chosen;
  }

  /** The format chosen for this request. */
  public static ResponseFormat of(Context ctx) {
    ResponseFormat chosen = ctx.attribute(ATTRIBUTE);
    if (chosen == null) {
      throw new IllegalStateException("No format was chosen for " + ctx.path());
    }
    return chosen;
  }

  private static ResponseFormat negotiate(Context ctx, List<ResponseFormat> produces) {
    List<String> names = produces.stream().map(ResponseFormat::name).toList();
    String format = ctx.queryParam("format");
    // Blank is absent, as for every parameter.
    if (format != null && !format.isBlank()) {
      String wanted = format.trim().toLowerCase(Locale.ROOT);
      return produces.stream()
          .filter(f -> f.name().equals(wanted))
          .findFirst()
          .orElseThrow(
              () ->
                  ApiProblem.notAcceptable(
                      "Unsupported format " + format + "; accepted: " + String.join(", ", names)));
    }
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return produces.get(0);
    }
    for (String range : accept.split(",", -1)) {
      for (ResponseFormat candidate : produces) {
        if (candidate.answers(range.trim())) {
          return candidate;
        }
      }
    }
    throw ApiProblem.notAcceptable(
        "Cannot answer with any of Accept: "
            + accept
            + "; this route produces "
            + String.join(", ", produces.stream().map(ResponseFormat::mediaType).toList()));
  }
}
