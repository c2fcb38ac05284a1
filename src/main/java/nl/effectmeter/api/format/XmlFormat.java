package nl.effectmeter.api.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.http.JsonObjects;

/** An XML document the handler wrote as text: the OData service's {@code $metadata}. */
public final class XmlFormat implements ResponseFormat {
  public static final XmlFormat INSTANCE = new XmlFormat();

  private XmlFormat() {}

  @Override
  public String name() {
    return "xml";
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public String contentType() {
    return "application/xml; charset=utf-8";
  }

  @Override
  public boolean answers(String mediaRange) {
    return switch (MediaRanges.type(mediaRange).toLowerCase(Locale.ROOT)) {
      case "application/xml", "text/xml", "application/*", "text/*", "*/*" -> true;
      default -> false;
    };
  }

  @Override
  public Map<String, Object> schema(String jsonSchema) {
    return JsonObjects.of("schema", JsonObjects.of("type", "string"));
  }

  @Override
  public Map<String, Object> problemContent() {
    return JsonObjects.of(
        Responses.JSON, JsonObjects.of("schema", ApiNames.schemaRef("ODataError")));
  }

  @Override
  public byte[] render(Answer answer) {
    return ((String) answer.body()).getBytes(StandardCharsets.UTF_8);
  }
}
