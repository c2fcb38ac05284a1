package nl.effectmeter.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two publishers in one warehouse, step by step, as two jobs interleave. */
class RunPublisherTest {
  @TempDir Path warehouse;
  private final Configuration conf = new Configuration();

  private RunPublisher publisher(String runId) {
    return new RunPublisher(new WarehouseLayout(warehouse.toString()), conf, runId);
  }

  private static Manifest manifest(String runId) {
    return new Manifest(
        runId,
        "2025-12-31",
        null,
        null,
        null,
        null,
        Map.of(),
        List.of(),
        List.of(),
        Map.of("indicators", 1L),
        List.of(),
        List.of());
  }

  private static void writeTable(RunPublisher publisher, String text) throws IOException {
    Path table = Path.of(publisher.stagingTable("indicators"));
    Files.createDirectories(table);
    Files.writeString(table.resolve("part-0.parquet"), text);
  }

  private List<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .filter(name -> !name.endsWith(".crc"))
          .sorted()
          .toList();
    }
  }

  @Test
  void twoJobsOfTheSameRunIdStageApartAndTheLaterIsRefusedLeavingTheRunAsPublished()
      throws IOException {
    RunPublisher first = publisher("same");
    RunPublisher second = publisher("same");
    first.checkNew();
    writeTable(first, "first");
    second.checkNew(); // before issue 9 this deleted the first job's staging folder
    writeTable(second, "second");
    assertThat(first.stagingDir()).isNotEqualTo(second.stagingDir());
    assertThat(Path.of(first.stagingTable("indicators/part-0.parquet"))).hasContent("first");

    first.publish(manifest("same"));
    Path run = warehouse.resolve("runs/same");
    assertThatThrownBy(() -> second.publish(manifest("same")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Run same is already published at "
                + run
                + ": another job published it while this one ran");

    // Hadoop's local rename would have copied the second run into the first one's folder.
    assertThat(files(run)).containsExactly("indicators/part-0.parquet", "manifest.json");
    assertThat(run.resolve("indicators/part-0.parquet")).hasContent("first");
    assertThat(warehouse.resolve("CURRENT")).hasContent("same");
    assertThat(Path.of(second.stagingDir())).doesNotExist();
  }

  @Test
  void aRunIdAlreadyPublishedIsRefusedBeforeAnyWork() {
    publisher("done").publish(manifest("done"));
    assertThatThrownBy(() -> publisher("done").checkNew())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Run done is already published at " + warehouse.resolve("runs/done"));
  }

  @Test
  void eachPublicationReplacesCurrentWholeAndLeavesNoTemporaryFile() throws IOException {
    RunPublisher first = publisher("first");
    writeTable(first, "first");
    first.publish(manifest("first"));
    assertThat(warehouse.resolve("CURRENT")).hasContent("first");

    Files.writeString(warehouse.resolve(".CURRENT.crc"), "a checksum of older text");
    RunPublisher second = publisher("second");
    writeTable(second, "second");
    second.publish(manifest("second"));

    assertThat(warehouse.resolve("CURRENT")).hasContent("second");
    try (Stream<Path> top = Files.list(warehouse)) {
      assertThat(top.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("CURRENT", "runs");
    }
    try (Stream<Path> runs = Files.list(warehouse.resolve("runs"))) {
      assertThat(runs.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("first", "second");
    }
  }

  @Test
  void eachRunTableIsWrittenIntoItsOwnStagingFolderAndCountedUnderItsName() throws IOException {
    RunPublisher publisher = publisher("tables");
    RunTable one =
        new RunTable(
            "indicators",
            folder -> {
              write(Path.of(folder), "a");
              return 3;
            });
    RunTable two =
        new RunTable(
            "reference/regions",
            folder -> {
              write(Path.of(folder), "b");
              return 7;
            });
    assertThat(publisher.write(List.of(one, two)))
        .containsExactly(Map.entry("indicators", 3L), Map.entry("reference/regions", 7L));
    assertThat(Path.of(publisher.stagingTable("indicators"), "part-0")).hasContent("a");
    assertThat(Path.of(publisher.stagingTable("reference/regions"), "part-0")).hasContent("b");
    assertThat(warehouse.resolve("runs/tables")).doesNotExist();
  }

  /**
   * Each table's hash is computed beside the next writes; the manifest gets them in the order
   * written, each the SHA-256 of the table's bytes (a file not named as Parquet counts as its
   * bytes), and a table that cannot be read fails the run naming its file.
   */
  @Test
  void theContentHashesComputedBesideTheWritesAreEachTablesSha256InTheOrderWritten()
      throws Exception {
    RunPublisher publisher = publisher("hashes");
    List<RunTable> tables =
        List.of(
            new RunTable("signals", folder -> writeAndCount(Path.of(folder), "part-0", "b")),
            new RunTable("indicators", folder -> writeAndCount(Path.of(folder), "part-0", "a")),
            new RunTable(
                "broken",
                folder -> writeAndCount(Path.of(folder), "part-0.parquet", "no parquet")));
    Map<String, Long> rows = publisher.write(tables);
    assertThatThrownBy(() -> publisher.contentHashes(rows.keySet()))
        .hasMessageContaining(
            publisher.stagingTable("broken") + "/part-0.parquet is not a Parquet");
    assertThat(publisher.contentHashes(List.of("signals", "indicators")))
        .containsExactly(Map.entry("signals", sha256("b")), Map.entry("indicators", sha256("a")));
  }

  private static long writeAndCount(Path folder, String file, String text) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(file), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return 1;
  }

  private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void aTableNamedTwiceOrOutsideTheRunIsRefusedWithItsName() {
    RunTable once = new RunTable("signals", folder -> 0);
    assertThatThrownBy(() -> publisher("twice").write(List.of(once, once)))
        .hasMessage("Run table signals is written twice");
    assertThatThrownBy(() -> new RunTable("../CURRENT", folder -> 0))
        .hasMessage("A run table needs a relative name: '../CURRENT'");
  }

  private static void write(Path folder, String text) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("part-0"), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
