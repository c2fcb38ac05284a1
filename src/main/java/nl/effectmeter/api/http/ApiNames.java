package nl.effectmeter.api.http;

import java.util.Map;

/**
 * The names the API's parts share (routes, formats, OData and the exception mapping): its root
 * path, the media type of a problem, and how the OpenAPI document refers to a schema.
 */
public final class ApiNames {
  /** The root of every data route. */
  public static final String V1 = "/api/v1";

  /** RFC 9457 problem details. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private ApiNames() {}

  /** A reference to a schema in the OpenAPI document's components. */
  public static Map<String, Object> schemaRef(String name) {
    return JsonObjects.of("$ref", "#/components/schemas/" + name);
  }
}
