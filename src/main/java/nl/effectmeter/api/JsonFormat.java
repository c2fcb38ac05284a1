package nl.effectmeter.api;

import java.util.Locale;
import java.util.Map;

/** JSON, the default of every route. */
final class JsonFormat implements ResponseFormat {
  static final JsonFormat INSTANCE = new JsonFormat();

  private JsonFormat() {}

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String mediaType() {
    return Responses.JSON;
  }

  @Override
  public boolean answers(String mediaRange) {
    String type = MediaRanges.type(mediaRange);
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "application/json", "application/*", "*/*", "application/problem+json" -> true;
      default -> false;
    };
  }

  @Override
  public Map<String, Object> schema(String jsonSchema) {
    return Map.of("schema", Schemas.ref(jsonSchema));
  }

  @Override
  public byte[] render(Answer answer) {
    return Json.bytes(answer.body());
  }
}
