package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same three services as CSV, JSON Lines and Parquet validate to the same rows. */
class InputFormatsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");
  private static final String[] CSV = {
    "F1,UWV,WW,GM0363,2025-01-31T23:30:00Z,2025-02-10,granted,online,k1,18-26,120.5",
    "F2,UWV,WW,GM0599,2025-01-10,,,,,,",
    "F3,UWV,WW,GM0363,2025-01-10,,,fax,,,"
  };
  private static final String JSONL =
      "{\"case_id\":\"F1\",\"organisation_code\":\"UWV\",\"regulation_code\":\"WW\","
          + "\"municipality_code\":\"GM0363\",\"requested_at\":\"2025-01-31T23:30:00Z\","
          + "\"decided_at\":\"2025-02-10\",\"decision\":\"granted\",\"channel\":\"online\","
          + "\"client_key\":\"k1\",\"client_segment\":\"18-26\",\"cost_eur\":120.5}\n"
          + "{\"case_id\":\"F2\",\"organisation_code\":\"UWV\",\"regulation_code\":\"WW\","
          + "\"municipality_code\":\"GM0599\",\"requested_at\":\"2025-01-10\"}\n"
          + "{\"case_id\":\"F3\",\"organisation_code\":\"UWV\",\"regulation_code\":\"WW\","
          + "\"municipality_code\":\"GM0363\",\"requested_at\":\"2025-01-10\",\"channel\":\"fax\"}\n";

  @TempDir static Path root;
  private static List<String> csv;
  private static List<String> jsonl;
  private static List<String> parquet;
  private static List<String> explicit;

  @BeforeAll
  static void validateAllThree() throws IOException {
    Path csvInput = location(root.resolve("csv"));
    Path jsonInput = location(root.resolve("jsonl"));
    Files.delete(jsonInput.resolve("services.csv"));
    Files.writeString(jsonInput.resolve("services.jsonl"), JSONL, StandardCharsets.UTF_8);
    Path parquetInput = location(root.resolve("parquet"));
    writeParquet(csvInput, parquetInput);
    csv = judged(csvInput);
    jsonl = judged(jsonInput);
    parquet = judged(parquetInput);
    Path explicitInput = location(root.resolve("explicit"));
    Files.createDirectories(explicitInput.resolve("services"));
    Files.move(explicitInput.resolve("services.csv"), explicitInput.resolve("services/export.txt"));
    explicit = judged(explicitInput, InputFormat.CSV);
  }

  @Test
  void anExplicitFormatReadsFilesWhateverTheirExtension() {
    assertThat(explicit).isEqualTo(csv);
  }

  @Test
  void withoutAnExplicitFormatAFolderOfUnknownExtensionsIsRefused() throws IOException {
    Path input = location(root.resolve("unknown-extension"));
    Files.createDirectories(input.resolve("services"));
    Files.move(input.resolve("services.csv"), input.resolve("services/export.txt"));
    InputValidation validation =
        new InputValidation(TestSpark.session(), input.toString(), AS_OF, new ArrayList<>());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> validation.facts(ReferenceCodes.of(validation.references().data())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of dataset services holds no .csv, .jsonl or .parquet file");
  }

  @Test
  void csvGivesTwoValidCasesAndOneQuarantined() {
    // F1 is requested on 1 Feb local time; F3 has channel fax
    assertThat(csv)
        .containsExactly(
            "F1|UWV|WW|GM0363|2025-02-01|2025-02-10|granted|online|k1|18-26|120.5|null",
            "F2|UWV|WW|GM0599|2025-01-10|null|null|null|null|null|null|null",
            "F3|UWV|WW|GM0363|2025-01-10|null|null|fax|null|null|null|bad_value");
  }

  @Test
  void jsonLinesReadTheSameAsCsv() {
    assertThat(jsonl).isEqualTo(csv);
  }

  @Test
  void parquetWithTypedColumnsReadsTheSameAsCsv() {
    assertThat(parquet).isEqualTo(csv);
  }

  private static Path location(Path path) {
    InputLocation location = new InputLocation(path);
    for (String line : CSV) {
      location.service(line);
    }
    return location.write();
  }

  /** Writes the CSV's services as one Parquet file with timestamp and double columns. */
  private static void writeParquet(Path csvInput, Path parquetInput) throws IOException {
    Dataset<Row> text =
        TestSpark.session()
            .read()
            .option("header", "true")
            .csv(csvInput.resolve("services.csv").toString());
    Dataset<Row> typed =
        text.withColumn("requested_at", col("requested_at").cast(DataTypes.TimestampType))
            .withColumn("decided_at", col("decided_at").cast(DataTypes.TimestampType))
            .withColumn("cost_eur", col("cost_eur").cast(DataTypes.DoubleType));
    Path staging = parquetInput.resolve("staging");
    typed.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(staging.toString());
    Path part;
    try (Stream<Path> files = Files.list(staging)) {
      part =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .findFirst()
              .orElseThrow();
    }
    Files.delete(parquetInput.resolve("services.csv"));
    Files.move(part, parquetInput.resolve("services.parquet"));
    try (Stream<Path> rest = Files.list(staging)) {
      for (Path file : rest.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(staging);
  }

  /** Each services row's declared values as typed and judged, sorted by case_id. */
  private static List<String> judged(Path input) {
    return judged(input, null);
  }

  private static List<String> judged(Path input, InputFormat format) {
    InputValidation validation =
        new InputValidation(
            TestSpark.session(), input.toString(), format, AS_OF, new ArrayList<>());
    InputValidation.Facts facts =
        validation.facts(ReferenceCodes.of(validation.references().data()));
    List<String> rows = new ArrayList<>();
    for (Row row :
        facts
            .services()
            .rows()
            .select(
                col("case_id"),
                col("organisation_code"),
                col("regulation_code"),
                col("municipality_code"),
                col(Parsed.date("requested_at")).cast("string"),
                col(Parsed.date("decided_at")).cast("string"),
                col("decision"),
                col("channel"),
                col("client_key"),
                col("client_segment"),
                col(Parsed.typed("cost_eur")).cast("string"),
                col(RawColumns.REASON))
            .orderBy("case_id")
            .collectAsList()) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        values.add(String.valueOf(row.get(i)));
      }
      rows.add(String.join("|", values));
    }
    return rows;
  }
}
