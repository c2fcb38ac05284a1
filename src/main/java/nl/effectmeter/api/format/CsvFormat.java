package nl.effectmeter.api.format;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.effectmeter.answer.ObservationJson;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.TableColumn;

/** CSV with a published table's column names: the indicators table's, or the revisions table's. */
public final class CsvFormat implements ResponseFormat {
  /** Tabular answers of observations, in the indicators table's columns. */
  public static final CsvFormat INSTANCE =
      new CsvFormat(
          PublishedColumns.INDICATOR_COLUMNS,
          answer -> answer.observations().stream().map(ObservationJson::cells).toList());

  private static final List<String> REVISION_HEADER =
      RevisionColumns.COLUMNS.stream().map(TableColumn::name).toList();

  /** {@code /runs/{id}/revisions}, in the revisions table's columns. */
  public static final CsvFormat REVISIONS = new CsvFormat(REVISION_HEADER, CsvFormat::revisions);

  private final List<String> header;
  private final Function<Answer, List<Object[]>> rows;

  private CsvFormat(List<String> header, Function<Answer, List<Object[]>> rows) {
    this.header = header;
    this.rows = rows;
  }

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
    return JsonObjects.of("schema", JsonObjects.of("type", "string"));
  }

  @Override
  public byte[] render(Answer answer) {
    return Csv.write(header, rows.apply(answer)).getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> revisions(Answer answer) {
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>) ((Map<String, Object>) answer.body()).get("revisions");
    return rows.stream().map(row -> REVISION_HEADER.stream().map(row::get).toArray()).toList();
  }
}
