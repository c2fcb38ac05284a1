package nl.effectmeter.ingest;

/** The input cannot be used: invalid reference data or too much quarantined fact data. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }
}
