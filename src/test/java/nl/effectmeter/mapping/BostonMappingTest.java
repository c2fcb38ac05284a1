package nl.effectmeter.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.effectmeter.testing.TemporaryFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped Boston 311 mapping on the shipped slice (every 10th row of 2015-Q2, 3,133 rows).
 * Expected counts were worked out with Python's csv module over the same file, following the
 * mapping's rules: 54 rows are General Comments whose title holds no "Complaint" (skipped), 63 are
 * complaints (General Comments with "Complaint" in the title, Billing Complaint), the other 3,016
 * are cases, 2,629 of them closed (one outcome each).
 */
class BostonMappingTest {
  private static MappedRun run;

  @BeforeAll
  static void runTheMapping() throws IOException {
    Path warehouse = TemporaryFolders.create("effectmeter-boston");
    run = MappedRun.of("boston-311", LocalDate.parse("2016-01-31"), warehouse);
  }

  @AfterAll
  static void stop() {
    run.close();
  }

  @Test
  void everyRawRowIsACaseAComplaintOrSkippedForAReason() {
    MappingAccounting.RawFileCounts raw = run.raw("boston311");
    assertThat(List.of(raw.read(), raw.mapped(), raw.skipped())).containsExactly(3133L, 3079L, 54L);
    assertThat(raw.skippedByReason()).isEqualTo(Map.of("comment_or_compliment", 54L));
    assertThat(raw.mapped())
        .isEqualTo(run.dataset("services").read() + run.dataset("complaints").read());
  }

  @Test
  void theMappedRowsAreAllValid() {
    assertThat(List.of(run.dataset("services").read(), run.dataset("services").valid()))
        .containsExactly(3016L, 3016L);
    assertThat(List.of(run.dataset("complaints").read(), run.dataset("complaints").valid()))
        .containsExactly(63L, 63L);
    assertThat(List.of(run.dataset("outcomes").read(), run.dataset("outcomes").valid()))
        .containsExactly(2629L, 2629L);
  }

  @Test
  void theApiServesTheRunWithItsMappingAccounting() {
    JsonNode manifest = run.get("/api/v1/runs/current");
    assertThat(manifest.get("run_id").asText()).isEqualTo(run.summary().runId());
    JsonNode file = manifest.get("mapping").get("raw_files").get(0);
    assertThat(file.get("view").asText()).isEqualTo("boston311");
    assertThat(file.get("read").asLong()).isEqualTo(3133);
    assertThat(manifest.get("mapping").get("files_sha256").has("services.sql")).isTrue();
  }

  @Test
  void theApiServesTheCasesPublicWorksReceivedInMay2015() {
    // 434 rows of the slice are Public Works (PWDx) cases opened in May 2015.
    JsonNode body =
        run.get(
            "/api/v1/observations?indicator=cases_received&breakdown=organisation"
                + "&granularity=month&from=2015-05&to=2015-05&organisation=PWDx");
    assertThat(body.get("total").asInt()).isEqualTo(1);
    assertThat(body.get("observations").get(0).get("value").asDouble()).isEqualTo(434.0);
  }
}
