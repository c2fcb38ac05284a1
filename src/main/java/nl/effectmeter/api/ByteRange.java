package nl.effectmeter.api;

import java.util.Optional;
import nl.effectmeter.api.http.ApiProblem;

/**
 * One satisfiable byte range of a file, from a {@code Range} header (RFC 9110, section 14): {@code
 * bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffix}. A header that is absent, of
 * another unit, malformed or asks for several ranges is ignored (the whole file is served); one
 * that no byte of the file satisfies is a 416.
 */
record ByteRange(long first, long last) {
  ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("Not a byte range: " + first + "-" + last);
    }
  }

  long length() {
    return last - first + 1;
  }

  /** The range asked for, or empty for the whole file; throws a 416 problem when unsatisfiable. */
  static Optional<ByteRange> parse(String header, long fileLength) {
    if (header == null || !header.trim().startsWith("bytes=")) {
      return Optional.empty();
    }
    String spec = header.trim().substring("bytes=".length()).trim();
    if (spec.contains(",")) {
      return Optional.empty();
    }
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    String from = spec.substring(0, dash).trim();
    String to = spec.substring(dash + 1).trim();
    if ((!from.matches("\\d{1,18}") && !from.isEmpty())
        || (!to.matches("\\d{1,18}") && !to.isEmpty())
        || (from.isEmpty() && to.isEmpty())) {
      return Optional.empty();
    }
    if (from.isEmpty()) {
      long suffix = Long.parseLong(to);
      if (suffix == 0 || fileLength == 0) {
        throw unsatisfiable(header, fileLength);
      }
      return Optional.of(new ByteRange(Math.max(0, fileLength - suffix), fileLength - 1));
    }
    long first = Long.parseLong(from);
    Long last = to.isEmpty() ? null : Long.parseLong(to);
    if (last != null && last < first) {
      return Optional.empty();
    }
    if (first >= fileLength) {
      throw unsatisfiable(header, fileLength);
    }
    if (last == null) {
      return Optional.of(new ByteRange(first, fileLength - 1));
    }
    return Optional.of(new ByteRange(first, Math.min(last, fileLength - 1)));
  }

  private static ApiProblem unsatisfiable(String header, long fileLength) {
    return ApiProblem.of(
        416,
        "Range not satisfiable",
        "Range " + header.trim() + " asks for no byte of a file of " + fileLength + " bytes");
  }
}
