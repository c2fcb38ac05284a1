package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What disclosure control keeps for the data team stays in the warehouse: the API knows one status
 * for a suppressed value, and serves neither the disclosure table nor the reason split of the
 * information loss (over a warehouse the real job published from the worked example).
 */
class OneStatusTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void suppressedValuesHaveOneStatusInEveryFormat() {
    HttpResponse<String> json =
        server.get(
            "/api/v1/observations?breakdown=organisation,regulation,municipality&limit=10000");
    JsonNode observations = json(json).get("observations");
    assertThat(observations).isNotEmpty();
    for (JsonNode row : observations) {
      assertThat(row.get("status").asText()).isIn("ok", "confidential", "no_data");
      if (row.get("status").asText().equals("confidential")) {
        assertThat(row.get("value").isNull()).isTrue();
        assertThat(row.get("base").isNull()).isTrue();
      }
    }
    String csv =
        server
            .get(
                "/api/v1/observations?breakdown=organisation,regulation,municipality&limit=10000"
                    + "&format=csv")
            .body();
    assertThat(csv).contains(",confidential").doesNotContain("secondary").doesNotContain("primary");
  }

  @Test
  void theManifestIsServedWithoutTheReasonSplitOfTheInformationLoss() {
    HttpResponse<String> response = server.get("/api/v1/runs/current");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .doesNotContain("suppressed_primary")
        .doesNotContain("suppressed_secondary");
    assertThat(json(response).get("tables").has("disclosure")).isTrue();
  }

  @Test
  void noRouteServesTheDisclosureTable() {
    for (String path :
        new String[] {
          "/api/v1/disclosure",
          "/api/v1/runs/current/disclosure",
          "/api/v1/observations?table=disclosure",
        }) {
      assertThat(server.get(path).statusCode()).as(path).isBetween(400, 404);
    }
  }
}
