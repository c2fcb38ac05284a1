package nl.effectmeter.api.format;

import java.util.Map;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.http.JsonObjects;

/**
 * One way of writing an answer. The route table says which formats each route produces; the server
 * chooses one per request ({@link Formats#choose}) before the handler runs, and {@link Responses}
 * writes the handler's {@link Answer} with it. A new format is a class implementing this and its
 * name in the route table.
 */
public interface ResponseFormat {
  /** The value of {@code format=} that chooses it, e.g. {@code csv}. */
  String name();

  /** The media type, as the OpenAPI document lists it and {@code Accept} names it. */
  String mediaType();

  /** The {@code Content-Type} of an answer, e.g. with its charset. */
  default String contentType() {
    return mediaType();
  }

  /** Whether one media range of an {@code Accept} header (with its parameters) picks it. */
  boolean answers(String mediaRange);

  /** The schema of a successful answer in the OpenAPI document, given the route's JSON schema. */
  Map<String, Object> schema(String jsonSchema);

  /** Answers besides 200 that only this format gives, as the OpenAPI document lists them. */
  default Map<String, Object> otherResponses() {
    return JsonObjects.of();
  }

  /** How a route of this format answers a problem, as the OpenAPI document lists it. */
  default Map<String, Object> problemContent() {
    return JsonObjects.of(
        ApiNames.PROBLEM_JSON, JsonObjects.of("schema", ApiNames.schemaRef("Problem")));
  }

  /** The answer's bytes. */
  byte[] render(Answer answer);
}
