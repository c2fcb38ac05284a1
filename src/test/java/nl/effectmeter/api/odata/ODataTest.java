package nl.effectmeter.api.odata;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.effectmeter.server.BearerTokens;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OData v4 service over the worked example's run. */
class ODataTest {
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

  private static HttpResponse<String> get(String set, String options) {
    String query =
        options.isEmpty()
            ? ""
            : "?"
                + String.join(
                    "&",
                    java.util.Arrays.stream(options.split("&"))
                        .map(
                            pair -> {
                              String[] kv = pair.split("=", 2);
                              return kv[0]
                                  + "="
                                  + URLEncoder.encode(kv[1], StandardCharsets.UTF_8)
                                      .replace("+", "%20");
                            })
                        .toList());
    return server.get("/api/v1/odata/" + set + query);
  }

  @Test
  void theServiceDocumentListsEveryEntitySet() {
    HttpResponse<String> answer = server.get("/api/v1/odata/");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json;odata.metadata=minimal");
    assertThat(answer.headers().firstValue("OData-Version").orElseThrow()).isEqualTo("4.0");
    assertThat(json(answer).get("value").findValuesAsText("name"))
        .containsExactly(
            "Observations",
            "Indicators",
            "Signals",
            "Organisations",
            "Regulations",
            "Municipalities",
            "Provinces",
            "GovernmentLayers",
            "ClientSegments",
            "Channels");
  }

  @Test
  void metadataDescribesTheObservationKeyAndTypes() {
    HttpResponse<String> answer = server.get("/api/v1/odata/$metadata");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/xml");
    assertThat(answer.body())
        .contains("<EntityType Name=\"Observation\">")
        .contains("<PropertyRef Name=\"channel\"/>")
        .contains("<Property Name=\"value\" Type=\"Edm.Double\"/>")
        .contains("<Property Name=\"base\" Type=\"Edm.Int64\"/>")
        .contains("<Property Name=\"period\" Type=\"Edm.String\" Nullable=\"false\"/>")
        .contains("<EntitySet Name=\"GovernmentLayers\" EntityType=\"Effectmeter.Code\"/>");
  }

