package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.effectmeter.ingest.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobArgsTest {

  @Test
  void parsesEveryOption() {
    JobArgs args =
        JobArgs.parse(
            new String[] {
              "--input",
              "in",
              "--warehouse",
              "wh",
              "--as-of",
              "2025-12-31",
              "--settings",
              "s.properties",
              "--run-id",
              "run-1",
              "--input-format",
              "jsonl"
            });
    assertThat(args)
        .isEqualTo(
            new JobArgs(
                "in",
                "wh",
                LocalDate.parse("2025-12-31"),
                "s.properties",
                "run-1",
                InputFormat.JSONL,
                null));
  }

  @Test
  void aMappingsOwnSettingsAreReadUnlessSettingsAreGiven(@TempDir Path dir) throws IOException {
    Path mapping = Files.createDirectory(dir.resolve("mapping"));
    Path own = Files.writeString(mapping.resolve("effectmeter.properties"), "");
    LocalDate asOf = LocalDate.parse("2025-12-31");
    assertThat(new JobArgs("in", "wh", asOf, null, null, null, mapping.toString()).settingsFile())
        .isEqualTo(own);
    assertThat(
            new JobArgs("in", "wh", asOf, "s.properties", null, null, mapping.toString())
                .settingsFile())
        .isEqualTo(Path.of("s.properties"));
    assertThat(new JobArgs("in", "wh", asOf, null, null).settingsFile()).isNull();
    Files.delete(own);
    assertThat(new JobArgs("in", "wh", asOf, null, null, null, mapping.toString()).settingsFile())
        .isNull();
  }

  @Test
  void anUnknownInputFormatIsAnErrorNamingTheAcceptedOnes() {
    assertThatThrownBy(
            () ->
                JobArgs.parse(
                    new String[] {
                      "--input",
                      "in",
                      "--warehouse",
                      "wh",
                      "--as-of",
                      "2025-12-31",
                      "--input-format",
                      "xlsx"
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown input format: xlsx (expected csv, jsonl or parquet)");
  }

  @Test
  void settingsAndRunIdAreOptional() {
    JobArgs args =
        JobArgs.parse(new String[] {"--as-of", "2025-01-31", "--warehouse", "wh", "--input", "in"});
    assertThat(args.settings()).isNull();
    assertThat(args.runId()).isNull();
  }

  @Test
  void aMissingAsOfIsAnErrorWithTheUsage() {
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"--input", "in", "--warehouse", "wh"}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("--as-of is required\n" + JobArgs.USAGE);
  }

  @Test
  void aMissingInputIsAnErrorWithTheUsage() {
    assertThatThrownBy(
            () -> JobArgs.parse(new String[] {"--warehouse", "wh", "--as-of", "2025-01-31"}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("--input is required\n" + JobArgs.USAGE);
  }

  @Test
  void anAsOfThatIsNotADateNamesTheValue() {
    assertThatThrownBy(
            () ->
                JobArgs.parse(
                    new String[] {"--input", "in", "--warehouse", "wh", "--as-of", "31-12-2025"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot parse --as-of 31-12-2025 as a date (YYYY-MM-DD)");
  }

  @Test
  void anUnknownOptionIsAnErrorNamingIt() {
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"--output", "x"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown option --output\n" + JobArgs.USAGE);
  }

  @Test
  void anOptionWithoutValueIsAnError() {
    assertThatThrownBy(() -> JobArgs.parse(new String[] {"--input"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option --input needs a value\n" + JobArgs.USAGE);
  }

  @Test
  void aRunIdWithAPathSeparatorIsRefused() {
    assertThatThrownBy(
            () -> new JobArgs("in", "wh", LocalDate.parse("2025-01-31"), null, "../evil"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--run-id may hold letters, digits, '.', '_' and '-' only: ../evil");
  }

  @Test
  void aMappingFolderReshapesTheRawExportInTheInput() {
    JobArgs args =
        JobArgs.parse(
            new String[] {
              "--input",
              "export",
              "--warehouse",
              "wh",
              "--as-of",
              "2016-01-31",
              "--mapping",
              "jobs/mappings/boston-311"
            });
    assertThat(args.mapping()).isEqualTo("jobs/mappings/boston-311");
    assertThat(args.input()).isEqualTo("export");
  }

  @Test
  void anInputFormatWithAMappingIsRefusedAsTheMappingDeclaresHowFilesAreRead() {
    assertThatThrownBy(
            () ->
                JobArgs.parse(
                    new String[] {
                      "--input",
                      "export",
                      "--warehouse",
                      "wh",
                      "--as-of",
                      "2016-01-31",
                      "--mapping",
                      "m",
                      "--input-format",
                      "csv"
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "--input-format does not apply with --mapping: the mapping declares how each raw file"
                + " is read");
  }
}
