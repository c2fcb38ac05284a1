package nl.effectmeter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import nl.effectmeter.server.BearerTokens;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's published tables as Parquet files over HTTP, with byte ranges. */
class TableFileTest {
  @TempDir static Path dir;
  static TestServer server;
  static byte[] indicators;

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer(dir);
    indicators = Files.readAllBytes(onlyPart(server.warehouse.resolve("runs/example/indicators")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Path onlyPart(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("part-")).findFirst().get();
    }
  }

  @Test
  void theIndicatorsTableIsTheFileTheJobWrote() {
    HttpResponse<byte[]> answer = server.getBytes("/api/v1/runs/example/tables/indicators.parquet");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(indicators);
    assertThat(answer.headers().firstValue("Content-Length").orElseThrow())
        .isEqualTo(String.valueOf(indicators.length));
    assertThat(answer.headers().firstValue("Accept-Ranges").orElseThrow()).isEqualTo("bytes");
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.apache.parquet");
    assertThat(answer.headers().firstValue("ETag")).isPresent();
    assertThat(answer.headers().firstValue("Last-Modified").orElseThrow()).endsWith(" GMT");
  }

  @Test
  void headTellsTheSizeWithoutTheBytes() {
    // fsspec's HTTP file system asks HEAD for the size before it reads ranges.
    HttpResponse<String> head =
        server.send("HEAD", "/api/v1/runs/example/tables/indicators.parquet");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length").orElseThrow())
        .isEqualTo(String.valueOf(indicators.length));
    assertThat(head.body()).isEmpty();
  }

  @Test
  void aRangeIsAnsweredWith206AndExactlyThoseBytes() {
    HttpResponse<byte[]> answer =
        server.getBytes("/api/v1/runs/example/tables/indicators.parquet", "Range", "bytes=4-11");
    assertThat(answer.statusCode()).isEqualTo(206);
    assertThat(answer.body()).isEqualTo(Arrays.copyOfRange(indicators, 4, 12));
    assertThat(answer.headers().firstValue("Content-Range").orElseThrow())
        .isEqualTo("bytes 4-11/" + indicators.length);
    assertThat(answer.headers().firstValue("Content-Length").orElseThrow()).isEqualTo("8");
  }

  @Test
  void aSuffixRangeEndsWithParquetsMagic() {
    // A Parquet file ends with its footer length (4 bytes) and "PAR1", as readers ask first.
    HttpResponse<byte[]> answer =
        server.getBytes("/api/v1/runs/current/tables/indicators.parquet", "Range", "bytes=-4");
    assertThat(answer.statusCode()).isEqualTo(206);
    assertThat(new String(answer.body(), StandardCharsets.US_ASCII)).isEqualTo("PAR1");
  }

  @Test
  void aRangeBeyondTheEndIs416NamingTheLength() {
    HttpResponse<String> answer =
        server.get(
            "/api/v1/runs/example/tables/indicators.parquet",
            "Range",
            "bytes=" + indicators.length + "-");
    assertThat(answer.statusCode()).isEqualTo(416);
    assertThat(answer.headers().firstValue("Content-Range").orElseThrow())
        .isEqualTo("bytes */" + indicators.length);
    assertThat(TestServer.json(answer).get("detail").asText())
        .contains("a file of " + indicators.length + " bytes");
  }

  @Test
  void theETagAnswersA304() {
    String etag =
        server
            .getBytes("/api/v1/runs/example/tables/signals.parquet")
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    HttpResponse<byte[]> again =
        server.getBytes("/api/v1/runs/example/tables/signals.parquet", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void aReferenceTableIsServedAsItsOneFile() throws IOException {
    byte[] file =
        Files.readAllBytes(
            onlyPart(server.warehouse.resolve("runs/example/reference/organisations")));
    HttpResponse<byte[]> answer =
        server.getBytes("/api/v1/runs/example/tables/reference/organisations.parquet");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(file);
  }

  @Test
  void quarantineAndDisclosureTablesAreNeverServedWhateverThePath() {
    for (String path :
        new String[] {
          "/api/v1/runs/example/tables/disclosure.parquet",
          "/api/v1/runs/example/tables/quarantine.parquet",
          "/api/v1/runs/example/tables/reference/disclosure.parquet",
          "/api/v1/runs/example/tables/quarantine/services.parquet",
          "/api/v1/runs/example/tables/reference/..%2Fquarantine%2Fservices.parquet",
          "/api/v1/runs/example/tables/..%2Fquarantine%2Fservices.parquet",
          "/api/v1/runs/example/tables/reference/%2e%2e%2fdisclosure.parquet",
          "/api/v1/runs/example/tables/%2e%2e/quarantine/services.parquet",
          "/api/v1/runs/example/tables/reference/..%5Cdisclosure.parquet",
          "/api/v1/runs/..%2Fexample/tables/indicators.parquet",
          "/api/v1/runs/example%2Fquarantine/tables/services.parquet"
        }) {
      HttpResponse<byte[]> answer = server.getBytes(path);
      assertThat(answer.statusCode()).as(path).isIn(400, 404);
      assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1))
          .as(path)
          .doesNotContain("PAR1");
    }
  }

  @Test
  void anUnknownTableIsNotFoundNamingTheServedOnes() {
    HttpResponse<String> answer = server.get("/api/v1/runs/example/tables/reference/cases.parquet");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(answer).get("detail").asText())
        .isEqualTo(
            "Run example serves no table reference/cases; accepted: indicators,"
                + " reference/municipalities, reference/organisations, reference/outcome_types,"
                + " reference/regulations, signals");
  }

  @Test
  void theFilesNeedATokenWhenTheSettingsNameTokens(@TempDir Path other) {
    Properties settings = new Properties();
    settings.setProperty(
        "auth.token_sha256", HexFormat.of().formatHex(BearerTokens.sha256("s3cret")));
    try (TestServer secured = new TestServer(other, settings)) {
      String path = "/api/v1/runs/example/tables/indicators.parquet";
      assertThat(secured.getBytes(path).statusCode()).isEqualTo(401);
      assertThat(secured.getBytes(path, "Authorization", "Bearer s3cret").statusCode())
          .isEqualTo(200);
    }
  }
}
