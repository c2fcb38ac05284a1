package nl.effectmeter.api.http;

import java.util.List;

/** A request the API answers with an RFC 9457 problem instead of data. */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final List<InvalidParam> invalidParams;

  /** One bad parameter and why, as {@code invalid_params} lists it. */
  public record InvalidParam(String name, String reason) {}

  private ApiProblem(int status, String title, String detail, List<InvalidParam> invalidParams) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.invalidParams = List.copyOf(invalidParams);
  }

  public static ApiProblem badParameter(String name, String reason) {
    return new ApiProblem(
        400, "Bad request", name + ": " + reason, List.of(new InvalidParam(name, reason)));
  }

  public static ApiProblem badParameters(List<InvalidParam> invalid) {
    String detail =
        String.join("; ", invalid.stream().map(p -> p.name() + ": " + p.reason()).toList());
    return new ApiProblem(400, "Bad request", detail, invalid);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail, List.of());
  }

  public static ApiProblem methodNotAllowed(String detail) {
    return new ApiProblem(405, "Method not allowed", detail, List.of());
  }

  public static ApiProblem notAcceptable(String detail) {
    return new ApiProblem(406, "Not acceptable", detail, List.of());
  }

  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "Unauthorized", detail, List.of());
  }

  public static ApiProblem internal() {
    return new ApiProblem(
        500,
        "Internal server error",
        "The request could not be answered; it has been logged.",
        List.of());
  }

  /** A problem for a status the other factories do not cover. */
  public static ApiProblem of(int status, String title, String detail) {
    return new ApiProblem(status, title, detail, List.of());
  }

  public static ApiProblem unavailable(String detail) {
    return new ApiProblem(503, "Service unavailable", detail, List.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<InvalidParam> invalidParams() {
    return invalidParams;
  }
}
