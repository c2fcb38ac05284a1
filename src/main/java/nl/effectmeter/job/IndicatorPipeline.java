package nl.effectmeter.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import nl.effectmeter.cells.CellAggregation;
import nl.effectmeter.cells.Enrichment;
import nl.effectmeter.cells.Events;
import nl.effectmeter.dataset.DatasetColumn;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.indicator.Cell;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.ingest.DatasetCounts;
import nl.effectmeter.ingest.InputValidation;
import nl.effectmeter.ingest.InvalidInputException;
import nl.effectmeter.ingest.Judged;
import nl.effectmeter.ingest.LocatedSource;
import nl.effectmeter.ingest.Parsed;
import nl.effectmeter.ingest.RawSource;
import nl.effectmeter.ingest.ReferenceCodes;
import nl.effectmeter.mapping.MappedSource;
import nl.effectmeter.mapping.MappingAccounting;
import nl.effectmeter.mapping.SourceMapping;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.publish.ParquetTables;
import nl.effectmeter.publish.RunPublisher;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.signal.SignalDetector;
import nl.effectmeter.table.IndicatorTable;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
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

    Validated input = validate(args, warnings);
    MappingAccounting.Result accounting = input.mapped() == null ? null : input.mapped().account();
    checkQuarantineShare(input.counts());
    publisher.checkNew();
    IndicatorTable.Published table = indicators(input, args.asOf());
    List<IndicatorRow> rows = table.rows();
    List<Signal> signals = new SignalDetector(settings.signals()).detect(rows);
    LOG.info("Computed {} indicator values; {} signals fired", rows.size(), signals.size());
    Map<String, Long> tables = writeTables(publisher, input, table, signals);
    if (accounting != null) {
      input
          .mapped()
          .skippedRows()
          .coalesce(1)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(publisher.stagingTable(WarehouseLayout.SKIPPED));
      tables.put(
          WarehouseLayout.SKIPPED,
          accounting.rawFiles().stream().mapToLong(MappingAccounting.RawFileCounts::skipped).sum());
    }
    Manifest manifest =
        new Manifest(
            runId,
            args.asOf().toString(),
            started.toString(),
            Instant.now().toString(),
            jobVersion(),
            Indicator.CATALOGUE_VERSION,
            settings.asMap(),
            input.validation().source().inputs(),
            input.counts().stream()
                .map(
                    c ->
                        new Manifest.DatasetCounts(
                            c.dataset(),
                            c.read(),
                            c.valid(),
                            c.quarantined(),
                            c.quarantinedByReason()))
                .toList(),
            tables,
            table.loss(),
            warnings,
            accounting == null ? null : manifestMapping(accounting));
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
        Duration.between(started, Instant.now()));
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
    List<DatasetCounts> counts = new ArrayList<>();
    for (Judged judged : references.judged()) {
      counts.add(InputValidation.count(judged));
    }
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
  private IndicatorTable.Published indicators(Validated input, LocalDate asOf) {
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
      LOG.info("Aggregated {} cells; computing indicators and disclosure control", cells.size());
      PublishedMonths months = new PublishedMonths(range.first(), range.last());
      return new IndicatorTable(settings.minBase(), months).build(cells);
    } finally {
      cases.unpersist();
    }
  }

  /** Writes every table of the run into its staging folder; returns the rows per table. */
  private Map<String, Long> writeTables(
      RunPublisher publisher,
      Validated input,
      IndicatorTable.Published published,
      List<Signal> signals) {
    LOG.info("Writing the run's tables to {}", publisher.stagingDir());
    Map<String, Long> tables = new LinkedHashMap<>();
    ParquetTables.writeIndicators(
        published.rows(), publisher.stagingTable(WarehouseLayout.INDICATORS), hadoop);
    tables.put(WarehouseLayout.INDICATORS, (long) published.rows().size());
    ParquetTables.writeSignals(signals, publisher.stagingTable(WarehouseLayout.SIGNALS), hadoop);
    tables.put(WarehouseLayout.SIGNALS, (long) signals.size());
    ParquetTables.writeDisclosure(
        published.suppressions(), publisher.stagingTable(WarehouseLayout.DISCLOSURE), hadoop);
    tables.put(WarehouseLayout.DISCLOSURE, (long) published.suppressions().size());
    for (Judged judged : input.facts().all()) {
      String table = WarehouseLayout.QUARANTINE + "/" + judged.dataset().datasetName();
      judged
          .quarantine()
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(publisher.stagingTable(table));
      tables.put(table, count(input.counts(), judged, DatasetCounts::quarantined));
    }
    for (Judged judged : input.references().judged()) {
      String table = WarehouseLayout.REFERENCE + "/" + judged.dataset().datasetName();
      referenceTable(judged)
          .coalesce(1)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(publisher.stagingTable(table));
      tables.put(table, count(input.counts(), judged, DatasetCounts::valid));
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

  private void checkQuarantineShare(List<DatasetCounts> counts) {
    for (DatasetCounts count : counts) {
      boolean fact =
          InputDataset.facts().stream().anyMatch(d -> d.datasetName().equals(count.dataset()));
      if (fact && count.quarantinedShare() > settings.maxQuarantineShare()) {
        throw new InvalidInputException(
            String.format(
                Locale.ROOT,
                "%.1f%% of %s rows were quarantined (%d of %d: %s), more than %s = %s allows;"
                    + " nothing was published and the last published run stays current",
                100 * count.quarantinedShare(),
                count.dataset(),
                count.quarantined(),
                count.read(),
                count.quarantinedByReason(),
                JobSettings.MAX_QUARANTINE_SHARE,
                settings.maxQuarantineShare()));
      }
    }
  }

  /** The reference rows the run used, with their declared types. */
  private static Dataset<Row> referenceTable(Judged judged) {
    List<Column> columns = new ArrayList<>();
    for (DatasetColumn column : judged.dataset().columns()) {
      columns.add(
          column.type() == nl.effectmeter.dataset.ColumnType.STRING
              ? col(column.name())
              : col(Parsed.typed(column.name())).as(column.name()));
    }
    return judged.valid().select(columns.toArray(Column[]::new));
  }

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

  static String jobVersion() {
    try (InputStream in = IndicatorPipeline.class.getResourceAsStream("/effectmeter-version.txt")) {
      return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the job version", e);
    }
  }
}
