package nl.effectmeter.api.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.TableColumn;

/** CSV with the revisions table's column names, for {@code /runs/{id}/revisions}. */
public final class RevisionCsvFormat implements ResponseFormat {
  public static final RevisionCsvFormat INSTANCE = new RevisionCsvFormat();

  private static final List<String> HEADER =
      RevisionColumns.COLUMNS.stream().map(TableColumn::name).toList();

  private RevisionCsvFormat() {}

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
    return CsvFormat.INSTANCE.answers(mediaRange);
  }

  @Override
  public Map<String, Object> schema(String jsonSchema) {
    return Map.of("schema", Map.of("type", "string"));
  }

  @Override
  @SuppressWarnings("unchecked")
  public byte[] render(Answer answer) {
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>) ((Map<String, Object>) answer.body()).get("revisions");
    return Csv.write(
            HEADER, rows.stream().map(row -> HEADER.stream().map(row::get).toArray()).toList())
        .getBytes(StandardCharsets.UTF_8);
  }
}
