package nl.effectmeter.api.odata;

import java.util.Locale;
import java.util.Map;
import nl.effectmeter.api.format.MediaRanges;
import nl.effectmeter.api.format.ResponseFormat;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.api.http.JsonObjects;

/** OData JSON with minimal metadata, as Excel and Power BI read it. */
public final class ODataJsonFormat implements ResponseFormat {
  public static final ODataJsonFormat INSTANCE = new ODataJsonFormat();
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
    return JsonObjects.of("schema", ApiNames.schemaRef(jsonSchema));
  }

  @Override
  public Map<String, Object> problemContent() {
    return JsonObjects.of(
        Responses.JSON, JsonObjects.of("schema", ApiNames.schemaRef("ODataError")));
  }

  @Override
  public byte[] render(Answer answer) {
    return Json.bytes(answer.body());
  }
}
