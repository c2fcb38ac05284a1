package nl.effectmeter.api;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.List;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.web.WebPages;

/** Builds the Javalin server: settings, routes, access, errors. Tests start it the same way. */
public final class ApiServer {
  private ApiServer() {}

  public static Javalin create(RunRegistry registry, ApiSettings settings) {
    List<Route> routes = Routes.table(registry, TokenCheck.of(settings));
    return Javalin.create(config -> configure(config, registry, settings, routes));
  }

  private static void configure(
      JavalinConfig config, RunRegistry registry, ApiSettings settings, List<Route> routes) {
    config.startup.showJavalinBanner = false;
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.http.defaultContentType = Responses.JSON;
    // An existing route asked with a method it does not answer (POST, TRACE, ...) is a 405.
    config.http.prefer405over404 = true;
    config.jetty.port = settings.port();
    if (!settings.corsOrigins().isEmpty()) {
      config.bundledPlugins.enableCors(
          cors ->
              cors.addRule(
                  rule -> {
                    if (settings.corsOrigins().contains("*")) {
                      rule.anyHost();
                    } else {
                      rule.allowHost(
                          settings.corsOrigins().get(0),
                          settings
                              .corsOrigins()
                              .subList(1, settings.corsOrigins().size())
                              .toArray(new String[0]));
                    }
                    rule.exposeHeader("ETag");
                  }));
    }
    Problems.register(config.routes);
    Handler access = ctx -> {};
    if (settings.requiresToken()) {
      BearerTokens tokens = new BearerTokens(settings.tokenHashes());
      config.routes.before(Routes.V1 + "/*", tokens::check);
      access = tokens::check;
    }
    WebPages.register(config.routes, registry, access);
    for (Route route : routes) {
      Handler handler =
          ctx -> {
            QueryParams.rejectUnknown(ctx, route);
            Formats.choose(ctx, route.produces());
            route.handler().handle(ctx);
          };
      // HEAD answers what GET would, headers only (Jetty drops the body).
      config.routes.get(route.path(), handler);
      config.routes.head(route.path(), handler);
    }
  }
}
