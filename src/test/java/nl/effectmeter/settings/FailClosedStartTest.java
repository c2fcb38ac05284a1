package nl.effectmeter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's and the API's real main methods, as separate processes: a typo in the settings file
 * stops either before it does anything, with exit status 2 and one line naming the file, the key
 * and the key meant.
 */
class FailClosedStartTest {
  @TempDir Path dir;

  @Test
  void theApiRefusesToStartWhenTheTokenKeyIsMisspelt() throws Exception {
    String shipped = Files.readString(Path.of("jobs/api.properties"));
    Path settings =
        Files.writeString(
            dir.resolve("api.properties"),
            shipped.replace("# auth.token_sha256=", "auth.token_sha265="));
    Path warehouse = Files.createDirectories(dir.resolve("warehouse"));

    Result api =
        run(
            "nl.effectmeter.server.ApiMain",
            "--warehouse",
            warehouse.toString(),
            "--port",
            "0",
            "--settings",
            settings.toString());

    assertThat(api.status()).isEqualTo(2);
    assertThat(api.stderr())
        .containsExactly(
            "effectmeter: Settings file "
                + settings
                + ": unknown key auth.token_sha265 (did you mean auth.token_sha256?); known keys:"
                + " auth.token_sha256, cors.origins, http.port, runs.earlier_kept,"
                + " runs.poll_interval_ms");
  }

  @Test
  void theJobRefusesToStartWhenAKeyIsMisspelt() throws Exception {
    Path settings =
        Files.writeString(dir.resolve("effectmeter.properties"), "max_quarantine_shar=0.1\n");

    Result job =
        run(
            "nl.effectmeter.job.IndicatorJob",
            "--input",
            "src/test/resources/small-input",
            "--warehouse",
            dir.resolve("warehouse").toString(),
            "--as-of",
            "2025-12-31",
            "--settings",
            settings.toString());

    assertThat(job.status()).isEqualTo(2);
    assertThat(job.stderr()).hasSize(1);
    assertThat(job.stderr().get(0))
        .startsWith(
            "effectmeter: Settings file "
                + settings
                + ": unknown key max_quarantine_shar (did you mean max_quarantine_share?); known"
                + " keys: disclosure.min_base, max_quarantine_share, ");
    assertThat(dir.resolve("warehouse")).doesNotExist();
  }

  @Test
  void bothRefuseAnUnreadableSettingsFileInTheSameWords() throws Exception {
    Path missing = dir.resolve("missing.properties");
    Path warehouse = Files.createDirectories(dir.resolve("warehouse"));
    String expected = "effectmeter: Settings file " + missing + " cannot be read: no such file";

    Result api =
        run(
            "nl.effectmeter.server.ApiMain",
            "--warehouse",
            warehouse.toString(),
            "--settings",
            missing.toString());
    Result job =
        run(
            "nl.effectmeter.job.IndicatorJob",
            "--input",
            "src/test/resources/small-input",
            "--warehouse",
            warehouse.toString(),
            "--as-of",
            "2025-12-31",
            "--settings",
            missing.toString());

    assertThat(api.status()).isEqualTo(2);
    assertThat(api.stderr()).containsExactly(expected);
    assertThat(job.status()).isEqualTo(2);
    assertThat(job.stderr()).containsExactly(expected);
  }

  /** A finished process: its exit status and its error output, line by line. */
  private record Result(int status, List<String> stderr) {}

  private Result run(String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(mainClass + " did not stop by itself: it started");
    }
    List<String> lines =
        Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.startsWith("Picked up ")) // JAVA_TOOL_OPTIONS, if set
            .toList();
    return new Result(process.exitValue(), lines);
  }
}
