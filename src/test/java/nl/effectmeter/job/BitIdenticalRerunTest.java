package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.effectmeter.generate.Generator;
import nl.effectmeter.generate.GeneratorSettings;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.testing.TestSpark;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input and settings give byte-identical tables whatever the number of shuffle partitions:
 * the generated input (with its defects, so that the quarantine tables have rows) run once in 2 and
 * once in 16 partitions states the same content hash for every table in its manifest.
 */
class BitIdenticalRerunTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

  /** The generated defects quarantine up to a tenth of the small feasibility datasets. */
  private static final JobSettings SETTINGS =
      JobSettings.fromMap(Map.of(JobSettings.MAX_QUARANTINE_SHARE, "0.2"), "test");

  @TempDir static Path root;
  private static Manifest two;
  private static Manifest sixteen;

  @BeforeAll
  static void runTwice() {
    Path input = root.resolve("input");
    Generator.generate(
        new GeneratorSettings(1500, 3, input, LocalDate.parse("2024-07-01"), AS_OF, true));
    two = run(input, "two", 2);
    sixteen = run(input, "sixteen", 16);
  }

  private static Manifest run(Path input, String warehouse, int partitions) {
    SparkSession spark = TestSpark.session();
    String before = spark.conf().get("spark.sql.shuffle.partitions");
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    try {
      String runId = "run-" + partitions;
      new IndicatorPipeline(spark, SETTINGS)
          .run(
              new JobArgs(
                  input.toString(),
                  root.resolve(warehouse).toString(),
                  AS_OF,
                  null,
                  runId,
                  null,
                  null));
      return new RunLoader(new WarehouseLayout(root.resolve(warehouse).toString()))
          .writtenManifest(runId);
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", before);
    }
  }

  @Test
  void everyTableHasAHashAndTheHashesOfBothRunsAreEqual() {
    assertThat(two.tablesSha256().keySet()).isEqualTo(two.tables().keySet());
    // The API serves every hash but the disclosure table's (its rows say which values are primary).
    assertThat(two.asServed().tablesSha256().keySet())
        .contains("indicators")
        .doesNotContain(WarehouseLayout.DISCLOSURE);
    assertThat(two.tables()).containsKey("quarantine/services");
    assertThat(two.tables().get("quarantine/services")).isPositive();
    assertThat(sixteen.tables()).isEqualTo(two.tables());
    assertThat(sixteen.tablesSha256()).isEqualTo(two.tablesSha256());
    // Values hidden to protect others: so the equal hashes say too that the same input and
    // settings give the same disclosure pattern (rule 4), which WorkedExampleTest leaves to this.
    assertThat(two.disclosure()).anySatisfy(loss -> assertThat(loss.secondary()).isPositive());
  }

  @Test
  void theIndicatorsHashIsTheSha256OfItsDecodedRows() throws IOException, NoSuchAlgorithmException {
    // The definition (methodology, "Bit-identical reruns"): the schema, then every row's fields
    // and values as Parquet decodes them, each row followed by a line break; not the file's
    // bytes, whose footer lists encodings in an order that can differ between processes.
    Path folder = root.resolve("two/runs/run-2/indicators");
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
    }
    assertThat(files).hasSize(1);
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (org.apache.parquet.hadoop.ParquetReader<org.apache.parquet.example.data.Group> reader =
        org.apache.parquet.hadoop.ParquetReader.builder(
                new org.apache.parquet.hadoop.example.GroupReadSupport(),
                new org.apache.hadoop.fs.Path(files.get(0).toString()))
            .build()) {
      boolean first = true;
      for (var group = reader.read(); group != null; group = reader.read()) {
        if (first) {
          digest.update(
              group.getType().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          first = false;
        }
        digest.update(group.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
    }
    String expected = HexFormat.of().formatHex(digest.digest());
    assertThat(two.tablesSha256()).containsEntry("indicators", expected);
    assertThat(expected)
        .isNotEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(files.get(0)))));
  }
}
