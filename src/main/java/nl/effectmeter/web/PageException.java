package nl.effectmeter.web;

import static java.util.Objects.requireNonNull;

/**
 * A request a page cannot answer, with the status and a message that says why in both languages.
 */
final class PageException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  PageException(int status, String message) {
    super(requireNonNull(message, "message is null"));
    this.status = status;
  }

  int status() {
    return status;
  }
}
