package nl.effectmeter.store;

import static nl.effectmeter.warehouse.PublishedColumns.*;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.effectmeter.dataset.InputColumns;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.reference.OutcomeType;
import nl.effectmeter.reference.ReferenceData;
import nl.effectmeter.reference.Regulation;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.warehouse.AssessmentOutcomeRow;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.PeerComparisonRow;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.TableColumn;
import nl.effectmeter.warehouse.UnvoicedDistressRow;
import nl.effectmeter.warehouse.WarehouseLayout;

/** Reads a published run from the warehouse into memory. */
public final class RunLoader {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final WarehouseLayout layout;

  public RunLoader(WarehouseLayout layout) {
    this.layout = layout;
  }

  /** A run's manifest as the API may serve it ({@link Manifest#asServed}). */
  public Manifest manifest(String runId) {
    return writtenManifest(runId).asServed();
  }

  /**
   * A run's manifest as the job wrote it, with what only the data team reads (the next run of the
   * job compares its input metrics); never served.
   */
  public Manifest writtenManifest(String runId) {
    String file = layout.manifest(runId);
    try (InputStream in = WarehouseFiles.open(file)) {
      return JSON.readValue(in, Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read manifest " + file + ": " + e.getMessage(), e);
    }
  }

  /** The run {@code CURRENT} names, if it names one. */
  public Optional<String> currentRunId() {
    return WarehouseFiles.readString(layout.current())
        .map(String::trim)
        .filter(id -> !id.isEmpty());
  }

  /** A run's indicators table as published, row by row (suppressed rows without numbers). */
  public List<Observation> observations(String runId) {
    Strings strings = new Strings();
    List<Observation> rows = new ArrayList<>();
    folder(layout.indicators(runId)).forEachRow(row -> rows.add(observation(row, strings)));
    return rows;
  }

  /**
   * A run's revisions table (what changed since the run before it), each row by the table's
   * columns; a run published before the table existed has none.
   */
  public List<Map<String, Object>> revisions(String runId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    ParquetFolder folder = folder(layout.runDir(runId) + "/" + RevisionColumns.TABLE);
    if (!folder.exists()) {
      return rows;
    }
    folder.forEachRow(row -> rows.add(columns(row, RevisionColumns.COLUMNS)));
    return rows;
  }

  public Run load(String runId) {
    Manifest manifest = manifest(runId);
    Strings strings = new Strings();
    List<Observation> rows = new ArrayList<>();
    Map<Dimension, SortedSet<String>> codesSeen = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      codesSeen.put(dimension, new TreeSet<>());
    }
    folder(layout.indicators(runId))
        .forEachRow(
            row -> {
              Observation observation = observation(row, strings);
              rows.add(observation);
              for (Dimension dimension : Dimension.values()) {
                if (observation.code(dimension) != null) {
                  codesSeen.get(dimension).add(observation.code(dimension));
                }
              }
            });
    List<Signal> signals = new ArrayList<>();
    folder(layout.signals(runId)).forEachRow(row -> signals.add(signal(row)));
    checkRows(manifest, WarehouseLayout.INDICATORS, rows.size());
    checkRows(manifest, WarehouseLayout.SIGNALS, signals.size());
    Map<Dimension, SortedSet<String>> frozen = new EnumMap<>(Dimension.class);
    codesSeen.forEach(
        (dimension, codes) -> frozen.put(dimension, Collections.unmodifiableSortedSet(codes)));
    return new Run(
        manifest,
        new ObservationIndex(rows),
        signals,
        reference(runId),
        frozen,
        feasibility(runId, manifest),
        organisationRevisions(runId));
  }

  /** The revisions of the organisations' values (breakdown organisation), for the scorecards. */
  private Map<String, Revised> organisationRevisions(String runId) {
    Map<String, Revised> revised = new java.util.HashMap<>();
    for (Map<String, Object> row : revisions(runId)) {
      if (!Breakdown.ORGANISATION_.label().equals(row.get(BREAKDOWN))) {
        continue;
      }
      revised.put(
          Run.revisionKey(
              (String) row.get(INDICATOR),
              Granularity.fromLabel((String) row.get(GRANULARITY)),
              (String) row.get(PERIOD),
              (String) row.get(ORGANISATION)),
          new Revised(
              (String) row.get(RevisionColumns.KIND),
              (String) row.get(RevisionColumns.PREVIOUS_RUN),
              (String) row.get(RevisionColumns.OLD_STATUS),
              (Double) row.get(RevisionColumns.OLD_VALUE)));
    }
    return revised;
  }

  /**
   * The run's feasibility tables, each read by its declared columns into its row record; a run
   * published before they existed (no such folder and no count in its manifest) has none.
   */
  FeasibilityRun feasibility(String runId, Manifest manifest) {
    return new FeasibilityRun(
        feasibilityTable(runId, manifest, FeasibilityColumns.EVIDENCE, EvidenceRow::of),
        feasibilityTable(
            runId, manifest, FeasibilityColumns.UNVOICED_DISTRESS, UnvoicedDistressRow::of),
        feasibilityTable(
            runId, manifest, FeasibilityColumns.ASSESSMENT_OUTCOMES, AssessmentOutcomeRow::of),
        feasibilityTable(
            runId, manifest, FeasibilityColumns.PEER_COMPARISON, PeerComparisonRow::of));
  }

