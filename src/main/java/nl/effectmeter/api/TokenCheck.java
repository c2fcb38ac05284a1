package nl.effectmeter.api;

/** Whether this server checks bearer tokens on {@code /api/v1}, as its settings say. */
enum TokenCheck {
  /** The settings name token hashes: every {@link Access#TOKEN} route needs one. */
  ON,
  /** No tokens configured: every route is open. */
  OFF;

  static TokenCheck of(ApiSettings settings) {
    return settings.requiresToken() ? ON : OFF;
  }
}
