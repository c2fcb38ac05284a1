package nl.effectmeter.api.route;

import io.javalin.http.Context;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** Serves the OpenAPI document built from the route table. */
// Arrays indexed by enum ordinal and records holding arrays are deliberate here, for speed.
@SuppressWarnings("ArrayRecordComponent")
final class OpenApiHandler {
  private final RunRegistry registry;
  private final TokenCheck tokens;
  private volatile Document document;

  /** The document as served for one run (its codes are that run's). */
  private record Document(String runId, byte[] body) {}

  OpenApiHandler(RunRegistry registry, TokenCheck tokens) {
    this.registry = registry;
    this.tokens = tokens;
  }

  void handle(Context ctx) {
    Run run = registry.snapshot().current().orElse(null);
    String runId = run == null ? "" : run.id();
    Document built = document;
    if (built == null || !built.runId().equals(runId)) {
      built =
          new Document(
              runId, Json.bytes(OpenApi.document(Routes.table(registry, tokens), tokens, run)));
      document = built;
    }
    byte[] answer = built.body();
    Responses.json(ctx, "openapi/" + runId, () -> new RawJson(answer));
  }

  /** Already-serialised JSON. */
  record RawJson(@com.fasterxml.jackson.annotation.JsonRawValue String json) {
    RawJson(byte[] bytes) {
      this(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @com.fasterxml.jackson.annotation.JsonRawValue
    public String value() {
      return json;
    }
  }
}
