package nl.effectmeter.api.route;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.api.odata.ODataError;
import nl.effectmeter.api.odata.ODataHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one mapping from exceptions to {@code application/problem+json} answers. */
public final class Problems {
  private static final String WRITTEN = "effectmeter.problem";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  /** The wire form of RFC 9457 problem details. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ProblemJson(
      @JsonProperty("type") String type,
      @JsonProperty("title") String title,
      @JsonProperty("status") int status,
      @JsonProperty("detail") String detail,
      @JsonProperty("instance") String instance,
      @JsonProperty("invalid_params") List<ApiProblem.InvalidParam> invalidParams) {}

  private Problems() {}

  public static void register(RoutesConfig routes) {
    routes.exception(ApiProblem.class, (e, ctx) -> write(ctx, e));
    routes.exception(ValidationException.class, (e, ctx) -> write(ctx, fromValidation(e)));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          int status = e.getStatus();
          write(
              ctx,
              switch (status) {
                case 404 -> ApiProblem.notFound("No route " + ctx.method() + " " + ctx.path());
                case 405 ->
                    ApiProblem.methodNotAllowed(
                        ctx.method()
                            + " is not answered on "
                            + ctx.path()
                            + "; allowed: "
                            + Routes.METHODS);
                default -> ApiProblem.of(status, "HTTP " + status, e.getMessage());
              });
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("Cannot answer {} {}", ctx.method(), ctx.fullUrl(), e);
          write(ctx, ApiProblem.internal());
        });
    routes.error(
        404,
        ctx -> {
          String written = ctx.res().getContentType();
          // A problem already written, or a page's own 404 (text/html, nl.effectmeter.web), stands.
          if (ctx.attribute(WRITTEN) == null
              && (written == null || !written.startsWith("text/html"))) {
            write(ctx, ApiProblem.notFound("No route " + ctx.method() + " " + ctx.path()));
          }
        });
  }

  static void write(Context ctx, ApiProblem problem) {
    ctx.attribute(WRITTEN, true);
    if (ctx.path().startsWith(ODataHandler.ROOT + "/") || ctx.path().equals(ODataHandler.ROOT)) {
      ctx.status(problem.status());
      if (problem.status() == 401) {
        ctx.header("WWW-Authenticate", "Bearer");
      }
      if (problem.status() == 405) {
        ctx.header("Allow", Routes.METHODS);
      }
      ctx.header("OData-Version", "4.0");
      ctx.contentType(Responses.JSON);
      ctx.result(Json.bytes(ODataError.of(problem)));
      return;
    }
    ProblemJson json =
        new ProblemJson(
            "about:blank",
            problem.title(),
            problem.status(),
            problem.getMessage(),
            ctx.path(),
            problem.invalidParams());
    ctx.status(problem.status());
    if (problem.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    if (problem.status() == 405) {
      ctx.header("Allow", Routes.METHODS); // RFC 9110: a 405 lists what is allowed
    }
    ctx.contentType(ApiNames.PROBLEM_JSON);
    ctx.result(Json.bytes(json));
  }

  private static ApiProblem fromValidation(ValidationException e) {
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    e.getErrors()
        .forEach(
            (name, errors) ->
                errors.forEach(
                    error ->
                        invalid.add(
                            new ApiProblem.InvalidParam(
                                name,
                                switch (error.getMessage()) {
                                  case "TYPE_CONVERSION_FAILED" ->
                                      "Cannot parse " + error.value + " as an integer";
                                  case "NULLCHECK_FAILED" -> name + " is required";
                                  default ->
                                      error.value == null
                                          ? error.getMessage()
                                          : error.getMessage() + ": " + error.value;
                                }))));
    return ApiProblem.badParameters(invalid);
  }
}
