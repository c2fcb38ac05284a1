package nl.effectmeter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.publish.ParquetTables;
import nl.effectmeter.warehouse.AssessmentOutcomeRow;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.EvidenceRow.Change;
import nl.effectmeter.warehouse.EvidenceRow.InMonth;
import nl.effectmeter.warehouse.EvidenceRow.Window;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.PeerComparisonRow;
import nl.effectmeter.warehouse.TableColumn;
import nl.effectmeter.warehouse.UnvoicedDistressRow;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feasibility row the job writes to Parquet is the row the store reads back: each of the four
 * tables, hand-made, with values and nulls, through {@link ParquetTables#writeTable} and {@link
 * RunLoader}.
 */
class FeasibilityRowsRoundTripTest {
  private static final String RUN = "round-trip";

  @TempDir Path warehouse;

  private static final EvidenceRow ANSWERED =
      new EvidenceRow(
          "NS-1",
          "UWV",
          "WIA",
          "noodsignaal",
          "2025-03-14",
          "Backlog of claims",
          "2025-04-02",
          "postponed",
          3L,
          "2025-01",
          2L,
          List.of(
              new InMonth(Indicator.TIMELY_DECISION_RATE, 0.625, "ok"),
              new InMonth(Indicator.OPEN_CASES, null, "confidential"),
              new InMonth(Indicator.COMPLAINTS_PER_1000_DECISIONS, 12.5, "ok"),
              new InMonth(Indicator.OUTCOME_ACHIEVEMENT_RATE, null, null)),
          List.of(
              new Change(
                  Indicator.TIMELY_DECISION_RATE,
                  new Window(0.5, 0.375, 0.625, null),
                  new Window(0.75, 0.625, 0.875, null),
                  "improved"),
              new Change(
                  Indicator.OUTCOME_ACHIEVEMENT_RATE,
                  new Window(null, null, null, "not_published"),
                  Window.NONE,
                  null)));

  private static final EvidenceRow UNANSWERED =
      new EvidenceRow(
          "K-2",
          "SVB",
          "AOW",
          "knelpunt",
          "2025-05-01",
          null,
          null,
          null,
          0L,
          null,
          null,
          List.of(
              new InMonth(Indicator.TIMELY_DECISION_RATE, null, null),
              new InMonth(Indicator.OPEN_CASES, 41.0, "ok"),
              new InMonth(Indicator.COMPLAINTS_PER_1000_DECISIONS, null, null),
              new InMonth(Indicator.OUTCOME_ACHIEVEMENT_RATE, null, null)),
          List.of(
              new Change(Indicator.TIMELY_DECISION_RATE, Window.NONE, Window.NONE, null),
              new Change(Indicator.OUTCOME_ACHIEVEMENT_RATE, Window.NONE, Window.NONE, null)));

  private static final UnvoicedDistressRow DISTRESS =
      new UnvoicedDistressRow("UWV", "WW", 4L, "2025-01", "2025-06", "backlog_growth,timeliness");

  private static final AssessmentOutcomeRow TOO_EARLY =
      new AssessmentOutcomeRow(
          "UDO-1",
          "WIA",
          "gemeente",
          "feasible",
          "2025-02-01",
          "2026-01-01",
          "timely_decision_rate",
          0.8,
          0L,
          null,
          null,
          null,
          "too_early",
          null);

  private static final AssessmentOutcomeRow REALISED =
      new AssessmentOutcomeRow(
          "UT-1",
          "WW",
          "UWV",
          "feasible_with_conditions",
          "2024-11-15",
          "2025-01-01",
          "outcome_achievement_rate",
          0.7,
          6L,
          0.6875,
          0.5,
          0.8125,
          "ok",
          "below_expected");

  private static final PeerComparisonRow ABOVE =
      new PeerComparisonRow(
          "WMO",
          "year",
          "2025",
          "timely_decision_rate",
          "GM0363",
          0.9375,
          0.875,
          0.96875,
          "g4",
          3L,
          0.8125,
          "above");

