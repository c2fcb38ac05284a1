package nl.effectmeter.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.privacy.InformationLoss;
import nl.effectmeter.warehouse.Manifest;

/**
 * Builds a run's manifest from what the job's steps report: the run, its settings, the inputs with
 * their hashes and row accounting, the rows of every table written and the information loss. Adds
 * what no step knows: when the run finished, the job's version and the catalogue version.
 */
public final class RunManifest {
  private RunManifest() {}

  /** The run being published: its id, reference date and start. */
  public record Run(String id, LocalDate asOf, Instant started) {}

  public static Manifest of(
      Run run,
      Map<String, String> settings,
      List<Manifest.Input> inputs,
      List<Manifest.DatasetCounts> datasets,
      Map<String, Long> tables,
      List<InformationLoss> loss,
      List<String> warnings) {
    return of(run, settings, inputs, datasets, tables, loss, warnings, null);
  }

  /** The manifest of a run read through a source mapping ({@code mapping} null: none). */
  public static Manifest of(
      Run run,
      Map<String, String> settings,
      List<Manifest.Input> inputs,
      List<Manifest.DatasetCounts> datasets,
      Map<String, Long> tables,
      List<InformationLoss> loss,
      List<String> warnings,
      Manifest.Mapping mapping) {
    return new Manifest(
        run.id(),
        run.asOf().toString(),
        run.started().toString(),
        Instant.now().toString(),
        jobVersion(),
        Indicator.CATALOGUE_VERSION,
        settings,
        inputs,
        datasets,
        tables,
        loss,
        warnings,
        mapping);
  }

  /** The version of the job that built the run, from the jar; {@code dev} outside a jar. */
  public static String jobVersion() {
    try (InputStream in = RunManifest.class.getResourceAsStream("/effectmeter-version.txt")) {
      return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the job version", e);
    }
  }
}
