package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.privacy.DisclosureAudit;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.testing.PublishedRun;
import nl.effectmeter.testing.SharedRuns;
import nl.effectmeter.testing.TestSpark;
import nl.effectmeter.warehouse.PublishedColumns;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract's worked example (spec/example, copied to test resources), compared as its README
 * says under contract v2: exactly its cells; every value the run publishes carries the expected
 * numbers; every expected confidential value is confidential; the values hidden beyond those are
 * the run's secondary suppressions and must pass the audit; gaps and signals match wherever the
 * secondary suppressions leave their sources alone. That the same input and settings give the same
 * pattern (rule 4) is {@link BitIdenticalRerunTest}'s: every table of two runs, byte for byte.
 */
class WorkedExampleTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/example");
  private static final LocalDate AS_OF = LocalDate.parse("2025-12-31");
  private static final List<String> KEYS = PublishedColumns.INDICATOR_KEY;
  private static final List<String> NUMBERS =
      List.of("value", "numerator", "denominator", "base", "ci_low", "ci_high");
  private static final Set<String> SIGNAL_INPUTS =
      Set.of(
          "timely_decision_rate",
          "open_cases",
          "complaints_received",
          "complaints_per_1000_decisions",
          "outcome_achievement_rate");

  private static PublishedRun run;
  private static Map<List<String>, Row> expected;
  private static Map<List<String>, Row> actual;

  @BeforeAll
  static void runTheJob() {
    run = SharedRuns.example(); // the same run the store and API tests read
    expected = byKey(read(EXAMPLE.resolve("expected/indicators.parquet").toString()));
    actual = byKey(run.table("indicators").collectAsList());
  }

  @Test
  void publishesExactlyTheExpectedCells() {
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
  }

  @Test
  void everyPublishedValueCarriesTheExpectedNumbersAndEveryConfidentialOneStaysHidden() {
    Set<List<String>> changedGaps = gapsWithChangedSources();
    List<String> differences = new ArrayList<>();
    expected.forEach(
        (key, want) -> {
          Row got = actual.get(key);
          String wantStatus = want.getAs("status");
          String gotStatus = got.getAs("status");
          if (changedGaps.contains(key)) {
            return; // a gap over a source the run hid further: computed from its own pattern
          }
          if (wantStatus.equals("confidential") && !gotStatus.equals("confidential")) {
            differences.add(key + " is " + gotStatus + ", expected confidential");
          } else if (!gotStatus.equals("confidential")) {
            if (!gotStatus.equals(wantStatus)) {
              differences.add(key + " status " + gotStatus + " != " + wantStatus);
            }
            for (String column : NUMBERS) {
              if (!close(number(got, column), number(want, column))) {
                differences.add(
                    key + " " + column + " " + number(got, column) + " != " + number(want, column));
              }
            }
          } else if (Long.valueOf(0).equals(want.getAs("base"))) {
            differences.add(key + " has a base of 0 and must never be suppressed");
          }
        });
    assertThat(differences).as("cells that differ from the worked example").isEmpty();
  }

  @Test
  void hidesValuesBeyondThePrimaryOnesInFineCellsRatherThanInTotals() {
    Map<String, Long> secondary = new HashMap<>();
    expected.forEach(
        (key, want) -> {
          if (!"confidential".equals(want.getAs("status"))
              && "confidential".equals(actual.get(key).getAs("status"))) {
            secondary.merge(key.get(1), 1L, Long::sum);
          }
        });
    long fine = secondary.getOrDefault("organisation,regulation,municipality", 0L);
    assertThat(fine).isPositive();
    assertThat(secondary.getOrDefault("total", 0L)).isLessThan(fine);
    assertThat(run.summary().disclosure())
        .anySatisfy(loss -> assertThat(loss.secondary()).isPositive());
  }

  @Test
  void thePublishedFilePassesTheAuditAndKnowsOnePublicStatus() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (Row row : actual.values()) {
      rows.add(indicatorRow(row));
    }
    assertThat(actual.values())
        .extracting(r -> r.<String>getAs("status"))
        .containsOnly("ok", "confidential", "no_data");
    PublishedMonths months = new PublishedMonths(YearMonth.of(2022, 12), YearMonth.from(AS_OF));
    assertThat(firstMonth()).isEqualTo(months.first());
    assertThat(new DisclosureAudit(months).check(rows)).isEmpty();
  }

  @Test
  void publishesTheExpectedSignalsWhereNoSecondarySuppressionHidesTheirInputs() {
    Set<String> changedMonths = new HashSet<>();
    actual.forEach(
        (key, row) -> {
          if (key.get(1).equals("organisation,regulation")
              && key.get(2).equals("month")
              && SIGNAL_INPUTS.contains(key.get(0))
              && "confidential".equals(row.getAs("status"))
              && !"confidential".equals(expected.get(key).getAs("status"))) {
            changedMonths.add(key.get(4) + "|" + key.get(5) + "|" + key.get(3));
          }
        });
    List<String> want =
        signals(read(EXAMPLE.resolve("expected/signals.parquet").toString()), changedMonths);
    List<String> got = signals(run.table("signals").collectAsList(), changedMonths);
    assertThat(got).containsExactlyElementsOf(want);
    assertThat(run.table("signals").collectAsList())
        .allSatisfy(row -> assertThat((String) row.getAs("message")).isNotBlank());
  }

  @Test
  void quarantinesExactlyTheExpectedRowsWithTheirReasons() throws IOException {
    List<String> want =
        new ArrayList<>(Files.readAllLines(EXAMPLE.resolve("expected/quarantine.csv")));
    want.remove(0);
    List<String> got = new ArrayList<>();
    for (String dataset : List.of("services", "complaints", "outcomes")) {
      String key = dataset.equals("complaints") ? "complaint_id" : "case_id";
      for (Row row : run.table("quarantine/" + dataset).collectAsList()) {
        got.add(dataset + "," + row.getAs(key) + "," + row.getAs("reason"));
      }
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void reconcilesEveryInputRowInTheSummary() {
    assertThat(run.summary().datasets())
        .allSatisfy(c -> assertThat(c.read()).isEqualTo(c.valid() + c.quarantined()));
    assertThat(run.summary().datasets())
        .filteredOn(c -> c.dataset().equals("services"))
        .singleElement()
        .satisfies(c -> assertThat(c.read()).isEqualTo(3004));
    // The reference files' rows (one per line after the header), every one valid.
    Map<String, Long> references =
        Map.of(
            "organisations", 15L, "regulations", 10L, "municipalities", 60L, "outcome_types", 5L);
    assertThat(run.summary().datasets())
        .filteredOn(c -> references.containsKey(c.dataset()))
        .hasSize(4)
        .allSatisfy(
            c -> {
              assertThat(c.read()).as(c.dataset()).isEqualTo(references.get(c.dataset()));
              assertThat(c.valid()).as(c.dataset()).isEqualTo(c.read());
            });
  }

  /** The gap cells one of whose source rates the run hid beyond the primary pattern. */
  private static Set<List<String>> gapsWithChangedSources() {
    Set<List<String>> gaps = new HashSet<>();
    actual.forEach(
        (key, row) -> {
          if (!key.get(0).equals("outcome_achievement_rate")
              || !"confidential".equals(row.getAs("status"))
              || "confidential".equals(expected.get(key).getAs("status"))) {
            return;
          }
          String g = key.get(2);
          String p = key.get(3);
          switch (key.get(1)) {
            case "organisation,regulation,municipality" ->
                gaps.add(
                    gap(
                        "municipal",
                        "organisation,regulation",
                        g,
                        p,
                        key.get(4),
                        key.get(5),
                        key.get(8)));
            case "regulation,municipality" ->
                gaps.add(gap("municipal", "regulation", g, p, "_T", key.get(5), "_T"));
            case "organisation,municipality" ->
                gaps.add(gap("municipal", "organisation", g, p, key.get(4), "_T", key.get(8)));
            case "organisation,regulation,client_segment" ->
                gaps.add(
                    gap(
                        "segment",
                        "organisation,regulation",
                        g,
                        p,
                        key.get(4),
                        key.get(5),
                        key.get(8)));
            default -> {}
          }
        });
    return gaps;
  }

  private static List<String> gap(
      String kind, String breakdown, String g, String p, String org, String reg, String layer) {
    return List.of(kind + "_outcome_gap", breakdown, g, p, org, reg, "_T", "_T", layer, "_T", "_T");
  }

  private static YearMonth firstMonth() {
    return actual.keySet().stream()
        .filter(k -> k.get(2).equals("month"))
        .map(k -> YearMonth.parse(k.get(3)))
        .min(YearMonth::compareTo)
        .orElseThrow();
  }

  private static IndicatorRow indicatorRow(Row row) {
    CellKey cell =
        new CellKey(
            Breakdown.fromLabel(row.getAs("breakdown")),
            Granularity.fromLabel(row.getAs("granularity")),
            row.getAs("period"),
            row.getAs("organisation"),
            row.getAs("regulation"),
            row.getAs("municipality"),
            row.getAs("province"),
            row.getAs("government_layer"),
            row.getAs("client_segment"),
            row.getAs("channel"));
    Object base = row.getAs("base");
    return new IndicatorRow(
        cell,
        Indicator.fromId(row.getAs("indicator")),
        number(row, "value"),
        number(row, "numerator"),
        number(row, "denominator"),
        base == null ? null : ((Number) base).longValue(),
        number(row, "ci_low"),
        number(row, "ci_high"),
        Status.fromLabel(row.getAs("status")));
  }

  private static List<Row> read(String path) {
    return TestSpark.session().read().parquet(path).collectAsList();
  }

  private static Map<List<String>, Row> byKey(List<Row> rows) {
    Map<List<String>, Row> map = new HashMap<>();
    for (Row row : rows) {
      List<String> key = KEYS.stream().map(k -> (String) row.getAs(k)).toList();
      assertThat(map.put(key, row)).as("duplicate cell %s", key).isNull();
    }
    return map;
  }

  /** The signals, leaving out those whose twelve months before read a value the run hid. */
  private static List<String> signals(List<Row> rows, Set<String> changedMonths) {
    return rows.stream()
        .filter(
            r -> {
              YearMonth month = YearMonth.parse(r.getAs("period"));
              for (int back = 0; back <= 12; back++) {
                if (changedMonths.contains(
                    r.getAs("organisation")
                        + "|"
                        + r.getAs("regulation")
                        + "|"
                        + month.minusMonths(back))) {
                  return false;
                }
              }
              return true;
            })
        .map(
            r ->
                String.join(
                    "|",
                    r.<String>getAs("organisation"),
                    r.<String>getAs("regulation"),
                    r.<String>getAs("period"),
                    r.<String>getAs("signal"),
                    r.<String>getAs("severity"),
                    String.format("%.9f", ((Number) r.getAs("value")).doubleValue()),
                    String.format("%.9f", ((Number) r.getAs("reference")).doubleValue())))
        .sorted()
        .toList();
  }

  private static Double number(Row row, String column) {
    Object value = row.getAs(column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  private static boolean close(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }
}
