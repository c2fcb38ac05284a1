package nl.effectmeter.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import nl.effectmeter.cells.Cell;
import nl.effectmeter.cells.CellAggregation;
import nl.effectmeter.cells.Enrichment;
import nl.effectmeter.cells.Events;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.ingest.DatasetCounts;
import nl.effectmeter.ingest.InputFile;
import nl.effectmeter.ingest.InputValidation;
import nl.effectmeter.ingest.InvalidInputException;
import nl.effectmeter.ingest.Judged;
import nl.effectmeter.ingest.Parsed;
import nl.effectmeter.publish.ParquetTables;
import nl.effectmeter.publish.RunPublisher;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.signal.Signal;
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
    LocalDate asOf = args.asOf();
    WarehouseLayout layout = new WarehouseLayout(args.warehouse());
    RunPublisher publisher = new RunPublisher(layout, hadoop, runId);
    List<String> warnings = new ArrayList<>();
    LOG.info("Run {}: reading {} as of {}", runId, args.input(), asOf);

    InputValidation validation =
        new InputValidation(spark, args.input(), args.inputFormat(), asOf, warnings);
    InputValidation.References references = validation.references();
    LOG.info(
        "Reference data is valid: {} organisations, {} regulations, {} municipalities, {} outcome types",
        references.data().organisations().size(),
        references.data().regulations().size(),
        references.data().municipalities().size(),
        references.data().outcomeTypes().size());
    InputValidation.Facts facts = validation.facts(references.data().codes());
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
    warnings.forEach(w -> LOG.warn(w));
    checkQuarantineShare(counts);
    publisher.checkNew();

    LOG.info("Enriching cases: dimensions, timeliness, repeat requests, outcomes in their window");
    Enrichment enrichment = new Enrichment(spark, references.data());
    Dataset<Row> cases =
        enrichment
            .cases(facts.services().valid(), facts.outcomes().valid())
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> complaints = enrichment.complaints(facts.complaints().valid(), cases);
    Row first = cases.agg(min(col(Enrichment.REQUESTED_DATE))).first();
    List<IndicatorRow> rows = new ArrayList<>();
    if (!first.isNullAt(0)) {
      LocalDate firstMonth = first.getDate(0).toLocalDate().withDayOfMonth(1);
      LOG.info(
          "Aggregating cells for the periods {} to {}",
          firstMonth.toString().substring(0, 7),
          asOf.toString().substring(0, 7));
      Dataset<Row> events = new Events(asOf).of(cases, complaints);
      PeriodRange range = new PeriodRange(firstMonth, asOf);
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
      rows = new IndicatorTable(settings.minBase()).build(cells);
    }
    cases.unpersist();
    List<Signal> signals =
        new nl.effectmeter.signal.SignalDetector(settings.signals()).detect(rows);
    LOG.info("Computed {} indicator values; {} signals fired", rows.size(), signals.size());

    LOG.info("Writing the run's tables to {}", publisher.stagingDir());
    Map<String, Long> tables = new LinkedHashMap<>();
    ParquetTables.writeIndicators(rows, publisher.stagingTable(WarehouseLayout.INDICATORS), hadoop);
    tables.put(WarehouseLayout.INDICATORS, (long) rows.size());
    ParquetTables.writeSignals(signals, publisher.stagingTable(WarehouseLayout.SIGNALS), hadoop);
    tables.put(WarehouseLayout.SIGNALS, (long) signals.size());
    for (Judged judged : facts.all()) {
      String name = judged.dataset().datasetName();
      judged
          .quarantine()
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(publisher.stagingTable(WarehouseLayout.QUARANTINE + "/" + name));
      tables.put(WarehouseLayout.QUARANTINE + "/" + name, quarantined(counts, name));
    }
    for (Judged judged : references.judged()) {
      String name = judged.dataset().datasetName();
      referenceTable(judged)
          .coalesce(1)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .parquet(publisher.stagingTable(WarehouseLayout.REFERENCE + "/" + name));
      tables.put(WarehouseLayout.REFERENCE + "/" + name, valid(counts, name));
    }
    Instant finished = Instant.now();
    Manifest manifest =
        new Manifest(
            runId,
            asOf.toString(),
            started.toString(),
            finished.toString(),
            jobVersion(),
            Indicator.CATALOGUE_VERSION,
            settings.asMap(),
            inputs(validation),
            counts.stream()
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
            warnings);
    for (Judged judged : facts.all()) {
      judged.rows().unpersist();
    }
    publisher.publish(manifest);
    Map<String, Long> fired = new TreeMap<>();
    signals.forEach(s -> fired.merge(s.signal(), 1L, Long::sum));
    LOG.info("Published run {}", runId);
    return new RunSummary(
        runId, layout.root(), counts, tables, fired, Duration.between(started, Instant.now()));
  }

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
    for (nl.effectmeter.dataset.Column column : judged.dataset().columns()) {
      columns.add(
          column.type() == nl.effectmeter.dataset.ColumnType.STRING
              ? col(column.name())
              : col(Parsed.typed(column.name())).as(column.name()));
    }
    return judged.valid().select(columns.toArray(Column[]::new));
  }

  private List<Manifest.Input> inputs(InputValidation validation) {
    List<Manifest.Input> inputs = new ArrayList<>();
    for (Map.Entry<InputDataset, List<InputFile>> entry : validation.files().entrySet()) {
      for (InputFile file : entry.getValue()) {
        inputs.add(
            new Manifest.Input(
                entry.getKey().datasetName(),
                file.path(),
                file.format().label(),
                file.sizeBytes(),
                validation.locator().sha256(file)));
      }
    }
    return inputs;
  }

  private static long quarantined(List<DatasetCounts> counts, String dataset) {
    return counts.stream()
        .filter(c -> c.dataset().equals(dataset))
        .mapToLong(DatasetCounts::quarantined)
        .sum();
  }

  private static long valid(List<DatasetCounts> counts, String dataset) {
    return counts.stream()
        .filter(c -> c.dataset().equals(dataset))
        .mapToLong(DatasetCounts::valid)
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
