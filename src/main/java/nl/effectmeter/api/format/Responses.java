package nl.effectmeter.api.format;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import nl.effectmeter.api.http.Answer;

/**
 * Writes data answers: an ETag from the run and the request, a 304 when the client has it, else the
 * body. A published run never changes, so a body is built once per run and request and then served
 * from a small in-memory cache.
 */
public final class Responses {
  public static final String JSON = "application/json";
  static final String CSV = "text/csv";

  /** Bodies kept in memory, at most this many bytes in all (least recently used go first). */
  static final long CACHE_BYTES = 32L << 20;

  /** Bodies larger than this are built for every request and not kept. */
  static final int CACHE_MAX_BODY = 1 << 20;

  /** Kept answers of at least this size are also kept gzipped, for clients that accept it. */
  static final int GZIP_FROM_BYTES = 1500;

  private static final BodyCache CACHE = new BodyCache(CACHE_BYTES, CACHE_MAX_BODY);

  private Responses() {}

  /**
   * Answers in the format chosen for the request, or 304 when {@code If-None-Match} holds this
   * answer's ETag; the body is built for every request.
   */
  static void answer(Context ctx, String etagBase, Supplier<Answer> answer) {
    write(ctx, etagBase, answer, Caching.NONE);
  }

  /**
   * As {@link #answer}, for answers that depend only on a run's published data and the request (the
   * run's {@link nl.effectmeter.warehouse.Manifest#answerKey}, path, query parameters and format):
   * the body is kept and served again.
   */
  public static void runAnswer(Context ctx, String runKey, Supplier<Answer> answer) {
    write(ctx, runKey, answer, Caching.PER_RUN);
  }

  /** {@link #answer} of a body that has a JSON form only. */
  public static void json(Context ctx, String etagBase, Supplier<Object> body) {
    answer(ctx, etagBase, () -> Answer.of(body.get()));
  }

  private enum Caching {
    NONE,
    PER_RUN
  }

  private static void write(Context ctx, String runId, Supplier<Answer> answer, Caching caching) {
    ResponseFormat format = Formats.of(ctx);
    String key = key(runId, ctx, format.name());
    String etag = etag(key);
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept, Accept-Encoding, Authorization");
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(format.contentType());
    if (caching == Caching.NONE) {
      ctx.result(format.render(answer.get()));
      return;
    }
    byte[] bytes = CACHE.get(key);
    if (bytes == null) {
      bytes = format.render(answer.get());
      CACHE.put(key, bytes);
    }
    if (bytes.length >= GZIP_FROM_BYTES && acceptsGzip(ctx.header("Accept-Encoding"))) {
      String gzipKey = key + "\ngzip";
      byte[] gzipped = CACHE.get(gzipKey);
      if (gzipped == null) {
        gzipped = gzip(bytes);
        CACHE.put(gzipKey, gzipped);
      }
      // Javalin compresses only responses that carry no Content-Encoding yet.
      ctx.header("Content-Encoding", "gzip");
      ctx.result(gzipped);
      return;
    }
    ctx.result(bytes);
  }

  /** Whether an Accept-Encoding header allows gzip (and does not refuse it with q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",", -1)) {
      String[] pieces = part.trim().split(";", -1);
      if (pieces[0].trim().equalsIgnoreCase("gzip")) {
        for (int i = 1; i < pieces.length; i++) {
          String parameter = pieces[i].trim().replace(" ", "");
          if (parameter.equals("q=0") || parameter.matches("q=0\\.0+")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot gzip an answer in memory", e);
    }
    return out.toByteArray();
  }

  /** What an answer depends on: the run, the path, the sorted query parameters, the format. */
  private static String key(String runKey, Context ctx, String format) {
    Map<String, java.util.List<String>> query = new TreeMap<>(ctx.queryParamMap());
    return runKey + "\n" + ctx.path() + "\n" + query + "\n" + format;
  }

  /** A strong ETag: a hash of the answer's key. */
  private static String etag(String key) {
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
    for (String candidate : ifNoneMatch.split(",", -1)) {
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

  /** A least-recently-used map of answer bodies bounded by their total size. */
  static final class BodyCache {
    private final long maxBytes;
    private final int maxBody;
    private final LinkedHashMap<String, byte[]> bodies = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    BodyCache(long maxBytes, int maxBody) {
      this.maxBytes = maxBytes;
      this.maxBody = maxBody;
    }

    synchronized byte[] get(String key) {
      return bodies.get(key);
    }

    synchronized void put(String key, byte[] body) {
      if (body.length > maxBody) {
        return;
      }
      byte[] previous = bodies.put(key, body);
      bytes += body.length - (previous == null ? 0 : previous.length);
      var eldest = bodies.entrySet().iterator();
      while (bytes > maxBytes && eldest.hasNext()) {
        bytes -= eldest.next().getValue().length;
        eldest.remove();
      }
    }

    synchronized long bytes() {
      return bytes;
    }

    synchronized int size() {
      return bodies.size();
    }
  }
}