  private <R> List<R> feasibilityTable(
      String runId, Manifest manifest, String table, Function<Map<String, Object>, R> record) {
    ParquetFolder folder = folder(layout.feasibility(runId, table));
    if (!folder.exists() && !manifest.tables().containsKey(table)) {
      return List.of();
    }
    List<TableColumn> columns = FeasibilityColumns.of(table);
    List<R> rows = new ArrayList<>();
    folder.forEachRow(row -> rows.add(record.apply(columns(row, columns))));
    checkRows(manifest, table, rows.size());
    return List.copyOf(rows);
  }

  /** A row's values by column name, in the columns' order (a missing column reads as null). */
  private static Map<String, Object> columns(ParquetFolder.Row row, List<TableColumn> columns) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (TableColumn column : columns) {
      values.put(
          column.name(),
          switch (column.type()) {
            case STRING -> row.string(column.name());
            case DOUBLE -> row.decimal(column.name());
            case LONG -> row.integer(column.name());
          });
    }
    return Collections.unmodifiableMap(values);
  }

  /**
   * A run whose table holds other than the rows its manifest counts is damaged (a folder lost or
   * copied in part): it is refused rather than served short.
   */
  private static void checkRows(Manifest manifest, String table, long read) {
    Long published = manifest.tables().get(table);
    if (published != null && published != read) {
      throw new IllegalStateException(
          "Run "
              + manifest.runId()
              + " is incomplete: its "
              + table
              + " table holds "
              + read
              + " rows, its manifest says "
              + published);
    }
  }

  private ReferenceData reference(String runId) {
    return new ReferenceData(
        keyed(
            runId,
            "organisations",
            row ->
                new Organisation(
                    row.string(InputColumns.ORGANISATION_CODE),
                    row.string(InputColumns.NAME),
                    row.string(InputColumns.GOVERNMENT_LAYER)),
            Organisation::code),
        keyed(
            runId,
            "regulations",
            row ->
                new Regulation(
                    row.string(InputColumns.REGULATION_CODE),
                    row.string(InputColumns.NAME),
                    toInt(row.integer(InputColumns.LEGAL_TERM_DAYS)),
                    toInt(row.integer(InputColumns.OUTCOME_WINDOW_DAYS))),
            Regulation::code),
        keyed(
            runId,
            "municipalities",
            row ->
                new Municipality(
                    row.string(InputColumns.MUNICIPALITY_CODE),
                    row.string(InputColumns.NAME),
                    row.string(InputColumns.PROVINCE_CODE),
                    row.integer(InputColumns.POPULATION),
                    toInt(row.integer(InputColumns.URBANISATION))),
            Municipality::code),
        keyed(
            runId,
            "outcome_types",
            row ->
                new OutcomeType(
                    row.string(InputColumns.OUTCOME_TYPE),
                    row.string(InputColumns.NAME),
                    row.bool(InputColumns.INTENDED),
                    row.decimal(InputColumns.SOCIETAL_VALUE_EUR)),
            OutcomeType::code));
  }

  private <T> Map<String, T> keyed(
      String runId,
      String dataset,
      java.util.function.Function<ParquetFolder.Row, T> reader,
      java.util.function.Function<T, String> key) {
    Map<String, T> byCode = new TreeMap<>();
    Consumer<ParquetFolder.Row> add =
        row -> {
          T value = reader.apply(row);
          byCode.put(key.apply(value), value);
        };
    folder(layout.reference(runId, dataset)).forEachRow(add);
    return Collections.unmodifiableMap(byCode);
  }

  private static Integer toInt(Long value) {
    return value == null ? null : Math.toIntExact(value);
  }

  private static ParquetFolder folder(String path) {
    return new ParquetFolder(path);
  }

  private static Observation observation(ParquetFolder.Row row, Strings strings) {
    return new Observation(
        strings.of(row.string(INDICATOR)),
        strings.of(row.string(BREAKDOWN)),
        strings.of(row.string(GRANULARITY)),
        strings.of(row.string(PERIOD)),
        strings.of(row.string(ORGANISATION)),
        strings.of(row.string(REGULATION)),
        strings.of(row.string(MUNICIPALITY)),
        strings.of(row.string(PROVINCE)),
        strings.of(row.string(GOVERNMENT_LAYER)),
        strings.of(row.string(CLIENT_SEGMENT)),
        strings.of(row.string(CHANNEL)),
        row.decimal(VALUE),
        row.decimal(NUMERATOR),
        row.decimal(DENOMINATOR),
        row.integer(BASE),
        row.decimal(CI_LOW),
        row.decimal(CI_HIGH),
        strings.of(row.string(STATUS)));
  }

  private static Signal signal(ParquetFolder.Row row) {
    return new Signal(
        row.string(ORGANISATION),
        row.string(REGULATION),
        row.string(PERIOD),
        row.string(SIGNAL),
        row.string(SEVERITY),
        row.decimal(VALUE),
        row.decimal(REFERENCE),
        row.string(MESSAGE));
  }

  /** Shares one instance per distinct string: codes repeat across hundreds of thousands of rows. */
  private static final class Strings {
    private final Map<String, String> pool = new HashMap<>();

    String of(String value) {
      return value == null ? null : pool.computeIfAbsent(value, v -> v);
    }
  }
}
