package nl.effectmeter.api.route;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.api.format.Formats;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.store.RunRegistry;

/**
 * Registers the API on a server: the exception mapping and every route of the table, each checking
 * its parameters and choosing its format before its handler runs.
 */
public final class ApiRoutes {
  private ApiRoutes() {}

  /**
   * Registers the routes; {@code tokens} says whether the server checks bearer tokens on {@code
   * /api/v1}, so that the OpenAPI document describes what it does.
   */
  public static void register(RoutesConfig config, RunRegistry registry, TokenCheck tokens) {
    Problems.register(config);
    for (Route route : Routes.table(registry, tokens)) {
      Handler handler =
          ctx -> {
            rejectUnknown(ctx, route);
            Formats.choose(ctx, route.produces());
            route.handler().handle(ctx);
          };
      // HEAD answers what GET would, headers only (Jetty drops the body).
      config.get(route.path(), handler);
      config.head(route.path(), handler);
    }
  }

  /** Rejects parameters the route does not declare, naming the ones it does. */
  private static void rejectUnknown(Context ctx, Route route) {
    List<String> accepted = route.queryParamNames();
    List<ApiProblem.InvalidParam> unknown = new ArrayList<>();
    for (String name : ctx.queryParamMap().keySet()) {
      if (!accepted.contains(name)) {
        unknown.add(
            new ApiProblem.InvalidParam(
                name,
                name.startsWith("$")
                    ? "Unsupported query option "
                        + name
                        + (accepted.isEmpty()
                            ? "; this resource takes none"
                            : "; supported: " + String.join(", ", accepted))
                    : accepted.isEmpty()
                        ? "Unknown parameter; this route accepts none"
                        : "Unknown parameter; accepted: " + String.join(", ", accepted)));
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiProblem.badParameters(unknown);
    }
  }
}
