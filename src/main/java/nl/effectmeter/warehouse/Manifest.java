package nl.effectmeter.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import nl.effectmeter.privacy.InformationLoss;

/**
 * The manifest written beside a run's tables (INDICATORS.md): enough to explain and reproduce every
 * number of the run. Serialised as {@code manifest.json} with snake_case keys.
 */
public record Manifest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("as_of") String asOf,
    @JsonProperty("started_at") String startedAt,
    @JsonProperty("finished_at") String finishedAt,
    @JsonProperty("job_version") String jobVersion,
    @JsonProperty("catalogue_version") String catalogueVersion,
    @JsonProperty("settings") Map<String, String> settings,
    @JsonProperty("inputs") List<Input> inputs,
    @JsonProperty("datasets") List<DatasetCounts> datasets,
    @JsonProperty("tables") Map<String, Long> tables,
    @JsonProperty("disclosure") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<InformationLoss> disclosure,
    @JsonProperty("warnings") List<String> warnings,
    @JsonProperty("mapping") @JsonInclude(JsonInclude.Include.NON_NULL) Mapping mapping,
    @JsonProperty("disclosure_headline") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> disclosureHeadline) {

  /** The manifest of a run, without headline values hidden for others' sake. */
  public Manifest(
      String runId,
      String asOf,
      String startedAt,
      String finishedAt,
      String jobVersion,
      String catalogueVersion,
      Map<String, String> settings,
      List<Input> inputs,
      List<DatasetCounts> datasets,
      Map<String, Long> tables,
      List<InformationLoss> disclosure,
      List<String> warnings,
      Mapping mapping) {
    this(
        runId,
        asOf,
        startedAt,
        finishedAt,
        jobVersion,
        catalogueVersion,
        settings,
        inputs,
        datasets,
        tables,
        disclosure,
        warnings,
        mapping,
        List.of());
  }

  /**
   * This manifest naming every headline value hidden for another value's sake, with the value that
   * forced it (for the data team: {@link #withoutDisclosure} leaves it out).
   */
  public Manifest withHeadline(List<String> sentences) {
    return new Manifest(
        runId,
        asOf,
        startedAt,
        finishedAt,
        jobVersion,
        catalogueVersion,
        settings,
        inputs,
        datasets,
        tables,
        disclosure,
        warnings,
        mapping,
        List.copyOf(sentences));
  }

  /** The manifest of a run that read contract-shaped files, without a source mapping. */
  public Manifest(
      String runId,
      String asOf,
      String startedAt,
      String finishedAt,
      String jobVersion,
      String catalogueVersion,
      Map<String, String> settings,
      List<Input> inputs,
      List<DatasetCounts> datasets,
      Map<String, Long> tables,
      List<InformationLoss> disclosure,
      List<String> warnings) {
    this(
        runId,
        asOf,
        startedAt,
        finishedAt,
        jobVersion,
        catalogueVersion,
        settings,
        inputs,
        datasets,
        tables,
        disclosure,
        warnings,
        null);
  }

  public Manifest {
    requireNonNull(runId, "runId is null");
    requireNonNull(asOf, "asOf is null");
    settings = Map.copyOf(settings);
    inputs = List.copyOf(inputs);
    datasets = List.copyOf(datasets);
    tables = Map.copyOf(tables);
    disclosure = disclosure == null ? List.of() : List.copyOf(disclosure);
    warnings = List.copyOf(warnings);
  }

  /**
   * The manifest as the API serves it: without the information loss split by reason, which together
   * with the values would tell primary from secondary suppressions in a breakdown (the one public
   * status, INDICATORS.md rule 3); the data team reads it in the warehouse.
   */
  public Manifest withoutDisclosure() {
    return new Manifest(
        runId,
        asOf,
        startedAt,
        finishedAt,
        jobVersion,
        catalogueVersion,
        settings,
        inputs,
        datasets,
        tables,
        List.of(),
        warnings,
        mapping,
        List.of());
  }

  /** One input file the run read: where, in which format, how large, and its SHA-256. */
  public record Input(
      @JsonProperty("dataset") String dataset,
      @JsonProperty("path") String path,
      @JsonProperty("format") String format,
      @JsonProperty("size_bytes") long sizeBytes,
      @JsonProperty("sha256") String sha256) {}

  /** Row accounting of one dataset: {@code read = valid + quarantined} holds exactly. */
  public record DatasetCounts(
      @JsonProperty("dataset") String dataset,
      @JsonProperty("read") long read,
      @JsonProperty("valid") long valid,
      @JsonProperty("quarantined") long quarantined,
      @JsonProperty("quarantined_by_reason") Map<String, Long> quarantinedByReason) {}

  /**
   * The source mapping a run read its export through: the mapping's files with their SHA-256 and,
   * per raw file, {@code read = mapped + skipped} by reason.
   */
  public record Mapping(
      @JsonProperty("folder") String folder,
      @JsonProperty("files_sha256") Map<String, String> filesSha256,
      @JsonProperty("raw_files") List<RawFile> rawFiles) {
    public Mapping {
      filesSha256 = Map.copyOf(filesSha256);
      rawFiles = List.copyOf(rawFiles);
    }
  }

  /** One raw export file: rows read, rows that became contract rows, rows skipped by reason. */
  public record RawFile(
      @JsonProperty("view") String view,
      @JsonProperty("path") String path,
      @JsonProperty("read") long read,
      @JsonProperty("mapped") long mapped,
      @JsonProperty("skipped") long skipped,
      @JsonProperty("skipped_by_reason") Map<String, Long> skippedByReason) {}
}
