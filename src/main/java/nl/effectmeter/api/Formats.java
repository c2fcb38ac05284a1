package nl.effectmeter.api;

import io.javalin.http.Context;
import java.util.Locale;

/** Chooses JSON or CSV from {@code format=} or else the {@code Accept} header. */
final class Formats {
  enum Format {
    JSON,
    CSV
  }

  private Formats() {}

  static Format choose(Context ctx, boolean csvAllowed) {
    String format = ctx.queryParam("format");
    if (format != null) {
      return switch (format.trim().toLowerCase(Locale.ROOT)) {
        case "json" -> Format.JSON;
        case "csv" -> {
          if (!csvAllowed) {
            throw ApiProblem.notAcceptable("Unsupported format csv; this route produces json");
          }
          yield Format.CSV;
        }
        default ->
            throw ApiProblem.notAcceptable(
                "Unsupported format " + format + "; accepted: json" + (csvAllowed ? ", csv" : ""));
      };
    }
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) {
      return Format.JSON;
    }
    for (String range : accept.split(",")) {
      String type = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
      switch (type) {
        case "application/json", "application/*", "*/*", "application/problem+json" -> {
          return Format.JSON;
        }
        case "text/csv", "text/*" -> {
          if (csvAllowed) {
            return Format.CSV;
          }
        }
        default -> {}
      }
    }
    throw ApiProblem.notAcceptable(
        "Cannot answer with any of Accept: "
            + accept
            + "; this route produces application/json"
            + (csvAllowed ? " and text/csv" : ""));
  }
}
