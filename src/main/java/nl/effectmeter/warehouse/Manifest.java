package nl.effectmeter.warehouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    @JsonProperty("tables_sha256") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        Map<String, String> tablesSha256,
    @JsonProperty("previous_run") @JsonInclude(JsonInclude.Include.NON_NULL) String previousRun,
    @JsonProperty("input_metrics") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<InputMetrics> inputMetrics,
    @JsonProperty("input_checks") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<InputCheck> inputChecks,
    @JsonProperty("disclosure_headline") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> disclosureHeadline) {

  /**
   * What every answer about this run depends on besides the request: its id, when it finished and
   * the content hash of each table. Two warehouses may each hold a run of the same id; an answer
   * kept for one must never be served for the other.
   */
  public String answerKey() {
    return runId
        + "@"
        + finishedAt
        + (tablesSha256 == null ? "" : new java.util.TreeMap<>(tablesSha256).toString());
  }

  /**
   * This manifest naming every headline value hidden for another value's sake, with the value that
   * forced it (for the data team: {@link #asServed} leaves it out).
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
        tablesSha256,
        previousRun,
        inputMetrics,
        inputChecks,
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

  /** The manifest of a run without content hashes, predecessor, input metrics or checks. */
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
        Map.of(),
        null,
        List.of(),
        List.of(),
        List.of());
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
    tablesSha256 = tablesSha256 == null ? Map.of() : Map.copyOf(tablesSha256);
    inputMetrics = inputMetrics == null ? List.of() : List.copyOf(inputMetrics);
    inputChecks = inputChecks == null ? List.of() : List.copyOf(inputChecks);
    disclosureHeadline = disclosureHeadline == null ? List.of() : List.copyOf(disclosureHeadline);
  }

  /**
   * The manifest as the API serves it, without what only the data team may read in the warehouse:
   * the information loss split by reason, which together with the values would tell primary from
   * secondary suppressions in a breakdown (the one public status, INDICATORS.md rule 3), the
   * disclosure table's content hash, the input metrics, and the sentences of the input checks,
   * whose row counts per organisation and month are as small as the values disclosure control hides
   * (an organisation's cases requested in a month are its cases received). Which checks fired, on
   * which dataset and with which action is served.
   */
  public Manifest asServed() {
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
        servedHashes(),
        previousRun,
        List.of(),
        inputChecks.stream().map(InputCheck::withoutSentence).toList(),
        List.of());
  }

  /**
   * The content hashes the API serves: not that of the disclosure table, whose rows say which
   * hidden values are primary (a hash would let a reader test a guess of that split).
   */
  private Map<String, String> servedHashes() {
    Map<String, String> served = new TreeMap<>(tablesSha256);
    served.remove(WarehouseLayout.DISCLOSURE);
    return served;
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

  /**
   * What a run measured of one input dataset, kept so that the next run can compare: valid rows by
   * month of the main date (and by organisation and month), the share of valid rows that fill each
   * optional column, the distinct organisations and regulations, and the quarantined share by
   * reason.
   */
  public record InputMetrics(
      @JsonProperty("dataset") String dataset,
      @JsonProperty("date_column") String dateColumn,
      @JsonProperty("rows_by_month") Map<String, Long> rowsByMonth,
      @JsonProperty("rows_by_organisation_month")
          Map<String, Map<String, Long>> rowsByOrganisationMonth,
      @JsonProperty("completeness") Map<String, Double> completeness,
      @JsonProperty("organisations") long organisations,
      @JsonProperty("regulations") long regulations,
      @JsonProperty("quarantine_share_by_reason") Map<String, Double> quarantineShareByReason) {
    public InputMetrics {
      requireNonNull(dataset, "dataset is null");
      rowsByMonth = sorted(rowsByMonth);
      Map<String, Map<String, Long>> byOrganisation = new TreeMap<>();
      if (rowsByOrganisationMonth != null) {
        rowsByOrganisationMonth.forEach((org, months) -> byOrganisation.put(org, sorted(months)));
      }
      rowsByOrganisationMonth = Collections.unmodifiableMap(byOrganisation);
      completeness = sorted(completeness);
      quarantineShareByReason = sorted(quarantineShareByReason);
    }
  }

  private static <V> Map<String, V> sorted(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
  }

  /**
   * This manifest with what a run knows of its predecessors and of itself: the content hash of each
   * table, the run it was compared with (null: none), its input metrics and the checks that fired.
   */
  public Manifest withHistory(
      Map<String, String> tablesSha256,
      String previousRun,
      List<InputMetrics> inputMetrics,
      List<InputCheck> inputChecks) {
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
        sorted(tablesSha256),
        previousRun,
        inputMetrics,
        inputChecks,
        disclosureHeadline);
  }

  /**
   * One input anomaly check that fired for a run (against the previous run's input metrics, or for
   * {@code newest_month} against the run's own earlier months): which check, on which dataset,
   * whether it warns or fails the run, and what it found in a plain sentence. The sentence is never
   * blank; it is null only in the manifest the API serves ({@link #asServed}), and a stored
   * manifest is read through {@link #stored}, which requires it.
   */
  public record InputCheck(
      @JsonProperty("check") String check,
      @JsonProperty("dataset") String dataset,
      @JsonProperty("severity") String severity,
      @JsonProperty("message") @JsonInclude(JsonInclude.Include.NON_NULL) String message) {
    public InputCheck {
      requireNonNull(check, "check is null");
      requireNonNull(dataset, "dataset is null");
      requireNonNull(severity, "severity is null");
      if (message != null && message.isBlank()) {
        throw new IllegalArgumentException(
            "Input check "
                + check
                + " on "
                + dataset
                + " has a blank message; a check says what it found in a sentence");
      }
    }

    /**
     * A check as a stored manifest holds it: with its sentence (the reader of {@code manifest.json}
     * refuses a check without one).
     */
    @JsonCreator
    static InputCheck stored(
        @JsonProperty("check") String check,
        @JsonProperty("dataset") String dataset,
        @JsonProperty("severity") String severity,
        @JsonProperty("message") String message) {
      if (message == null) {
        throw new IllegalArgumentException(
            "Input check "
                + check
                + " on "
                + dataset
                + " has no message; a stored manifest's check says what it found in a sentence");
      }
      return new InputCheck(check, dataset, severity, message);
    }

    /** The check as the API serves it: without its sentence, which names row counts. */
    public InputCheck withoutSentence() {
      return new InputCheck(check, dataset, severity, null);
    }
  }
}
