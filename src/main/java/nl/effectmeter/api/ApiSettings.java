package nl.effectmeter.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API's settings, read once from a properties file (see {@code jobs/api.properties}).
 *
 * @param port HTTP port ({@code http.port}, default 7070; 0 picks a free one)
 * @param corsOrigins origins allowed by CORS ({@code cors.origins}, comma-separated, {@code *} for
 *     any; default none)
 * @param tokenHashes SHA-256 hex hashes of the accepted bearer tokens ({@code auth.token_sha256},
 *     comma-separated; default none, which leaves the API open)
 * @param earlierRunsKept earlier runs kept loaded beside the current one ({@code
 *     runs.earlier_kept}, default 2)
 * @param pollIntervalMillis how often {@code CURRENT} is read ({@code runs.poll_interval_ms},
 *     default 2000)
 */
public record ApiSettings(
    int port,
    List<String> corsOrigins,
    Set<String> tokenHashes,
    int earlierRunsKept,
    long pollIntervalMillis) {
  public static final String PORT = "http.port";
  public static final String CORS_ORIGINS = "cors.origins";
  public static final String TOKEN_HASHES = "auth.token_sha256";
  public static final String EARLIER_RUNS_KEPT = "runs.earlier_kept";
  public static final String POLL_INTERVAL_MS = "runs.poll_interval_ms";

  public ApiSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(PORT + " must be from 0 to 65535: " + port);
    }
    corsOrigins = List.copyOf(requireNonNull(corsOrigins, "corsOrigins is null"));
    tokenHashes = Set.copyOf(requireNonNull(tokenHashes, "tokenHashes is null"));
    for (String hash : tokenHashes) {
      if (!hash.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException(
            TOKEN_HASHES + " must hold lowercase SHA-256 hex hashes: " + hash);
      }
    }
    if (earlierRunsKept < 0) {
      throw new IllegalArgumentException(EARLIER_RUNS_KEPT + " must be >= 0: " + earlierRunsKept);
    }
    if (pollIntervalMillis < 1) {
      throw new IllegalArgumentException(POLL_INTERVAL_MS + " must be >= 1: " + pollIntervalMillis);
    }
  }

  public static ApiSettings defaults() {
    return fromProperties(new Properties());
  }

  public static ApiSettings fromProperties(Properties properties) {
    return new ApiSettings(
        integer(properties, PORT, 7070),
        list(properties, CORS_ORIGINS),
        list(properties, TOKEN_HASHES).stream()
            .map(hash -> hash.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        integer(properties, EARLIER_RUNS_KEPT, 2),
        integer(properties, POLL_INTERVAL_MS, 2000));
  }

  public static ApiSettings read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read settings file " + file, e);
    }
    return fromProperties(properties);
  }

  public ApiSettings withPort(int newPort) {
    return new ApiSettings(newPort, corsOrigins, tokenHashes, earlierRunsKept, pollIntervalMillis);
  }

  public boolean requiresToken() {
    return !tokenHashes.isEmpty();
  }

  private static int integer(Properties properties, String key, int fallback) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Cannot parse setting " + key + " as an integer: " + value);
    }
  }

  private static List<String> list(Properties properties, String key) {
    String value = properties.getProperty(key, "");
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
