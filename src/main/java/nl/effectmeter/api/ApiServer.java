package nl.effectmeter.api;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.effectmeter.store.RunRegistry;

/** Builds the Javalin server: settings, routes, access, errors. Tests start it the same way. */
public final class ApiServer {
  private ApiServer() {}

  public static Javalin create(RunRegistry registry, ApiSettings settings) {
    List<Route> routes = Routes.table(registry);
    return Javalin.create(config -> configure(config, registry, settings, routes));
  }

  private static void configure(
      JavalinConfig config, RunRegistry registry, ApiSettings settings, List<Route> routes) {
    config.startup.showJavalinBanner = false;
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.http.defaultContentType = Responses.JSON;
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
    if (settings.requiresToken()) {
      config.routes.before(Routes.V1 + "/*", ctx -> requireToken(ctx, settings));
    }
    for (Route route : routes) {
      config.routes.get(
          route.path(),
          ctx -> {
            QueryParams.rejectUnknown(ctx, route);
            route.handler().handle(ctx);
          });
    }
  }

  private static void requireToken(Context ctx, ApiSettings settings) {
    if (ctx.method() == HandlerType.OPTIONS) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiProblem.unauthorized("This API needs Authorization: Bearer <token>");
    }
    byte[] hash = sha256(header.substring(7).trim());
    boolean known =
        settings.tokenHashes().stream()
            .anyMatch(expected -> MessageDigest.isEqual(HexFormat.of().parseHex(expected), hash));
    if (!known) {
      throw ApiProblem.unauthorized("The bearer token is not accepted");
    }
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
