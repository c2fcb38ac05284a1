package nl.effectmeter.api.route;

import io.javalin.http.Context;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.store.RunRegistry;

/** Serves the OpenAPI document built from the route table. */
final class OpenApiHandler {
  private final RunRegistry registry;
  private final TokenCheck tokens;
  private volatile byte[] document;

  OpenApiHandler(RunRegistry registry, TokenCheck tokens) {
    this.registry = registry;
    this.tokens = tokens;
  }

  void handle(Context ctx) {
    byte[] body = document;
    if (body == null) {
      body = Json.bytes(OpenApi.document(Routes.table(registry, tokens), tokens));
      document = body;
    }
    byte[] answer = body;
    Responses.json(ctx, "openapi", () -> new RawJson(answer));
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
