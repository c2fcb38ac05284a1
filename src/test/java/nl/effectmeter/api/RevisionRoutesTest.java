package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.effectmeter.history.Revision;
import nl.effectmeter.history.ValueKey;
import nl.effectmeter.publish.ParquetTables;
import nl.effectmeter.store.TestWarehouse;
import nl.effectmeter.testing.TemporaryFolders;
import nl.effectmeter.testing.TestServer;
import nl.effectmeter.warehouse.RevisionColumns;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /runs/{id}/revisions} serves the run's revisions table as published, filtered like the
 * observations, as JSON or CSV; a value confidential in either run has no number.
 */
class RevisionRoutesTest {
  @TempDir Path dir;

  private static ValueKey key(String indicator, String period, String organisation) {
    return new ValueKey(
        indicator,
        "organisation",
        "month",
        period,
        organisation,
        "_T",
        "_T",
        "_T",
        "zbo",
        "_T",
        "_T");
  }

  /** Three revisions against an earlier run, written into the test warehouse's run. */
  private TestServer server() {
    TestServer server = new TestServer(dir);
    List<Revision> revisions =
        List.of(
            new Revision(
                key("cases_received", "2025-05", "UWV"),
                "revised",
                "earlier",
                "ok",
                "ok",
                120.0,
                124.0),
            new Revision(
                key("cases_received", "2025-05", "SVB"),
                "newly_suppressed",
                "earlier",
                "ok",
                "confidential",
                14.0,
                null),
            new Revision(
                key("timely_decision_rate", "2025-06", "UWV"),
                "newly_published",
                "earlier",
                "absent",
                "ok",
                null,
                0.75));
    // the job wrote the run's (empty) revisions table: the example is its warehouse's first run
    Path table = server.warehouse.resolve("runs/" + TestWarehouse.RUN_ID + "/revisions");
    TemporaryFolders.deleteTree(table);
    ParquetTables.writeTable(
        RevisionColumns.TABLE,
        RevisionColumns.COLUMNS,
        revisions.stream().map(Revision::toRow).toList(),
        table.toString(),
        new Configuration());
    return server;
  }

  @Test
  void theRevisionsOfARunAreServedWithConfidentialNumbersLeftOut() {
    try (TestServer server = server()) {
      JsonNode body = json(server.get("/api/v1/runs/current/revisions"));
      assertThat(body.get("run").get("id").asText()).isEqualTo(TestWarehouse.RUN_ID);
      assertThat(body.get("total").asInt()).isEqualTo(3);
      JsonNode suppressed = body.get("revisions").get(1);
      assertThat(suppressed.get("kind").asText()).isEqualTo("newly_suppressed");
      assertThat(suppressed.get("old_value").isNull()).isTrue();
      assertThat(suppressed.get("new_value").isNull()).isTrue();
      JsonNode revised = body.get("revisions").get(0);
      assertThat(revised.get("old_value").asDouble()).isEqualTo(120.0);
      assertThat(revised.get("new_value").asDouble()).isEqualTo(124.0);
    }
  }

  @Test
  void theFiltersSelectRowsAndCsvHasTheTablesColumns() {
    try (TestServer server = server()) {
      String path = "/api/v1/runs/" + TestWarehouse.RUN_ID + "/revisions";
      assertThat(json(server.get(path + "?kind=revised,newly_published")).get("total").asInt())
          .isEqualTo(2);
      assertThat(json(server.get(path + "?organisation=UWV&period=2025-06")).get("total").asInt())
          .isEqualTo(1);
      HttpResponse<String> csv =
          server.get(path + "?indicator=cases_received&organisation=UWV&format=csv");
      assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
      assertThat(csv.body().lines().toList())
          .containsExactly(
              "indicator,breakdown,granularity,period,organisation,regulation,municipality,"
                  + "province,government_layer,client_segment,channel,kind,previous_run,"
                  + "old_status,new_status,old_value,new_value",
              "cases_received,organisation,month,2025-05,UWV,_T,_T,_T,zbo,_T,_T,revised,earlier,"
                  + "ok,ok,120.0,124.0");
    }
  }

  @Test
  void anUnknownKindOrRunIsRefused() {
    try (TestServer server = server()) {
      HttpResponse<String> kind = server.get("/api/v1/runs/current/revisions?kind=changed");
      assertThat(kind.statusCode()).isEqualTo(400);
      assertThat(kind.body()).contains("Unknown kind changed");
      assertThat(server.get("/api/v1/runs/nope/revisions").statusCode()).isEqualTo(404);
    }
  }
}
