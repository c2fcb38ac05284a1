package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The JSON answer of {@code /observations}. */
@JsonPropertyOrder({"run", "query", "total", "limit", "offset", "next", "observations"})
public record ObservationPage(
    @JsonProperty("run") RunRef run,
    @JsonProperty("query") Map<String, Object> query,
    @JsonProperty("total") int total,
    @JsonProperty("limit") int limit,
    @JsonProperty("offset") int offset,
    @JsonProperty("next") String next,
    @JsonProperty("observations") List<ObservationJson> observations) {}
