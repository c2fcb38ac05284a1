package nl.effectmeter.settings;

/**
 * A settings file that cannot be used: unreadable, an unknown key, or a value that is not accepted.
 * The message names the file, the key and what is accepted; the job and the API print it as it is
 * and do not start.
 */
public final class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  SettingsException(String message) {
    super(message);
  }

  SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
