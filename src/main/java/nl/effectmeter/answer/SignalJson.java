package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.warehouse.PublishedColumns;

/** The wire form of one signal. */
public record SignalJson(
    @JsonProperty(PublishedColumns.ORGANISATION) String organisation,
    @JsonProperty(PublishedColumns.REGULATION) String regulation,
    @JsonProperty(PublishedColumns.PERIOD) String period,
    @JsonProperty(PublishedColumns.SIGNAL) String signal,
    @JsonProperty(PublishedColumns.SEVERITY) String severity,
    @JsonProperty(PublishedColumns.VALUE) Double value,
    @JsonProperty(PublishedColumns.REFERENCE) Double reference,
    @JsonProperty(PublishedColumns.MESSAGE) String message) {
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
