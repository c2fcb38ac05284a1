package nl.effectmeter.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import nl.effectmeter.api.http.ApiProblem;

/**
 * The bearer-token check of {@code /api/v1}: a token is accepted when its SHA-256 equals one of the
 * configured hashes. Every hash is compared, each in constant time ({@link MessageDigest#isEqual}),
 * so the answer's timing tells nothing about how near a guess came.
 */
public final class BearerTokens {
  private final List<byte[]> hashes;

  BearerTokens(Collection<String> hexHashes) {
    this.hashes = hexHashes.stream().map(HexFormat.of()::parseHex).toList();
  }

  /** Throws a 401 problem unless the request carries an accepted token (preflights pass). */
  void check(Context ctx) {
    if (ctx.method().equals(HandlerType.OPTIONS)) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiProblem.unauthorized("This API needs Authorization: Bearer <token>");
    }
    if (!accepts(header.substring(7).trim())) {
      throw ApiProblem.unauthorized("The bearer token is not accepted");
    }
  }

  boolean accepts(String token) {
    byte[] hash = sha256(token);
    boolean known = false;
    for (byte[] expected : hashes) {
      known |= MessageDigest.isEqual(expected, hash);
    }
    return known;
  }

  public static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