  @Test
  void aFilterOnKeysFindsThePublishedValueAndSuppressedValuesAreNull() {
    // expected/indicators-uwv-svb-year.csv: SVB AOW timely decisions 105 of 109 in 2023; cases
    // decided in 2022 are confidential.
    JsonNode rows =
        json(get(
                "Observations",
                "$filter=breakdown eq 'organisation,regulation' and granularity eq 'year'"
                    + " and organisation eq 'SVB' and regulation eq 'AOW'"
                    + " and (indicator eq 'timely_decision_rate' and period eq '2023'"
                    + " or indicator eq 'cases_decided' and period eq '2022')"
                    + "&$orderby=indicator&$count=true"))
            .path("value");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("indicator").asText()).isEqualTo("cases_decided");
    assertThat(rows.get(0).get("status").asText()).isEqualTo("confidential");
    for (String column : new String[] {"value", "numerator", "denominator", "base", "ci_low"}) {
      assertThat(rows.get(0).get(column).isNull()).as(column).isTrue();
    }
    assertThat(rows.get(1).get("value").asDouble()).isCloseTo(105.0 / 109, within(1e-15));
    assertThat(rows.get(1).get("base").asLong()).isEqualTo(109);
  }

  @Test
  void inAndPeriodRangesSelectAsTheObservationsRouteDoes() {
    String filter =
        "$filter=indicator eq 'cases_decided' and breakdown eq 'organisation'"
            + " and granularity eq 'year' and organisation in ('UWV','SVB')"
            + " and period ge '2024' and period le '2025'";
    JsonNode odata = json(get("Observations", filter + "&$count=true"));
    JsonNode rest =
        json(
            server.get(
                "/api/v1/observations?indicator=cases_decided&breakdown=organisation"
                    + "&organisation=UWV,SVB&from=2024&to=2025"));
    assertThat(odata.get("@odata.count").asInt()).isEqualTo(rest.get("total").asInt());
    assertThat(odata.get("@odata.count").asInt()).isEqualTo(4);
  }

  @Test
  void selectTopAndSkipPageWithANextLink() {
    JsonNode first = json(get("Indicators", "$select=id,unit&$orderby=id desc&$top=3&$count=true"));
    assertThat(first.get("value")).hasSize(3);
    assertThat(first.get("value").get(0).fieldNames()).toIterable().containsExactly("id", "unit");
    assertThat(first.has("@odata.nextLink")).isFalse();
    assertThat(first.get("@odata.context").asText()).endsWith("$metadata#Indicators(id,unit)");
    int all = first.get("@odata.count").asInt();
    JsonNode rest = json(get("Indicators", "$orderby=id desc&$skip=3"));
    assertThat(rest.get("value")).hasSize(all - 3);
  }

  @Test
  void serverDrivenPagingStopsAtTenThousandAndLinksOn() {
    JsonNode page = json(get("Observations", "$select=indicator&$count=true"));
    int total = page.get("@odata.count").asInt();
    assertThat(total).isGreaterThan(ODataHandler.MAX_PAGE);
    assertThat(page.get("value")).hasSize(ODataHandler.MAX_PAGE);
    String next = page.get("@odata.nextLink").asText();
    assertThat(next).contains("$skip=10000").contains("$select=indicator");
    JsonNode second = json(server.get(next.substring(next.indexOf("/api/v1/"))));
    assertThat(second.get("value")).hasSize(Math.min(ODataHandler.MAX_PAGE, total - 10000));
  }

  @Test
  void anUnsupportedOptionIs400InODataFormatNamingIt() {
    HttpResponse<String> answer = get("Observations", "$expand=Indicator");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    JsonNode error = json(answer).get("error");
    assertThat(error.get("code").asText()).isEqualTo("400");
    assertThat(error.get("target").asText()).isEqualTo("$expand");
    assertThat(error.get("message").asText())
        .contains("Unsupported query option $expand; supported: $filter, $select");
  }

  @Test
  void aBadFilterIs400NamingWhatCannotBeRead() {
    JsonNode error = json(get("Observations", "$filter=period eq 2025")).get("error");
    assertThat(error.get("message").asText())
        .isEqualTo(
            "$filter: Cannot read period eq 2025: cannot compare period (Edm.String) with 2025;"
                + " write text in quotes, e.g. '2025'");
    JsonNode unknown = json(get("Signals", "$filter=colour eq 'red'")).get("error");
    assertThat(unknown.get("message").asText()).contains("unknown property colour");
  }

  @Test
  void thePowerBiFileNamesTheFeedAsTheClientReachedIt() {
    HttpResponse<String> answer = server.get("/api/v1/effectmeter.pbids");
    assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"effectmeter.pbids\"");
    JsonNode details = json(answer).get("connections").get(0).get("details");
    assertThat(details.get("protocol").asText()).isEqualTo("odata");
    assertThat(details.get("address").get("url").asText())
        .isEqualTo("http://localhost:" + server.app.port() + "/api/v1/odata/");
  }

  @Test
  void withTokensTheFeedNeedsOneAndSaysSoInODataFormat(@TempDir Path other) {
    java.util.Properties settings = new java.util.Properties();
    settings.setProperty(
        "auth.token_sha256", java.util.HexFormat.of().formatHex(BearerTokens.sha256("s3cret")));
    try (TestServer secured = new TestServer(other, settings)) {
      HttpResponse<String> refused = secured.get("/api/v1/odata/Observations?$top=1");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(json(refused).get("error").get("message").asText())
          .isEqualTo("This API needs Authorization: Bearer <token>");
      assertThat(
              secured
                  .get("/api/v1/odata/Observations?$top=1", "Authorization", "Bearer s3cret")
                  .statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void aRangeOnValuesNeverFindsASuppressedValue() {
    JsonNode rows =
        json(get("Observations", "$filter=status eq 'confidential' and (value ge 0 or value le 0)"))
            .get("value");
    assertThat(rows).isEmpty();
  }
}
