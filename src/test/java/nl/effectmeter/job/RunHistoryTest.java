package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.effectmeter.generate.Generator;
import nl.effectmeter.generate.GeneratorSettings;
import nl.effectmeter.ingest.InvalidInputException;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.testing.TestSpark;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that know their predecessors, on generated data in one warehouse: a run as of May, one as of
 * June (its revisions are checked against an independent comparison of the two indicators tables),
 * one whose busiest organisation lost half of its June cases with the newest-month check's action
 * {@code fail} (nothing is published), and one of that export with its channel column emptied as
 * well (the newest-month check and the completeness check both warn).
 */
class RunHistoryTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate MAY = LocalDate.parse("2025-05-31");
  private static final LocalDate JUNE = LocalDate.parse("2025-06-30");
  private static final LocalDate START = LocalDate.parse("2024-07-01");
  private static final List<String> KEY = PublishedColumns.INDICATOR_KEY;

  @TempDir static Path root;
  private static Path warehouse;
  private static RunSummary june;
  private static String busiest;
  private static Path cut;
  private static Path emptied;
  private static String currentBeforeFailing;
  private static String currentAfterFailing;
  private static Class<?> failedWith;
  private static String failedMessage;

  @BeforeAll
  static void runFourTimes() throws IOException {
    warehouse = root.resolve("warehouse");
    Path mayInput = root.resolve("may");
    Path juneInput = root.resolve("june");
    Generator.generate(new GeneratorSettings(3000, 11, mayInput, START, MAY, false));
    Generator.generate(new GeneratorSettings(3000, 11, juneInput, START, JUNE, false));
    run(mayInput, MAY, "may", Map.of());
    june = run(juneInput, JUNE, "june", Map.of());

    cut = copy(juneInput, root.resolve("cut"));
    busiest = busiestOrganisationIn(cut, YearMonth.from(JUNE));
    halveJune(cut.resolve("services.csv"), busiest);
    currentBeforeFailing = current();
    try {
      run(cut, JUNE, "cut-failing", Map.of("checks.newest_month.action", "fail"));
    } catch (RuntimeException e) {
      failedWith = e.getClass();
      failedMessage = e.getMessage();
    }
    currentAfterFailing = current();

    // The cut export with its channel column emptied as well: one published run carries both
    // checks, the newest month's (against its own earlier months) and the completeness check's
    // (against june, the run before it), where a run of the cut export alone used to carry the
    // first (one run fewer; BENCHMARKS.md, "Test suite, session 31").
    emptied = copy(cut, root.resolve("emptied"));
    emptyChannel(emptied.resolve("services.csv"));
    // An export whose channel column was emptied changes every channel cell at once. Read beside
    // three runs before it (may, june and a run of the cut export), the audit of the union found
    // 11 values given away (the first: the achieved count of a channel "unknown" that is now its
    // whole organisation and regulation, whose total the earlier runs published), and under the
    // default the job refused the run. This test is about the input checks, which come before
    // disclosure control: it publishes this run on its own, which also spares the pattern search
    // and audit beside may and june. The june run keeps the default.
    run(emptied, JUNE, "emptied", Map.of(JobSettings.BETWEEN_RUNS, "off"));
  }

  private static RunSummary run(
      Path input, LocalDate asOf, String runId, Map<String, String> settings) {
    Map<String, String> values = new TreeMap<>(settings);
    // generated feasibility data is small: keep its few bad rows from stopping the run
    values.put(JobSettings.MAX_QUARANTINE_SHARE, "0.2");
    return new IndicatorPipeline(TestSpark.session(), JobSettings.fromMap(values, "test"))
        .run(new JobArgs(input.toString(), warehouse.toString(), asOf, null, runId, null, null));
  }

  private static Manifest manifest(String runId) {
    return new RunLoader(new WarehouseLayout(warehouse.toString())).writtenManifest(runId);
  }

  private static String current() throws IOException {
    return Files.readString(warehouse.resolve("CURRENT")).trim();
  }

  // -- revisions

  /**
   * The revisions as an independent full outer join of the two published indicators tables in Spark
   * SQL computes them: key, kind, old and new status, and the numbers when neither run has the
   * value confidential.
   */
  private static Set<String> expectedRevisions() {
    SparkSession spark = TestSpark.session();
    spark
        .read()
        .parquet(warehouse.resolve("runs/may/indicators").toString())
        .createOrReplaceTempView("old_run");
    spark
        .read()
        .parquet(warehouse.resolve("runs/june/indicators").toString())
        .createOrReplaceTempView("new_run");
    String on = KEY.stream().map(k -> "o." + k + " = n." + k).collect(Collectors.joining(" AND "));
    String key =
        KEY.stream()
            .map(k -> "coalesce(n." + k + ", o." + k + ")")
            .collect(Collectors.joining(", "));
    String sql =
        "SELECT concat_ws('|', "
            + key
            + ") AS k, coalesce(o.status, 'absent') AS os, coalesce(n.status, 'absent') AS ns,"
            + " o.value AS ov, n.value AS nv FROM old_run o FULL OUTER JOIN new_run n ON "
            + on;
    Set<String> expected = new HashSet<>();
    for (Row row : spark.sql(sql).collectAsList()) {
      String os = row.getString(1);
      String ns = row.getString(2);
      Double ov = row.isNullAt(3) ? null : row.getDouble(3);
      Double nv = row.isNullAt(4) ? null : row.getDouble(4);
      String kind;
      if (os.equals("ok") && ns.equals("ok")) {
        kind = ov.equals(nv) ? null : "revised";
      } else if (ns.equals("ok")) {
        kind = "newly_published";
      } else if (os.equals("ok")) {
        kind = ns.equals("confidential") ? "newly_suppressed" : "withdrawn";
      } else {
        kind = null;
      }
      if (kind == null) {
        continue;
      }
      boolean hidden = os.equals("confidential") || ns.equals("confidential");
      expected.add(
          String.join(
              "|",
              row.getString(0),
              kind,
              os,
              ns,
              hidden ? "null" : String.valueOf(ov),
              hidden ? "null" : String.valueOf(nv)));
    }
    return expected;
  }

  private static List<Row> revisions(String runId) {
    return TestSpark.session()
        .read()
        .parquet(warehouse.resolve("runs/" + runId + "/revisions").toString())
        .collectAsList();
  }

  private static String asLine(Row row) {
    List<String> parts = new ArrayList<>();
    for (String column : KEY) {
      parts.add(row.getAs(column));
    }
    parts.add(row.getAs("kind"));
    parts.add(row.getAs("old_status"));
    parts.add(row.getAs("new_status"));
    Object oldValue = row.getAs("old_value");
    Object newValue = row.getAs("new_value");
    parts.add(String.valueOf(oldValue));
    parts.add(String.valueOf(newValue));
    return String.join("|", parts);
  }

  @Test
  void theRevisionsTableListsExactlyTheValuesWhosePublicationChanged() {
    List<Row> rows = revisions("june");
    Set<String> expected = expectedRevisions();
    assertThat(expected).isNotEmpty();
    assertThat(rows.stream().map(RunHistoryTest::asLine).collect(Collectors.toSet()))
        .isEqualTo(expected);
    assertThat(rows).hasSize(expected.size());
    assertThat(rows.stream().map(r -> (String) r.getAs("kind")).distinct())
        .contains("revised", "newly_published", "newly_suppressed");
    assertThat(rows).allMatch(r -> r.getAs("previous_run").equals("may"));
  }

  @Test
  void nothingConfidentialInEitherRunHasANumberInTheRevisions() {
    List<Row> confidential =
        revisions("june").stream()
            .filter(
                r ->
                    r.getAs("old_status").equals("confidential")
                        || r.getAs("new_status").equals("confidential"))
            .toList();
    assertThat(confidential).isNotEmpty();
    assertThat(confidential)
        .allMatch(
            r -> r.isNullAt(r.fieldIndex("old_value")) && r.isNullAt(r.fieldIndex("new_value")));
  }

  @Test
  void theManifestNamesThePreviousRunAndTheSummaryCountsTheRevisions() {
    assertThat(manifest("may").previousRun()).isNull();
    assertThat(manifest("june").previousRun()).isEqualTo("may");
    List<Row> rows = revisions("june");
    long revised = rows.stream().filter(r -> r.getAs("kind").equals("revised")).count();
    long published = rows.stream().filter(r -> r.getAs("kind").equals("newly_published")).count();
    long suppressed = rows.stream().filter(r -> r.getAs("kind").equals("newly_suppressed")).count();
    long withdrawn = rows.stream().filter(r -> r.getAs("kind").equals("withdrawn")).count();
    assertThat(june.render())
        .contains(
            String.format(
                Locale.ROOT,
                "Revisions against may: revised %,d, newly published %,d, newly suppressed %,d,"
                    + " withdrawn %,d",
                revised,
                published,
                suppressed,
                withdrawn));
    long juneMonth = rows.stream().filter(r -> r.getAs("period").equals("2025-06")).count();
    assertThat(juneMonth).isPositive();
    assertThat(june.render()).containsPattern("\\n  2025-06 +revised 0, newly published [0-9,]+");
  }

  // -- input checks

  @Test
  void anOrganisationsNewestMonthCutToHalfRaisesTheNewestMonthCheckWithItsSentence()
      throws IOException {
    Map<YearMonth, Long> months = monthsOf(cut.resolve("services.csv"), busiest);
    YearMonth newest = YearMonth.from(JUNE);
    long[] trailing = new long[6];
    for (int i = 0; i < 6; i++) {
      trailing[i] = months.getOrDefault(newest.minusMonths(i + 1L), 0L);
    }
    Arrays.sort(trailing);
    double median = (trailing[2] + trailing[3]) / 2.0;
    long rows = months.get(newest);
    String sentence =
        String.format(
            Locale.ROOT,
            "services: %s's cases requested in 2025-06 are %.0f%% of the median of the 6 months"
                + " before (%,d against %s)",
            busiest,
            100 * rows / median,
            rows,
            median == Math.rint(median)
                ? String.format(Locale.ROOT, "%,d", (long) median)
                : String.format(Locale.ROOT, "%,.1f", median));
    assertThat(manifest("emptied").inputChecks())
        .contains(new Manifest.InputCheck("newest_month", "services", "warn", sentence));
    // The counts per organisation and month are as small as the values disclosure control hides:
    // the API serves the manifest without the metrics and the checks' sentences.
    Manifest served = new RunLoader(new WarehouseLayout(warehouse.toString())).manifest("emptied");
    assertThat(served.inputChecks()).noneMatch(c -> c.message() != null);
    assertThat(served.inputMetrics()).isEmpty();
    assertThat(manifest("emptied").inputMetrics()).isNotEmpty();
    assertThat(manifest("june").inputChecks())
        .noneMatch(c -> c.check().equals("newest_month") && c.dataset().equals("services"));
    assertThat(failedWith).isEqualTo(InvalidInputException.class);
    assertThat(failedMessage).contains(sentence);
    assertThat(currentAfterFailing).isEqualTo(currentBeforeFailing).isEqualTo("june");
    assertThat(warehouse.resolve("runs/cut-failing")).doesNotExist();
  }

  @Test
  void anEmptiedColumnRaisesTheCompletenessCheckWithItsSentence() throws IOException {
    Path juneServices = root.resolve("june").resolve("services.csv");
    List<String[]> rows = rowsOf(juneServices);
    int channel = Arrays.asList(header(juneServices)).indexOf("channel");
    long filled = rows.stream().filter(r -> !r[channel].isBlank()).count();
    String sentence =
        String.format(
            Locale.ROOT,
            "services: channel is filled in 0%% of the valid rows, down from %.0f%% in june",
            100.0 * filled / rows.size());
    assertThat(manifest("emptied").inputChecks())
        .contains(new Manifest.InputCheck("completeness", "services", "warn", sentence));
    assertThat(manifest("june").inputChecks()).noneMatch(c -> c.check().equals("completeness"));
  }

  @Test
  void theServedManifestNamesTheChecksThatFiredButNotTheirRowCounts() throws IOException {
    Manifest written = manifest("emptied");
    Manifest served = new RunLoader(new WarehouseLayout(warehouse.toString())).manifest("emptied");
    assertThat(written.inputChecks()).isNotEmpty();
    assertThat(served.inputChecks())
        .containsExactlyElementsOf(
            written.inputChecks().stream()
                .map(c -> new Manifest.InputCheck(c.check(), c.dataset(), c.severity(), null))
                .toList());
    assertThat(served.inputMetrics()).isEmpty();
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(served);
    assertThat(json).contains("\"check\":\"newest_month\"").doesNotContain("\"message\"");
  }

  // -- the generated files, read and changed without the job's code

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }

  private static String[] header(Path csv) throws IOException {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.findFirst().orElseThrow().split(",", -1);
    }
  }

  private static List<String[]> rowsOf(Path csv) throws IOException {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    }
  }

  /** The local month of a generated timestamp, in any of the generator's four forms. */
  private static YearMonth month(String timestamp) {
    if (timestamp.length() == 10) {
      return YearMonth.from(LocalDate.parse(timestamp));
    }
    if (timestamp.endsWith("Z")) {
      return YearMonth.from(Instant.parse(timestamp).atZone(AMSTERDAM));
    }
    if (timestamp.length() > 19) {
      return YearMonth.from(OffsetDateTime.parse(timestamp).atZoneSameInstant(AMSTERDAM));
    }
    return YearMonth.from(LocalDateTime.parse(timestamp));
  }

  private static Map<YearMonth, Long> monthsOf(Path services, String organisation)
      throws IOException {
    List<String> columns = Arrays.asList(header(services));
    int org = columns.indexOf("organisation_code");
    int requested = columns.indexOf("requested_at");
    Map<YearMonth, Long> months = new TreeMap<>();
    for (String[] row : rowsOf(services)) {
      if (row[org].equals(organisation)) {
        months.merge(month(row[requested]), 1L, Long::sum);
      }
    }
    return months;
  }

  private static String busiestOrganisationIn(Path input, YearMonth newest) throws IOException {
    Path services = input.resolve("services.csv");
    List<String> columns = Arrays.asList(header(services));
    int org = columns.indexOf("organisation_code");
    int requested = columns.indexOf("requested_at");
    Map<String, Long> counts = new TreeMap<>();
    for (String[] row : rowsOf(services)) {
      if (month(row[requested]).equals(newest)) {
        counts.merge(row[org], 1L, Long::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** Drops every second June case of the organisation. */
  private static void halveJune(Path services, String organisation) {
    rewrite(
        services,
        (columns, lines) -> {
          int org = columns.indexOf("organisation_code");
          int requested = columns.indexOf("requested_at");
          List<String> kept = new ArrayList<>();
          int seen = 0;
          for (String line : lines) {
            String[] row = line.split(",", -1);
            if (row[org].equals(organisation)
                && month(row[requested]).equals(YearMonth.of(2025, 6))) {
              if (seen++ % 2 == 1) {
                continue;
              }
            }
            kept.add(line);
          }
          return kept;
        });
  }

  private static void emptyChannel(Path services) {
    rewrite(
        services,
        (columns, lines) -> {
          int channel = columns.indexOf("channel");
          List<String> out = new ArrayList<>();
          for (String line : lines) {
            String[] row = line.split(",", -1);
            row[channel] = "";
            out.add(String.join(",", row));
          }
          return out;
        });
  }

  private interface Rewrite {
    List<String> apply(List<String> columns, List<String> lines);
  }

  private static void rewrite(Path csv, Rewrite rewrite) {
    try {
      List<String> lines = Files.readAllLines(csv);
      List<String> columns = Arrays.asList(lines.get(0).split(",", -1));
      List<String> body =
          lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
      List<String> out = new ArrayList<>();
      out.add(lines.get(0));
      out.addAll(rewrite.apply(columns, body));
      Files.write(csv, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
