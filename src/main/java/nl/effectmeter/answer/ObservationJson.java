package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.effectmeter.store.Observation;

/** The wire form of one published indicator row, with the table's column names. */
@JsonPropertyOrder({
  "indicator",
  "breakdown",
  "granularity",
  "period",
  "organisation",
  "regulation",
  "municipality",
  "province",
  "government_layer",
  "client_segment",
  "channel",
  "value",
  "numerator",
  "denominator",
  "base",
  "ci_low",
  "ci_high",
  "status"
})
public record ObservationJson(
    @JsonProperty("indicator") String indicator,
    @JsonProperty("breakdown") String breakdown,
    @JsonProperty("granularity") String granularity,
    @JsonProperty("period") String period,
    @JsonProperty("organisation") String organisation,
    @JsonProperty("regulation") String regulation,
    @JsonProperty("municipality") String municipality,
    @JsonProperty("province") String province,
    @JsonProperty("government_layer") String governmentLayer,
    @JsonProperty("client_segment") String clientSegment,
    @JsonProperty("channel") String channel,
    @JsonProperty("value") Double value,
    @JsonProperty("numerator") Double numerator,
    @JsonProperty("denominator") Double denominator,
    @JsonProperty("base") Long base,
    @JsonProperty("ci_low") Double ciLow,
    @JsonProperty("ci_high") Double ciHigh,
    @JsonProperty("status") String status) {

  public static ObservationJson of(Observation row) {
    return new ObservationJson(
        row.indicator(),
        row.breakdown(),
        row.granularity(),
        row.period(),
        row.organisation(),
        row.regulation(),
        row.municipality(),
        row.province(),
        row.governmentLayer(),
        row.clientSegment(),
        row.channel(),
        row.value(),
        row.numerator(),
        row.denominator(),
        row.base(),
        row.ciLow(),
        row.ciHigh(),
        row.status());
  }

  /** The row's cells in column order, for CSV. */
  public Object[] cells() {
    return new Object[] {
      indicator,
      breakdown,
      granularity,
      period,
      organisation,
      regulation,
      municipality,
      province,
      governmentLayer,
      clientSegment,
      channel,
      value,
      numerator,
      denominator,
      base,
      ciLow,
      ciHigh,
      status
    };
  }
}
