package nl.effectmeter.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SDMX-CSV 2.0 of observations, against the rows of the worked example's indicators table. */
class SdmxCsvTest {
  @TempDir static Path dir;
  static TestServer server;

  static final String HEADER =
      "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,BREAKDOWN,ORGANISATION,REGULATION,MUNICIPALITY,"
          + "PROVINCE,GOVERNMENT_LAYER,CLIENT_SEGMENT,CHANNEL,TIME_PERIOD,OBS_VALUE,OBS_STATUS,"
          + "CONF_STATUS,UNIT_MEASURE,LOWER_BOUND,UPPER_BOUND,BASE";

  @BeforeAll
  static void start() {
    server = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> lines(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return List.of(response.body().split("\r\n"));
  }

  @Test
  void aPublishedValueHasItsIntervalBaseAndFlagsAandF() {
    // expected/indicators-uwv-svb-year.csv: 2023 SVB AOW, 105 of 109 decided in time, Wilson
    // interval 0.9094227987018519 to 0.9856382985341147 (the job's double ends in ...146: the
    // golden test compares within 1e-12); SDMX-CSV writes the published double's shortest digits.
    List<String> lines =
        lines(
            server.get(
                "/api/v1/observations?format=sdmx-csv&indicator=timely_decision_rate"
                    + "&breakdown=organisation,regulation&period=2023&organisation=SVB"
                    + "&regulation=AOW"));
    assertThat(lines)
        .containsExactly(
            HEADER,
            "dataflow,EFFECTMETER:INDICATORS(2.0),I,timely_decision_rate,"
                + "\"organisation,regulation\",SVB,AOW,_T,_T,zbo,_T,_T,2023,0.963302752293578,A,F,"
                + "SHARE,0.9094227987018519,0.9856382985341146,109");
  }

  @Test
  void aSuppressedValueHasEmptyFieldsNeverZeroAndFlagsQandC() {
    List<String> lines =
        lines(
            server.get(
                "/api/v1/observations?indicator=cases_decided&breakdown=organisation,regulation"
                    + "&period=2022&organisation=SVB&regulation=AOW",
                "Accept",
                "application/vnd.sdmx.data+csv;version=2.0.0"));
    assertThat(lines)
        .containsExactly(
            HEADER,
            "dataflow,EFFECTMETER:INDICATORS(2.0),I,cases_decided,\"organisation,regulation\","
                + "SVB,AOW,_T,_T,zbo,_T,_T,2022,,Q,C,COUNT,,,");
  }

  @Test
  void noDataIsMissingButNotConfidential() {
    List<String> lines =
        lines(
            server.get(
                "/api/v1/observations?format=sdmx-csv&indicator=complaint_upheld_rate"
                    + "&breakdown=organisation,regulation&period=2022&organisation=SVB"
                    + "&regulation=AOW"));
    assertThat(lines.get(1))
        .isEqualTo(
            "dataflow,EFFECTMETER:INDICATORS(2.0),I,complaint_upheld_rate,"
                + "\"organisation,regulation\",SVB,AOW,_T,_T,zbo,_T,_T,2022,,M,F,SHARE,,,0");
  }

  @Test
  void theMediaTypeNamesTheVersionAndAnotherVersionIsNotAcceptable() {
    HttpResponse<String> answer = server.get("/api/v1/observations?format=sdmx-csv&limit=1");
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.sdmx.data+csv; version=2.0.0");
    HttpResponse<String> old =
        server.get("/api/v1/observations", "Accept", "application/vnd.sdmx.data+csv;version=1.0.0");
    assertThat(old.statusCode()).isEqualTo(406);
    assertThat(TestServer.json(old).get("detail").asText())
        .contains("application/vnd.sdmx.data+csv");
  }

  @Test
  void everyRowOfAPageIsOneLineAsInJson() {
    String query = "/api/v1/observations?breakdown=organisation&limit=40";
    int rows = TestServer.json(server.get(query)).get("observations").size();
    assertThat(lines(server.get(query + "&format=sdmx-csv"))).hasSize(rows + 1);
    assertThat(rows).isEqualTo(40);
  }
}
