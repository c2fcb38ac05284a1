package nl.effectmeter.api.route;

/** Whether this server checks bearer tokens on {@code /api/v1}, as its settings say. */
public enum TokenCheck {
  /** The settings name token hashes: every {@link Access#TOKEN} route needs one. */
  ON,
  /** No tokens configured: every route is open. */
  OFF
}
