package nl.effectmeter.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.effectmeter.settings.SettingsException;
import nl.effectmeter.settings.SettingsReader;

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

  /** A CORS origin: {@code *}, or scheme, host and optional port, without a path. */
  private static final Pattern ORIGIN = Pattern.compile("\\*|[A-Za-z][A-Za-z0-9+.-]*://[^/\\s]+");

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
    return fromMap(Map.of(), "(none)");
  }

  /**
   * Reads a settings file; every key is optional. An unreadable file, an unknown key or a value
   * outside what is accepted is a {@link SettingsException} naming the file, the key and what is
   * accepted, in the same words as the job's settings.
   */
  public static ApiSettings load(Path file) {
    return from(SettingsReader.load(file));
  }

  /** Builds settings from key-value pairs, as in the properties file named {@code source}. */
  public static ApiSettings fromMap(Map<String, String> values, String source) {
    return from(SettingsReader.of(values, source));
  }

  private static ApiSettings from(SettingsReader reader) {
    ApiSettings settings =
        new ApiSettings(
            reader.wholeNumber(PORT, 7070, 0, 65535),
            reader.list(
                CORS_ORIGINS, ORIGIN, "* or an origin such as https://host[:port] (no path)"),
            new LinkedHashSet<>(reader.sha256List(TOKEN_HASHES)),
            reader.wholeNumber(EARLIER_RUNS_KEPT, 2, 0, Integer.MAX_VALUE),
            reader.wholeNumber(POLL_INTERVAL_MS, 2000, 1, Integer.MAX_VALUE));
    reader.rejectUnknownKeys();
    return settings;
  }

  public ApiSettings withPort(int newPort) {
    return new ApiSettings(newPort, corsOrigins, tokenHashes, earlierRunsKept, pollIntervalMillis);
  }

  public boolean requiresToken() {
    return !tokenHashes.isEmpty();
  }
}
