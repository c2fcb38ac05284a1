package nl.effectmeter.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Writes data answers: an ETag from the run and the request, a 304 when the client has it, else the
 * body.
 */
final class Responses {
  static final String JSON = "application/json";
  static final String CSV = "text/csv";

  private Responses() {}

  /** Answers with JSON, or 304 when {@code If-None-Match} holds this answer's ETag. */
  static void json(Context ctx, String runId, Supplier<Object> body) {
    write(ctx, runId, "json", JSON, () -> Json.bytes(body.get()));
  }

  static void csv(Context ctx, String runId, Supplier<String> body) {
    write(
        ctx,
        runId,
        "csv",
        CSV + "; charset=utf-8",
        () -> body.get().getBytes(StandardCharsets.UTF_8));
  }

  private static void write(
      Context ctx, String runId, String format, String contentType, Supplier<byte[]> body) {
    String etag = etag(runId, ctx, format);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept, Accept-Encoding, Authorization");
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType);
    ctx.result(body.get());
  }

  /** A strong ETag over the run id, the path, the sorted query parameters and the format. */
  static String etag(String runId, Context ctx, String format) {
    Map<String, java.util.List<String>> query = new TreeMap<>(ctx.queryParamMap());
    String key = runId + "\n" + ctx.path() + "\n" + query + "\n" + format;
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