  private static final PeerComparisonRow ALONE =
      new PeerComparisonRow(
          "WMO",
          "quarter",
          "2025-Q1",
          "timely_decision_rate",
          "GM0014",
          null,
          null,
          null,
          null,
          0L,
          null,
          null);

  @Test
  void theRowsReadBackAreTheRowsWritten() {
    FeasibilityRun written =
        new FeasibilityRun(
            List.of(ANSWERED, UNANSWERED),
            List.of(DISTRESS),
            List.of(TOO_EARLY, REALISED),
            List.of(ABOVE, ALONE));
    write(FeasibilityColumns.EVIDENCE, written.evidence(), EvidenceRow::columns);
    write(
        FeasibilityColumns.UNVOICED_DISTRESS,
        written.unvoicedDistress(),
        UnvoicedDistressRow::columns);
    write(
        FeasibilityColumns.ASSESSMENT_OUTCOMES,
        written.assessmentOutcomes(),
        AssessmentOutcomeRow::columns);
    write(FeasibilityColumns.PEER_COMPARISON, written.peerComparison(), PeerComparisonRow::columns);

    FeasibilityRun read =
        loader()
            .feasibility(
                RUN,
                manifest(
                    Map.of(
                        FeasibilityColumns.EVIDENCE, 2L,
                        FeasibilityColumns.UNVOICED_DISTRESS, 1L,
                        FeasibilityColumns.ASSESSMENT_OUTCOMES, 2L,
                        FeasibilityColumns.PEER_COMPARISON, 2L)));

    assertThat(read).isEqualTo(written);
    assertThat(read.evidence().get(0).changes().get(0).after())
        .isEqualTo(new Window(0.75, 0.625, 0.875, null));
    assertThat(read.assessmentOutcomes().get(1).monthsObserved()).isEqualTo(6L);
    assertThat(read.peerComparison().get(1).value()).isNull();
  }

  @Test
  void aRunPublishedBeforeTheTablesExistedHasNone() {
    assertThat(loader().feasibility(RUN, manifest(Map.of()))).isEqualTo(FeasibilityRun.NONE);
  }

  @Test
  void aRowByColumnNameFollowsItsTablesColumns() {
    assertThat(ANSWERED.columns().keySet())
        .containsExactlyElementsOf(names(FeasibilityColumns.EVIDENCE));
    assertThat(DISTRESS.columns().keySet())
        .containsExactlyElementsOf(names(FeasibilityColumns.UNVOICED_DISTRESS));
    assertThat(REALISED.columns().keySet())
        .containsExactlyElementsOf(names(FeasibilityColumns.ASSESSMENT_OUTCOMES));
    assertThat(ABOVE.columns().keySet())
        .containsExactlyElementsOf(names(FeasibilityColumns.PEER_COMPARISON));
    assertThat(ANSWERED.columns())
        .containsEntry("before_timely_decision_rate_ci_high", 0.625)
        .containsEntry("outcome_achievement_rate_change", null)
        .containsEntry("open_cases_status", "confidential")
        .containsEntry("lead_months", 2L);
  }

  private static List<String> names(String table) {
    return FeasibilityColumns.of(table).stream().map(TableColumn::name).toList();
  }

  private RunLoader loader() {
    return new RunLoader(new WarehouseLayout(warehouse.toString()));
  }

  private <R> void write(String table, List<R> rows, Function<R, Map<String, Object>> columns) {
    ParquetTables.writeTable(
        table,
        FeasibilityColumns.of(table),
        rows.stream().map(columns).toList(),
        new WarehouseLayout(warehouse.toString()).feasibility(RUN, table),
        new Configuration());
  }

  private static Manifest manifest(Map<String, Long> tables) {
    return new Manifest(
        RUN,
        "2025-12-31",
        null,
        null,
        null,
        null,
        Map.of(),
        List.of(),
        List.of(),
        tables,
        List.of(),
        List.of());
  }
}
