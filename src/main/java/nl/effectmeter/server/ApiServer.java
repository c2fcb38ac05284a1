package nl.effectmeter.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.route.ApiRoutes;
import nl.effectmeter.api.route.TokenCheck;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.web.WebPages;

/** Builds the Javalin server: settings, routes, access, errors. Tests start it the same way. */
public final class ApiServer {
  private ApiServer() {}

  public static Javalin create(RunRegistry registry, ApiSettings settings) {
    return Javalin.create(config -> configure(config, registry, settings));
  }

  private static void configure(JavalinConfig config, RunRegistry registry, ApiSettings settings) {
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
    ApiRoutes.register(
        config.routes, registry, settings.requiresToken() ? TokenCheck.ON : TokenCheck.OFF);
    Handler access = ctx -> {};
    if (settings.requiresToken()) {
      BearerTokens tokens = new BearerTokens(settings.tokenHashes());
      config.routes.before(ApiNames.V1 + "/*", tokens::check);
      access = tokens::check;
    }
    WebPages.register(config.routes, registry, access);
  }
}
