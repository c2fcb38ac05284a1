package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.testing.PublishedRun;
import nl.effectmeter.testing.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract's worked example (spec/example, copied to test resources): a run over its input must
 * publish exactly its expected tables, cell by cell, every number to 1e-9.
 */
class WorkedExampleTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/example");
  private static final List<String> KEYS =
      List.of(
          "indicator",
          "breakdown",
          "granularity",
          "period",
          "organisation",
          "regulation",
          "municipality",
          "province",
          "government_layer",
          "client_segment",
          "channel");
  private static final List<String> NUMBERS =
      List.of("value", "numerator", "denominator", "base", "ci_low", "ci_high");

  @TempDir static Path warehouse;
  private static PublishedRun run;

  @BeforeAll
  static void runTheJob() {
    run = PublishedRun.of(EXAMPLE.resolve("input"), warehouse, LocalDate.parse("2025-12-31"));
  }

  @Test
  void publishesExactlyTheExpectedIndicatorCellsStatusesAndNumbers() {
    Map<List<String>, Row> expected =
        byKey(read(EXAMPLE.resolve("expected/indicators.parquet").toString()));
    Map<List<String>, Row> actual = byKey(run.table("indicators").collectAsList());

    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    List<String> differences = new ArrayList<>();
    expected.forEach(
        (key, want) -> {
          Row got = actual.get(key);
          if (!want.getAs("status").equals(got.getAs("status"))) {
            differences.add(key + " status " + got.getAs("status") + " != " + want.getAs("status"));
          }
          for (String column : NUMBERS) {
            if (!close(number(got, column), number(want, column))) {
              differences.add(
                  key + " " + column + " " + number(got, column) + " != " + number(want, column));
            }
          }
        });
    assertThat(differences).as("cells that differ from the worked example").isEmpty();
  }

  @Test
  void publishesTheExpectedSignals() {
    List<String> expected = signals(read(EXAMPLE.resolve("expected/signals.parquet").toString()));
    List<String> actual = signals(run.table("signals").collectAsList());
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(run.table("signals").collectAsList())
        .allSatisfy(row -> assertThat((String) row.getAs("message")).isNotBlank());
  }

  @Test
  void quarantinesExactlyTheExpectedRowsWithTheirReasons() throws IOException {
    List<String> expected =
        new ArrayList<>(Files.readAllLines(EXAMPLE.resolve("expected/quarantine.csv")));
    expected.remove(0);
    List<String> actual = new ArrayList<>();
    for (String dataset : List.of("services", "complaints", "outcomes")) {
      String key = dataset.equals("complaints") ? "complaint_id" : "case_id";
      for (Row row : run.table("quarantine/" + dataset).collectAsList()) {
        actual.add(dataset + "," + row.getAs(key) + "," + row.getAs("reason"));
      }
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void reconcilesEveryInputRowInTheSummary() {
    assertThat(run.summary().datasets())
        .allSatisfy(c -> assertThat(c.read()).isEqualTo(c.valid() + c.quarantined()));
    assertThat(run.summary().datasets())
        .filteredOn(c -> c.dataset().equals("services"))
        .singleElement()
        .satisfies(c -> assertThat(c.read()).isEqualTo(3004));
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

  private static List<String> signals(List<Row> rows) {
    return rows.stream()
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
      return a == b;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }
}
