package nl.effectmeter.api.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.api.format.ResponseFormat;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.store.Run;

/**
 * The OpenAPI 3.1 document, built from the route table and {@link Schemas}. It describes what this
 * server does: bearer security (and 401 answers) only when it is configured with tokens.
 */
final class OpenApi {
  private OpenApi() {}

  /**
   * The document; the codes a parameter accepts are those of {@code run}, the current run (none are
   * listed while no run is loaded).
   */
  static Map<String, Object> document(List<Route> routes, TokenCheck tokens, Run run) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route route : routes) {
      paths.put(route.path(), JsonObjects.of("get", operation(route, tokens, run)));
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    document.put(
        "info",
        JsonObjects.of(
            "title", "Effectmeter API",
            "version", "1",
            "description",
                "Read-only societal-impact indicators of Dutch public services, as published."));
    document.put("servers", List.of(JsonObjects.of("url", "/")));
    document.put("paths", paths);
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("schemas", Schemas.all());
    if (tokens == TokenCheck.ON) {
      components.put(
          "securitySchemes",
          JsonObjects.of("bearer", JsonObjects.of("type", "http", "scheme", "bearer")));
    }
    document.put("components", components);
    return document;
  }

  private static Map<String, Object> operation(Route route, TokenCheck tokens, Run run) {
    boolean secured = tokens == TokenCheck.ON && route.access() == Access.TOKEN;
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("operationId", route.operationId());
    operation.put("summary", route.summary());
    operation.put("parameters", route.params().stream().map(p -> parameter(p, run)).toList());
    Map<String, Object> content = new LinkedHashMap<>();
    for (ResponseFormat format : route.produces()) {
      content.put(format.mediaType(), format.schema(route.schema()));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put("200", JsonObjects.of("description", "OK", "content", content));
    route.produces().forEach(format -> responses.putAll(format.otherResponses()));
    if (route.access() == Access.TOKEN) {
      responses.put("304", JsonObjects.of("description", "Not modified (If-None-Match)"));
    }
    List<String> problems =
        secured ? List.of("400", "401", "404", "406", "503") : List.of("400", "404", "406", "503");
    for (String status : problems) {
      responses.put(
          status,
          JsonObjects.of(
              "description", "Problem", "content", route.produces().get(0).problemContent()));
    }
    operation.put("responses", responses);
    if (secured) {
      operation.put("security", List.of(JsonObjects.of("bearer", List.of())));
    } else if (tokens == TokenCheck.ON) {
      operation.put("security", List.of()); // open: /health, /ready, /openapi.json
    }
    return operation;
  }

  private static Map<String, Object> parameter(Param param, Run run) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", param.type());
    // The server reads a blank optional parameter (or list item) as absent: the schema says so.
    boolean blank = !param.isRequired();
    List<String> values =
        param.runValues() != null && run != null ? param.runValues().of(run) : param.values();
    if (!values.isEmpty()) {
      List<String> accepted = new ArrayList<>(values);
      if (blank) {
        accepted.add("");
      }
      schema.put("enum", accepted);
    }
    if (param.pattern() != null) {
      schema.put("pattern", "^(" + param.pattern() + ")" + (blank ? "?" : "") + "$");
    }
    if (param.minimum() != null) {
      schema.put("minimum", param.minimum());
    }
    if (param.maximum() != null) {
      schema.put("maximum", param.maximum());
    }
    Map<String, Object> parameter = new LinkedHashMap<>();
    parameter.put("name", param.name());
    parameter.put("in", param.in().openApiName());
    parameter.put("required", param.isRequired());
    parameter.put("description", param.description());
    if (param.isList()) {
      parameter.put("schema", JsonObjects.of("type", "array", "items", schema));
      parameter.put("style", "form");
      parameter.put("explode", true);
    } else {
      parameter.put("schema", schema);
    }
    return parameter;
  }
}
