package nl.effectmeter.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheets: the NL Design System's (copied from {@code node_modules} into the classpath by
 * the build, see package.json) and the pages' own.
 */
final class Assets {
  private static final Map<String, String> FILES =
      Map.of(
          "utrecht-components.css", "web/nlds/utrecht-components/index.css",
          "voorbeeld-theme.css", "web/nlds/voorbeeld-theme/theme.css",
          "effectmeter.css", "web/effectmeter.css");
  private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

  private Assets() {}

  static void serve(Context ctx) {
    String file = ctx.pathParam("file");
    String resource = FILES.get(file);
    if (resource == null) {
      throw new PageException(404, "No style sheet " + file + "; known: " + FILES.keySet());
    }
    ctx.contentType("text/css; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.result(LOADED.computeIfAbsent(resource, Assets::load));
  }

  private static byte[] load(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot find " + resource + " on the classpath; the build copies it (npm ci)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
