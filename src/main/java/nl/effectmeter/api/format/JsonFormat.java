package nl.effectmeter.api.format;

import java.util.Locale;
import java.util.Map;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.api.http.JsonObjects;

/** JSON, the default of every route. */
public final class JsonFormat implements ResponseFormat {
  public static final JsonFormat INSTANCE = new JsonFormat();

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
    return JsonObjects.of("schema", ApiNames.schemaRef(jsonSchema));
  }

  @Override
  public byte[] render(Answer answer) {
    return Json.bytes(answer.body());
  }
}
