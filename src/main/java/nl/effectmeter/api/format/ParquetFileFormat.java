package nl.effectmeter.api.format;

import java.util.Locale;
import java.util.Map;
import nl.effectmeter.api.TableFileHandler;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.http.JsonObjects;

/**
 * A published table as its Parquet file. Files are streamed with byte ranges by {@link
 * TableFileHandler}, never rendered from an {@link Answer}.
 */
public final class ParquetFileFormat implements ResponseFormat {
  public static final ParquetFileFormat INSTANCE = new ParquetFileFormat();
  public static final String MEDIA_TYPE = "application/vnd.apache.parquet";

  private ParquetFileFormat() {}

  @Override
  public String name() {
    return "parquet";
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public boolean answers(String mediaRange) {
    return switch (MediaRanges.type(mediaRange).toLowerCase(Locale.ROOT)) {
      case MEDIA_TYPE, "application/octet-stream", "application/*", "*/*" -> true;
      default -> false;
    };
  }

  @Override
  public Map<String, Object> schema(String jsonSchema) {
    return JsonObjects.of("schema", JsonObjects.of("type", "string", "format", "binary"));
  }

  @Override
  public Map<String, Object> otherResponses() {
    return JsonObjects.of(
        "206",
        JsonObjects.of(
            "description",
            "The bytes a Range header asked for",
            "content",
            JsonObjects.of(MEDIA_TYPE, schema(""))),
        "416",
        JsonObjects.of(
            "description",
            "No byte of the file is in the range asked for",
            "content",
            JsonObjects.of(
                ApiNames.PROBLEM_JSON, JsonObjects.of("schema", ApiNames.schemaRef("Problem")))));
  }

  @Override
  public byte[] render(Answer answer) {
    throw new IllegalStateException("Parquet files are streamed, not rendered");
  }
}
