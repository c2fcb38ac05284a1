package nl.effectmeter.api.format;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.effectmeter.answer.ObservationJson;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.warehouse.PublishedColumns;

/** CSV with the indicators table's column names, for tabular answers. */
public final class CsvFormat implements ResponseFormat {
  public static final CsvFormat INSTANCE = new CsvFormat();

  private CsvFormat() {}

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return Responses.CSV;
  }

  @Override
  public String contentType() {
    return Responses.CSV + "; charset=utf-8";
  }

  @Override
  public boolean answers(String mediaRange) {
    String type = MediaRanges.type(mediaRange);
    return type.equalsIgnoreCase("text/csv") || type.equalsIgnoreCase("text/*");
  }

  @Override
  public Map<String, Object> schema(String jsonSchema) {
    return Map.of("schema", Map.of("type", "string"));
  }

  @Override
  public byte[] render(Answer answer) {
    return Csv.write(
            PublishedColumns.INDICATOR_COLUMNS,
            answer.observations().stream().map(ObservationJson::cells).toList())
        .getBytes(StandardCharsets.UTF_8);
  }
}
