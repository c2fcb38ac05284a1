package nl.effectmeter.api.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.effectmeter.answer.Scorecard;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.TableColumn;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document is the same bytes from one JVM run to the next: every object in it keeps the
 * order its properties are written in ({@code Map.of}'s order changes with each run).
 */
class OpenApiOrderTest {
  @TempDir Path warehouse;

  private Map<String, Object> document(TokenCheck tokens) {
    RunRegistry registry = new RunRegistry(new WarehouseLayout(warehouse.toString()), 1);
    return OpenApi.document(Routes.table(registry, tokens), tokens, null);
  }

  @Test
  void everyObjectOfTheDocumentIsOrderedAndEveryArrayAList() {
    for (TokenCheck tokens : TokenCheck.values()) {
      List<String> unordered = new ArrayList<>();
      walk(document(tokens), "#", unordered);
      assertThat(unordered).as("objects and arrays of unfixed order, with %s", tokens).isEmpty();
    }
  }

  @Test
  void objectsKeepTheOrderTheirPropertiesAreWrittenIn() throws IOException {
    JsonNode document = Json.MAPPER.readTree(Json.bytes(document(TokenCheck.ON)));
    assertThat(names(document))
        .containsExactly("openapi", "info", "servers", "paths", "components");
    assertThat(names(document.get("info"))).containsExactly("title", "version", "description");
    assertThat(names(document.get("components").get("securitySchemes").get("bearer")))
        .containsExactly("type", "scheme");

    JsonNode schemas = document.get("components").get("schemas");
    JsonNode evidence = schemas.get("FeasibilityEvidence");
    assertThat(names(evidence))
        .containsExactly("type", "required", "properties", "additionalProperties");
    assertThat(names(evidence.get("properties")))
        .containsExactlyElementsOf(
            FeasibilityColumns.EVIDENCE_COLUMNS.stream().map(TableColumn::name).toList());
    assertThat(names(schemas.get("Scorecard").get("properties")))
        .containsExactlyElementsOf(JsonSchema.jsonNames(Scorecard.class));

    JsonNode learning = document.get("paths").get("/api/v1/learning/{regulation}").get("get");
    assertThat(names(learning))
        .containsExactly("operationId", "summary", "parameters", "responses", "security");
    assertThat(names(learning.get("responses").get("200")))
        .containsExactly("description", "content");
    JsonNode indicator = learning.get("parameters").get(1);
    assertThat(names(indicator)).containsExactly("name", "in", "required", "description", "schema");
    assertThat(names(indicator.get("schema"))).containsExactly("type", "enum");

    JsonNode observations = document.get("paths").get("/api/v1/observations").get("get");
    JsonNode list = observations.get("parameters").get(0);
    assertThat(names(list))
        .containsExactly("name", "in", "required", "description", "schema", "style", "explode");
    assertThat(names(list.get("schema"))).containsExactly("type", "items");
  }

  /**
   * The JSON answers are built the same way: no object of {@code api} or {@code answer} is made
   * with {@code Map.of} and entries, whose order changes from one JVM run to the next (a test over
   * HTTP could only catch that on some runs).
   */
  @Test
  void noAnswerIsBuiltWithMapOf() throws IOException {
    Path main = Path.of("src/main/java/nl/effectmeter");
    Pattern mapOf = Pattern.compile("\\bMap\\.of\\((?!\\))");
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("api", "answer")) {
      try (Stream<Path> files = Files.walk(main.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          Matcher m = mapOf.matcher(Files.readString(file));
          while (m.find()) {
            found.add(main.relativize(file).toString());
          }
        }
      }
    }
    assertThat(found).as("Map.of with entries; use JsonObjects.of").isEmpty();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void walk(Object node, String pointer, List<String> unordered) {
    if (node instanceof Map<?, ?> map) {
      if (!(map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>)) {
        unordered.add(pointer + " (" + map.getClass().getName() + ")");
      }
      map.forEach((name, value) -> walk(value, pointer + "/" + name, unordered));
    } else if (node instanceof Collection<?> collection) {
      if (!(collection instanceof List<?>)) {
        unordered.add(pointer + " (" + collection.getClass().getName() + ")");
      }
      int i = 0;
      for (Object item : collection) {
        walk(item, pointer + "/" + i++, unordered);
      }
    }
  }
}
