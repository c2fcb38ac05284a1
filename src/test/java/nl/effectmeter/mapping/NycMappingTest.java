package nl.effectmeter.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.effectmeter.testing.TemporaryFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped New York mapping on its slices: the 1,000-row 311 sample (cases) and every other
 * Council constituent complaint of June 2018 and March 2019 (4,103 rows). Expected counts were
 * worked out with Python's csv module over the same files: 3,416 Council complaints have a topic
 * with a city agency, 43 have no topic and 644 a topic no 311 agency answers for; 907 requests are
 * closed with a resolution description (one outcome each).
 */
class NycMappingTest {
  private static MappedRun run;

  @BeforeAll
  static void runTheMapping() throws IOException {
    run =
        MappedRun.of(
            "nyc-311", LocalDate.parse("2023-08-31"), TemporaryFolders.create("effectmeter-nyc"));
  }

  @AfterAll
  static void stop() {
    run.close();
  }

  @Test
  void everyServiceRequestIsACase() {
    MappingAccounting.RawFileCounts raw = run.raw("sr311");
    assertThat(List.of(raw.read(), raw.mapped(), raw.skipped())).containsExactly(1000L, 1000L, 0L);
    assertThat(List.of(run.dataset("services").read(), run.dataset("services").valid()))
        .containsExactly(1000L, 1000L);
    assertThat(run.dataset("outcomes").valid()).isEqualTo(907);
  }

  @Test
  void everyCouncilComplaintIsAComplaintOrSkippedForItsTopic() {
    MappingAccounting.RawFileCounts raw = run.raw("council");
    assertThat(List.of(raw.read(), raw.mapped(), raw.skipped()))
        .containsExactly(4103L, 3416L, 687L);
    assertThat(raw.skippedByReason())
        .isEqualTo(
            Map.of(
                "council_complaint_without_topic", 43L, "council_topic_without_city_agency", 644L));
    assertThat(List.of(run.dataset("complaints").read(), run.dataset("complaints").valid()))
        .containsExactly(3416L, 3416L);
  }

  @Test
  void theApiServesTheComplaintsAboutHousingInJune2018() {
    // 676 Council complaints of the slice were about Housing and Buildings (HPD) in June 2018.
    JsonNode body =
        run.get(
            "/api/v1/observations?indicator=complaints_received&breakdown=organisation"
                + "&granularity=month&from=2018-06&to=2018-06&organisation=HPD");
    assertThat(body.get("total").asInt()).isEqualTo(1);
    assertThat(body.get("observations").get(0).get("value").asDouble()).isEqualTo(676.0);
  }
}
