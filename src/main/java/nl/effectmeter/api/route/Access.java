package nl.effectmeter.api.route;

/** Who may call a route when the server is configured with bearer tokens. */
enum Access {
  /** Answered without a token: {@code /health}, {@code /ready}, {@code /openapi.json}. */
  OPEN,
  /** Needs {@code Authorization: Bearer <token>} whenever the settings name tokens. */
  TOKEN
}
