package nl.effectmeter.web;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.publish.ParquetTables;
import nl.effectmeter.store.TestWarehouse;
import nl.effectmeter.testing.TemporaryFolders;
import nl.effectmeter.testing.TestServer;
import nl.effectmeter.warehouse.RevisionColumns;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorecard marks the values its run revised against the previous published run: a second run
 * of the worked example whose revisions table is written here by hand (UWV's cases received in 2025
 * revised from 1,000; its ombudsman escalation rate, confidential in this run, published by the
 * previous one; and an organisation-and-regulation value, which is no value of the scorecard).
 */
class ScorecardRevisionsTest {
  private static final String SECOND = "scorecard-revisions";
  @TempDir static Path dir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
    // A run id no other test publishes: the API keeps answers per run id in one cache per JVM.
    TestWarehouse.publishCopy(server.warehouse, SECOND, "2026-01-31T06:00:00Z");
    Path revisions = server.warehouse.resolve("runs/" + SECOND + "/" + RevisionColumns.TABLE);
    TemporaryFolders.deleteTree(revisions);
    ParquetTables.table(
            RevisionColumns.TABLE,
            RevisionColumns.COLUMNS,
            List.of(
                row("cases_received", "organisation", "_T", RevisionColumns.REVISED, "ok", 1000.0),
                row(
                    "ombudsman_escalation_rate",
                    "organisation",
                    "_T",
                    RevisionColumns.NEWLY_SUPPRESSED,
                    "ok",
                    null),
                row(
                    "timely_decision_rate",
                    "organisation,regulation",
                    "WIA",
                    RevisionColumns.REVISED,
                    "ok",
                    0.5)),
            new Configuration())
        .writer()
        .writeTo(revisions.toString());
    TestWarehouse.makeCurrent(server.warehouse, SECOND);
    server.registry.refresh();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theScorecardAnswerCarriesEachRevisionOfItsOwnValues() {
    JsonNode card = json(server.get("/api/v1/scorecards/UWV?period=2025"));
    assertThat(card.get("run").get("id").asText()).isEqualTo(SECOND);
    JsonNode received = entry(card, "cases_received").get("revision");
    assertThat(received.get("kind").asText()).isEqualTo("revised");
    assertThat(received.get("previous_run").asText()).isEqualTo(TestWarehouse.RUN_ID);
    assertThat(received.get("old_status").asText()).isEqualTo("ok");
    assertThat(received.get("old_value").asDouble()).isEqualTo(1000.0);
    JsonNode escalation = entry(card, "ombudsman_escalation_rate");
    assertThat(escalation.get("status").asText()).isEqualTo("confidential");
    assertThat(escalation.get("revision").get("kind").asText()).isEqualTo("newly_suppressed");
    assertThat(escalation.get("revision").get("old_value").isNull()).isTrue();
    // The organisation-and-regulation row is not the organisation's own value.
    assertThat(entry(card, "timely_decision_rate").get("revision").isNull()).isTrue();
    // Another period has none.
    JsonNode before = json(server.get("/api/v1/scorecards/UWV?period=2024"));
    assertThat(entry(before, "cases_received").get("revision").isNull()).isTrue();
  }

  @Test
  void thePageMarksARevisedValueWithThePreviousRunsValue() {
    String page = server.get("/scorecards/UWV?period=2025", "Accept-Language", "en").body();
    String received = rowOf(page, "cases_received");
    assertThat(received)
        .contains("class=\"em-revised\"")
        .contains("data-kind=\"revised\"")
        .contains("title=\"Previous run " + TestWarehouse.RUN_ID + ": 1,000\"")
        .contains(">revised</span>");
    String escalation = rowOf(page, "ombudsman_escalation_rate");
    assertThat(escalation)
        .contains("data-kind=\"newly_suppressed\"")
        .contains("title=\"Previous run " + TestWarehouse.RUN_ID + "\"")
        .contains(">now confidential<");
    assertThat(rowOf(page, "timely_decision_rate")).doesNotContain("em-revised");
    String dutch = server.get("/scorecards/UWV?period=2025", "Accept-Language", "nl").body();
    assertThat(rowOf(dutch, "cases_received"))
        .contains(">herzien</span>")
        .contains("title=\"Vorige publicatie " + TestWarehouse.RUN_ID + ": 1.000\"");
  }

  private static Map<String, Object> row(
      String indicator,
      String breakdown,
      String regulation,
      String kind,
      String oldStatus,
      Double oldValue) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("indicator", indicator);
    row.put("breakdown", breakdown);
    row.put("granularity", "year");
    row.put("period", "2025");
    row.put("organisation", "UWV");
    row.put("regulation", regulation);
    row.put("municipality", "_T");
    row.put("province", "_T");
    row.put("government_layer", "zbo");
    row.put("client_segment", "_T");
    row.put("channel", "_T");
    row.put("kind", kind);
    row.put("previous_run", TestWarehouse.RUN_ID);
    row.put("old_status", oldStatus);
    row.put("new_status", kind.equals(RevisionColumns.NEWLY_SUPPRESSED) ? "confidential" : "ok");
    row.put("old_value", oldValue);
    row.put("new_value", null);
    return row;
  }

  private static JsonNode entry(JsonNode card, String indicator) {
    for (JsonNode group : card.get("groups")) {
      for (JsonNode entry : group.get("indicators")) {
        if (entry.get("indicator").asText().equals(indicator)) {
          return entry;
        }
      }
    }
    throw new AssertionError("No entry for " + indicator);
  }

  /** The table row of one indicator on the page. */
  private static String rowOf(String page, String indicator) {
    int start = page.indexOf("data-indicator=\"" + indicator + "\"");
    assertThat(start).as(indicator).isGreaterThan(0);
    return page.substring(start, page.indexOf("</tr>", start));
  }
}
