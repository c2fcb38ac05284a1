package nl.effectmeter.api.odata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.effectmeter.api.http.ApiProblem;

/**
 * A problem in OData's JSON error format (OData JSON Format 4.0, section 21): a code, a message
 * and, for bad query options, one detail per option naming it as the target.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ODataError(@JsonProperty("error") Body error) {
  /** The {@code error} object. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Body(
      @JsonProperty("code") String code,
      @JsonProperty("message") String message,
      @JsonProperty("target") String target,
      @JsonProperty("details") List<Detail> details) {}

  /** One bad query option. */
  public record Detail(
      @JsonProperty("code") String code,
      @JsonProperty("message") String message,
      @JsonProperty("target") String target) {}

  public static ODataError of(ApiProblem problem) {
    String code = String.valueOf(problem.status());
    List<Detail> details =
        problem.invalidParams().stream().map(p -> new Detail(code, p.reason(), p.name())).toList();
    String target = details.size() == 1 ? details.get(0).target() : null;
    return new ODataError(new Body(code, problem.getMessage(), target, details));
  }
}
