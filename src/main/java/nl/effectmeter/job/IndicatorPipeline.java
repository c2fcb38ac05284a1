package nl.effectmeter.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import nl.effectmeter.cells.CellAggregation;
import nl.effectmeter.cells.Enrichment;
import nl.effectmeter.cells.Events;
import nl.effectmeter.feasibility.FeasibilityStory;
import nl.effectmeter.feasibility.FeasibilityTables;
import nl.effectmeter.history.HistoryLines;
import nl.effectmeter.history.InputChecks;
import nl.effectmeter.history.PreviousRun;
import nl.effectmeter.history.Revision;
import nl.effectmeter.history.Revisions;
import nl.effectmeter.indicator.Cell;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.ingest.DatasetCounts;
import nl.effectmeter.ingest.FeasibilityInputs;
import nl.effectmeter.ingest.InputProfile;
import nl.effectmeter.ingest.InputValidation;
import nl.effectmeter.ingest.InvalidInputException;
import nl.effectmeter.ingest.Judged;
import nl.effectmeter.ingest.LocatedSource;
import nl.effectmeter.ingest.QuarantineGate;
import nl.effectmeter.ingest.RawSource;
import nl.effectmeter.ingest.ReferenceCodes;
import nl.effectmeter.mapping.MappedSource;
import nl.effectmeter.mapping.MappingAccounting;
import nl.effectmeter.mapping.SourceMapping;
import nl.effectmeter.privacy.EarlierRuns;
import nl.effectmeter.privacy.HeadlineSuppression;
import nl.effectmeter.privacy.PrimaryRules;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.publish.EarlierRunsReader;
import nl.effectmeter.publish.FeasibilityRows;
import nl.effectmeter.publish.ParquetTables;
import nl.effectmeter.publish.RunManifest;
import nl.effectmeter.publish.RunPublisher;
import nl.effectmeter.publish.RunTable;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.signal.SignalDetector;
import nl.effectmeter.table.IndicatorTable;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indicator job's steps, in the order the data flows: read and validate, enrich, aggregate
 * cells, compute indicators, apply disclosure control, detect signals, publish.
 */
public final class IndicatorPipeline {
  private static final Logger LOG = LoggerFactory.getLogger("effectmeter");
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final JobSettings settings;
  private final Configuration hadoop;

  public IndicatorPipeline(SparkSession spark, JobSettings settings) {
    this.spark = spark;
    this.settings = settings;
    this.hadoop = spark.sparkContext().hadoopConfiguration();
  }

  public RunSummary run(JobArgs args) {
    Instant started = Instant.now();
    String runId = args.runId() != null ? args.runId() : "run-" + RUN_ID.format(started);
    WarehouseLayout layout = new WarehouseLayout(args.warehouse());
    RunPublisher publisher = new RunPublisher(layout, hadoop, runId);
    List<String> warnings = new ArrayList<>();
    LOG.info("Run {}: reading {} as of {}", runId, args.input(), args.asOf());
    Optional<PreviousRun> previous = previousRun(layout, warnings);

    Validated input = validate(args, warnings);
    MappingAccounting.Result accounting = input.mapped() == null ? null : input.mapped().account();
    new QuarantineGate(settings.maxQuarantineShare(), JobSettings.MAX_QUARANTINE_SHARE)
        .check(input.counts());
    long profiling = System.nanoTime();
    List<Manifest.InputMetrics> metrics = InputProfile.of(input.facts(), input.counts());
    List<Manifest.InputCheck> checks =
        new InputChecks(settings.inputChecks())
            .evaluate(metrics, args.asOf(), previous.map(PreviousRun::manifest));
    LOG.info(
        "Input metrics and checks: {} ms, {} checks fired",
        (System.nanoTime() - profiling) / 1_000_000,
        checks.size());
    checks.forEach(c -> LOG.warn("Input check {} ({}): {}", c.check(), c.severity(), c.message()));
    if (InputChecks.anyFails(checks)) {
      throw new InvalidInputException(
          "input checks failed (against the previous run, or an organisation's own earlier months): "
              + String.join("; ", InputChecks.failing(checks))
              + " (the checks' actions are job settings checks.*.action); the last published run"
              + " stays current");
    }
    publisher.checkNew();
    IndicatorTable.Published table = indicators(input, args.asOf(), layout);
    List<IndicatorRow> rows = table.rows();
    List<Revision> revisions = revisions(previous.orElse(null), rows, warnings);
    LOG.info("{} revisions against the previous run", revisions.size());
    List<Signal> signals = new SignalDetector(settings.signals()).detect(rows);
    LOG.info("Computed {} indicator values; {} signals fired", rows.size(), signals.size());
    FeasibilityTables feasibility =
        FeasibilityTables.build(
            rows,
            signals,
            input.references().data(),
            FeasibilityInputs.signals(input.facts()),
            FeasibilityInputs.assessments(input.facts()),
            args.asOf());
    LOG.info(
        "Feasibility: {} signals raised, {} unvoiced distress, {} assessment outcomes, {} peer"
            + " comparisons",
        feasibility.evidence().size(),
        feasibility.unvoicedDistress().size(),
        feasibility.assessmentOutcomes().size(),
        feasibility.peerComparison().size());
    LOG.info("Writing the run's tables to {}", publisher.stagingDir());
    Map<String, Long> tables =
        publisher.write(runTables(input, table, signals, feasibility, accounting, revisions));
    Map<String, String> hashes = publisher.contentHashes(tables.keySet());
    Manifest manifest =
        RunManifest.of(
                new RunManifest.Run(runId, args.asOf(), started),
                settings.asMap(),
                input.validation().manifestInputs(),
                input.counts().stream().map(DatasetCounts::toManifest).toList(),
                tables,
                table.loss(),
                warnings,
                accounting == null ? null : manifestMapping(accounting))
            .withHistory(hashes, previous.map(PreviousRun::runId).orElse(null), metrics, checks)
            .withHeadline(table.headline().stream().map(HeadlineSuppression::describe).toList());
    input.facts().all().forEach(judged -> judged.rows().unpersist());
    publisher.publish(manifest);
    Map<String, Long> fired = new TreeMap<>();
    signals.forEach(s -> fired.merge(s.signal(), 1L, Long::sum));
    LOG.info("Published run {}", runId);
    return new RunSummary(
        runId,
        layout.root(),
        input.counts(),
        accounting == null ? List.of() : accounting.rawFiles(),
        tables,
        fired,
        table.loss(),
        FeasibilityStory.lines(feasibility),
        HistoryLines.of(previous.map(PreviousRun::runId).orElse(null), revisions, checks),
        Duration.between(started, Instant.now()));
  }

