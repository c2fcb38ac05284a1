package nl.effectmeter.api;

import java.util.Locale;
import java.util.Map;

/** OData JSON with minimal metadata, as Excel and Power BI read it. */
final class ODataJsonFormat implements ResponseFormat {
  static final ODataJsonFormat INSTANCE = new ODataJsonFormat();
  static final String MEDIA_TYPE = "application/json;odata.metadata=minimal";

  private ODataJsonFormat() {}

  @Override
  public String name() {
    return "odata-json";
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  /** Any JSON: {@code odata.metadata=minimal} is what is served whatever level is asked for. */
  @Override
  public boolean answers(String mediaRange) {
    return switch (MediaRanges.type(mediaRange).toLowerCase(Locale.ROOT)) {
      case "application/json", "application/*", "*/*" -> true;
      default -> false;
    };
  }

  @Override
  public Map<String, Object> schema(String jsonSchema) {
    return Map.of("schema", Schemas.ref(jsonSchema));
  }

  @Override
  public Map<String, Object> problemContent() {
    return Map.of(Responses.JSON, Map.of("schema", Schemas.ref("ODataError")));
  }

  @Override
  public byte[] render(Answer answer) {
    return Json.bytes(answer.body());
  }
}
