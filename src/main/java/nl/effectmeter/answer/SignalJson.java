package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.effectmeter.reference.Signal;

/** The wire form of one signal. */
public record SignalJson(
    @JsonProperty("organisation") String organisation,
    @JsonProperty("regulation") String regulation,
    @JsonProperty("period") String period,
    @JsonProperty("signal") String signal,
    @JsonProperty("severity") String severity,
    @JsonProperty("value") Double value,
    @JsonProperty("reference") Double reference,
    @JsonProperty("message") String message) {
  public static SignalJson of(Signal s) {
    return new SignalJson(
        s.organisation(),
        s.regulation(),
        s.period(),
        s.signal(),
        s.severity(),
        s.value(),
        s.reference(),
        s.message());
  }
}
