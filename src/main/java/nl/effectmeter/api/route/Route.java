package nl.effectmeter.api.route;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Handler;
import java.util.List;
import nl.effectmeter.api.format.ResponseFormat;

/**
 * One GET route: the server registers it, checks its parameters and the OpenAPI document describes
 * it, all from this record.
 *
 * @param path Javalin path, e.g. {@code /api/v1/indicators/{id}}
 * @param schema name of the response schema in the OpenAPI components
 * @param access whether it is answered without a token
 * @param produces the formats of a successful answer, the default first
 */
public record Route(
    String path,
    String operationId,
    String summary,
    List<Param> params,
    String schema,
    Access access,
    List<ResponseFormat> produces,
    Handler handler) {

  public Route {
    requireNonNull(path, "path is null");
    requireNonNull(operationId, "operationId is null");
    requireNonNull(summary, "summary is null");
    params = List.copyOf(params);
    requireNonNull(schema, "schema is null");
    requireNonNull(access, "access is null");
    produces = List.copyOf(produces);
    if (produces.isEmpty()) {
      throw new IllegalArgumentException("route " + path + " produces no format");
    }
    requireNonNull(handler, "handler is null");
  }

  public List<String> queryParamNames() {
    return params.stream().filter(p -> p.in() == Param.In.QUERY).map(Param::name).toList();
  }
}