  /**
   * The revisions of this run's rows against the previous run's published table (none without a
   * previous run, or when its table cannot be read: then the manifest says so).
   */
  private static List<Revision> revisions(
      PreviousRun previous, List<IndicatorRow> rows, List<String> warnings) {
    if (previous == null) {
      return List.of();
    }
    try {
      return Revisions.between(
          previous.runId(),
          previous.indicators(),
          rows.stream().map(Revisions::observation).toList());
    } catch (RuntimeException e) {
      warnings.add(
          "The indicators of the previous run "
              + previous.runId()
              + " could not be read, so this run lists no revisions: "
              + e.getMessage());
      LOG.warn(warnings.get(warnings.size() - 1));
      return List.of();
    }
  }

  /**
   * The run {@code CURRENT} names as the job starts, which this run compares itself with; a run
   * that cannot be read is reported and not compared with (it does not stop a new publication).
   */
  private static Optional<PreviousRun> previousRun(WarehouseLayout layout, List<String> warnings) {
    try {
      Optional<PreviousRun> previous = PreviousRun.of(layout);
      previous.ifPresent(p -> LOG.info("Comparing with the previous run {}", p.runId()));
      return previous;
    } catch (RuntimeException e) {
      warnings.add(
          "The previous run that CURRENT names could not be read, so this run lists no revisions"
              + " and checks its input against no earlier run: "
              + e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads and validates every dataset and counts its rows: read, valid, quarantined by reason. */
  private Validated validate(JobArgs args, List<String> warnings) {
    MappedSource mapped =
        args.mapping() == null
            ? null
            : new MappedSource(
                spark, SourceMapping.load(Path.of(args.mapping())), args.input(), warnings);
    RawSource source =
        mapped != null
            ? mapped
            : new LocatedSource(spark, args.input(), args.inputFormat(), warnings);
    InputValidation validation =
        new InputValidation(spark, source, args.asOf(), settings.regionCodes());
    InputValidation.References references = validation.references();
    LOG.info(
        "Reference data is valid: {} organisations, {} regulations, {} municipalities, {} outcome types",
        references.data().organisations().size(),
        references.data().regulations().size(),
        references.data().municipalities().size(),
        references.data().outcomeTypes().size());
    InputValidation.Facts facts = validation.facts(ReferenceCodes.of(references.data()));
    List<DatasetCounts> counts = new ArrayList<>(references.counts());
    for (Judged judged : facts.all()) {
      DatasetCounts count = InputValidation.count(judged);
      counts.add(count);
      LOG.info(
          "Validated {}: read {}, valid {}, quarantined {} {}",
          count.dataset(),
          count.read(),
          count.valid(),
          count.quarantined(),
          count.quarantinedByReason());
    }
    warnings.forEach(LOG::warn);
    return new Validated(validation, references, facts, counts, mapped);
  }

  /** Enriches the valid rows, aggregates the cells and computes the published indicator rows. */
  private IndicatorTable.Published indicators(
      Validated input, LocalDate asOf, WarehouseLayout layout) {
    LOG.info("Enriching cases: dimensions, timeliness, repeat requests, outcomes in their window");
    Enrichment enrichment = new Enrichment(spark, input.references().data());
    Dataset<Row> cases =
        enrichment
            .cases(input.facts().services().valid(), input.facts().outcomes().valid())
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row first = cases.agg(min(col(Enrichment.REQUESTED_DATE))).first();
      if (first.isNullAt(0)) {
        LOG.warn("No valid case: the run publishes empty indicator and signal tables");
        return new IndicatorTable.Published(List.of(), List.of(), List.of());
      }
      PeriodRange range = new PeriodRange(first.getDate(0).toLocalDate(), asOf);
      LOG.info("Aggregating cells for the periods {} to {}", range.first(), range.last());
      Dataset<Row> complaints = enrichment.complaints(input.facts().complaints().valid(), cases);
      Dataset<Row> events = new Events(asOf).of(cases, complaints);
      List<Cell> cells = new ArrayList<>();
      new CellAggregation(spark)
          .aggregate(
              events,
              cell -> {
                if (range.publishes(cell.key())) {
                  cells.add(cell);
                }
              });
      // The rest runs on the driver over the cells alone: free the cached cases first (in local
      // mode they share the driver's heap with disclosure control).
      cases.unpersist();
      LOG.info("Aggregated {} cells; computing indicators and disclosure control", cells.size());
      PublishedMonths months = new PublishedMonths(range.first(), range.last());
      EarlierRuns earlier =
          settings.betweenRuns() ? new EarlierRunsReader(layout, hadoop).read() : EarlierRuns.NONE;
      LOG.info(
          "Disclosure control answers to {} earlier runs of the warehouse", earlier.runs().size());
      return new IndicatorTable(PrimaryRules.from(settings), months).build(cells, earlier);
    } finally {
      cases.unpersist();
    }
  }

  /**
   * The run's tables in the order they are written: the published indicators, their revisions since
   * the previous run, the signals, the disclosure table, the quarantine and reference rows, then
   * the four feasibility tables (computed from the published rows and signals only). A new table is
   * one more entry here.
   */
  private List<RunTable> runTables(
      Validated input,
      IndicatorTable.Published published,
      List<Signal> signals,
      FeasibilityTables feasibility,
      MappingAccounting.Result accounting,
      List<Revision> revisions) {
    List<RunTable> tables = new ArrayList<>();
    tables.add(ParquetTables.indicators(published.rows(), hadoop));
    tables.add(
        ParquetTables.table(
            RevisionColumns.TABLE,
            RevisionColumns.COLUMNS,
            revisions.stream().map(Revision::toRow).toList(),
            hadoop));
    tables.add(ParquetTables.signals(signals, hadoop));
    tables.add(ParquetTables.disclosure(published.suppressions(), hadoop));
    for (Judged judged : input.facts().all()) {
      tables.add(
          SparkTables.quarantine(
              judged, count(input.counts(), judged, DatasetCounts::quarantined)));
    }
    for (Judged judged : input.references().judged()) {
      tables.add(
          SparkTables.reference(judged, count(input.counts(), judged, DatasetCounts::valid)));
    }
    FeasibilityRows.of(feasibility)
        .forEach(
            (name, rows) ->
                tables.add(ParquetTables.table(name, FeasibilityColumns.of(name), rows, hadoop)));
    if (accounting != null) {
      tables.add(
          SparkTables.skipped(
              input.mapped(),
              accounting.rawFiles().stream()
                  .mapToLong(MappingAccounting.RawFileCounts::skipped)
                  .sum()));
    }
    return tables;
  }

  /** The validated input of a run and its row accounting. */
  private record Validated(
      InputValidation validation,
      InputValidation.References references,
      InputValidation.Facts facts,
      List<DatasetCounts> counts,
      MappedSource mapped) {}

  private static Manifest.Mapping manifestMapping(MappingAccounting.Result accounting) {
    return new Manifest.Mapping(
        accounting.folder(),
        accounting.files(),
        accounting.rawFiles().stream()
            .map(
                f ->
                    new Manifest.RawFile(
                        f.view(), f.path(), f.read(), f.mapped(), f.skipped(), f.skippedByReason()))
            .toList());
  }

  private static long count(
      List<DatasetCounts> counts, Judged judged, ToLongFunction<DatasetCounts> measure) {
    return counts.stream()
        .filter(c -> c.dataset().equals(judged.dataset().datasetName()))
        .mapToLong(measure)
        .sum();
  }
}
