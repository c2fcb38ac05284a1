package nl.effectmeter.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.effectmeter.job.IndicatorPipeline;
import nl.effectmeter.job.JobArgs;
import nl.effectmeter.job.RunSummary;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.testing.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A five-row export through a small mapping: three rows are cases, two are comments. Every raw row
 * must be mapped or skipped with a reason, and mistakes in the SQL name the file and the column.
 */
class SourceMappingTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-01-31");
  private static final String RAW =
      """
      id,org,opened,closed,kind
      1,A,02-01-2025,05-01-2025,case
      2,A,03-01-2025,,case
      3,A,04-01-2025,,comment
      4,A,05-01-2025,,comment
      5,A,06-01-2025,07-01-2025,case
      """;
  private static final String SERVICES =
      """
      SELECT _view, _row, id AS case_id, org AS organisation_code, 'R' AS regulation_code,
             'GM0001' AS municipality_code, opened AS requested_at, closed AS decided_at,
             CASE WHEN closed IS NOT NULL THEN 'granted' END AS decision
      FROM export
      WHERE kind = 'case';
      """;

  @TempDir Path dir;
  private Path input;
  private Path mapping;

  @BeforeEach
  void export() throws IOException {
    input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("export.csv"), RAW);
    mapping = Files.createDirectories(dir.resolve("mapping"));
    write(
        "mapping.properties",
        """
        view.export.file=export.csv
        view.export.timestamp_format=dd-MM-yyyy
        view.export.timestamp_columns=opened,closed
        """);
    write("organisations.csv", "organisation_code,name,government_layer\nA,Gemeente A,gemeente\n");
    write(
        "regulations.csv",
        "regulation_code,name,legal_term_days,outcome_window_days\nR,Regeling,10,30\n");
    write(
        "municipalities.csv",
        "municipality_code,name,province_code,population\nGM0001,Eerste,PV01,1000\n");
    write("outcome_types.csv", "outcome_type,name,intended,societal_value_eur\nok,Ok,true,0\n");
    write("services.sql", SERVICES);
  }

  @Test
  void aMappingThatLeavesRowsOutWithoutSayingWhyFailsNamingTheFileAndTheCount() {
    assertThatThrownBy(this::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not account for every raw row")
        .hasMessageContaining(
            "2 rows of "
                + input.resolve("export.csv").toUri().toString().replace("file:///", "file:/")
                + " (view export) are neither in a contract dataset nor in skipped.sql")
        .hasMessageContaining("e.g. records 3, 4");
  }

  @Test
  void everyRawRowIsMappedOrSkippedForAReasonAndTheManifestSaysSo() throws Exception {
    write(
        "skipped.sql",
        "SELECT _view, _row, 'comment' AS reason FROM export WHERE kind = 'comment'");
    RunSummary summary = run();

    // Rows 1, 2 and 5 are cases; rows 3 and 4 are comments: 5 read = 3 mapped + 2 skipped.
    assertThat(summary.rawFiles()).hasSize(1);
    MappingAccounting.RawFileCounts raw = summary.rawFiles().get(0);
    assertThat(List.of(raw.read(), raw.mapped(), raw.skipped())).containsExactly(5L, 3L, 2L);
    assertThat(raw.skippedByReason()).isEqualTo(Map.of("comment", 2L));
    assertThat(summary.render())
        .contains(
            "  export          read         5  mapped         3  skipped         2  {comment=2}");

    Path run = dir.resolve("warehouse/runs").resolve(summary.runId());
    JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    JsonNode mapped = manifest.get("mapping");
    assertThat(mapped.get("files_sha256").get("services.sql").asText())
        .isEqualTo(sha256(mapping.resolve("services.sql")));
    assertThat(mapped.get("files_sha256").get("skipped.sql").asText())
        .isEqualTo(sha256(mapping.resolve("skipped.sql")));
    JsonNode file = mapped.get("raw_files").get(0);
    assertThat(file.get("read").asLong()).isEqualTo(5);
    assertThat(file.get("mapped").asLong()).isEqualTo(3);
    assertThat(file.get("skipped_by_reason").get("comment").asLong()).isEqualTo(2);
    assertThat(manifest.get("inputs").get(0).get("sha256").asText())
        .isEqualTo(sha256(input.resolve("export.csv")));

    List<Row> skipped =
        TestSpark.session()
            .read()
            .parquet(run.resolve("skipped").toString())
            .orderBy("source_record")
            .collectAsList();
    assertThat(skipped.stream().map(r -> r.<Long>getAs("source_record")).toList())
        .containsExactly(3L, 4L);
    assertThat(skipped.get(0).<String>getAs("reason")).isEqualTo("comment");
    // The dates were read as day-month-year: case 1 was requested on 2 January and decided on 5.
    assertThat(summary.datasets().stream().filter(d -> d.dataset().equals("services")))
        .singleElement()
        .satisfies(d -> assertThat(List.of(d.read(), d.valid())).containsExactly(3L, 3L));
  }

  @Test
  void aRowBothMappedAndSkippedFailsTheRun() throws IOException {
    write("skipped.sql", "SELECT _view, _row, 'comment' AS reason FROM export WHERE kind <> 'x'");
    assertThatThrownBy(this::run)
        .hasMessageContaining("3 rows of")
        .hasMessageContaining("are both mapped and skipped")
        .hasMessageContaining("e.g. records 1 (in services), 2 (in services), 5 (in services)");
  }

  @Test
  void aTypoInARawColumnNameFailsWithTheFileAndTheColumn() throws IOException {
    write("services.sql", SERVICES.replace("opened AS requested_at", "opend AS requested_at"));
    assertThatThrownBy(this::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Mapping file " + mapping.resolve("services.sql") + " does not run")
        .hasMessageContaining("`opend`")
        .hasMessageContaining("opened");
  }

  @Test
  void aTypoInAContractColumnNameFailsWithTheFileAndTheNearestColumn() throws IOException {
    write("services.sql", SERVICES.replace("AS decided_at", "AS decided_att"));
    assertThatThrownBy(this::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "Mapping file "
                + mapping.resolve("services.sql")
                + " selects column decided_att, which services does not have (did you mean"
                + " decided_at?)");
  }

  @Test
  void aBadReferenceRowMadeBySqlIsNamedByItsRowInTheSelectsResult() throws IOException {
    Files.delete(mapping.resolve("regulations.csv"));
    // Shaped like the Boston mapping's: a grouped term per kind joined with an overall one, so
    // the SELECT runs over shuffled partitions. Its rows are numbered 1, 2, ... in its result.
    write(
        "regulations.sql",
        """
        WITH terms AS (SELECT kind, count(*) AS n FROM export GROUP BY kind),
             overall AS (SELECT count(*) AS total FROM export)
        SELECT CASE WHEN kind = 'case' THEN 'R' ELSE 'S' END AS regulation_code,
               kind AS name,
               CASE WHEN kind = 'case' THEN 10 ELSE n - total END AS legal_term_days,
               30 AS outcome_window_days
        FROM terms CROSS JOIN overall
        ORDER BY regulation_code
        """);
    assertThatThrownBy(this::run)
        .hasMessageContaining(mapping.resolve("regulations.sql").toUri() + " record 2: ");
  }

  @Test
  void aMisspeltMappingFileIsRefusedRatherThanIgnored() throws IOException {
    write("complaint.sql", "SELECT 1");
    assertThatThrownBy(this::run)
        .hasMessageContaining(
            "holds complaint.sql, which names no dataset (did you mean complaints.sql?)");
  }

  @Test
  void theDutchTemplateDeclaresTwoRawFilesAndGivesNoOutcomes() {
    SourceMapping template =
        SourceMapping.load(Path.of("jobs/mappings/dutch-case-system-template"));
    // Views come in the order of their names.
    assertThat(template.views().stream().map(RawView::name)).containsExactly("klachten", "zaken");
    assertThat(template.views().get(1).sparkOptions())
        .containsEntry("sep", ";")
        .containsEntry("encoding", "windows-1252");
    assertThat(template.file(nl.effectmeter.dataset.InputDataset.OUTCOMES)).isEmpty();
    assertThat(template.skipped()).isPresent();
  }

  @Test
  void anUnknownKeyInTheDeclarationNamesTheNearestKnownOne() throws IOException {
    write("mapping.properties", "view.export.file=export.csv\nview.export.delimeter=;\n");
    assertThatThrownBy(this::run)
        .hasMessageContaining(
            "unknown key view.export.delimeter (did you mean view.export.delimiter?)");
  }

  private RunSummary run() {
    return new IndicatorPipeline(TestSpark.session(), JobSettings.defaults())
        .run(
            new JobArgs(
                input.toString(),
                dir.resolve("warehouse").toString(),
                AS_OF,
                null,
                null,
                null,
                mapping.toString()));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(mapping.resolve(name), text);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
