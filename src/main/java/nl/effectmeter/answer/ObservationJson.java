package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.effectmeter.store.Observation;
import nl.effectmeter.warehouse.PublishedColumns;

/** The wire form of one published indicator row, with the table's column names. */
@JsonPropertyOrder({
  PublishedColumns.INDICATOR,
  PublishedColumns.BREAKDOWN,
  PublishedColumns.GRANULARITY,
  PublishedColumns.PERIOD,
  PublishedColumns.ORGANISATION,
  PublishedColumns.REGULATION,
  PublishedColumns.MUNICIPALITY,
  PublishedColumns.PROVINCE,
  PublishedColumns.GOVERNMENT_LAYER,
  PublishedColumns.CLIENT_SEGMENT,
  PublishedColumns.CHANNEL,
  PublishedColumns.VALUE,
  PublishedColumns.NUMERATOR,
  PublishedColumns.DENOMINATOR,
  PublishedColumns.BASE,
  PublishedColumns.CI_LOW,
  PublishedColumns.CI_HIGH,
  PublishedColumns.STATUS
})
public record ObservationJson(
    @JsonProperty(PublishedColumns.INDICATOR) String indicator,
    @JsonProperty(PublishedColumns.BREAKDOWN) String breakdown,
    @JsonProperty(PublishedColumns.GRANULARITY) String granularity,
    @JsonProperty(PublishedColumns.PERIOD) String period,
    @JsonProperty(PublishedColumns.ORGANISATION) String organisation,
    @JsonProperty(PublishedColumns.REGULATION) String regulation,
    @JsonProperty(PublishedColumns.MUNICIPALITY) String municipality,
    @JsonProperty(PublishedColumns.PROVINCE) String province,
    @JsonProperty(PublishedColumns.GOVERNMENT_LAYER) String governmentLayer,
    @JsonProperty(PublishedColumns.CLIENT_SEGMENT) String clientSegment,
    @JsonProperty(PublishedColumns.CHANNEL) String channel,
    @JsonProperty(PublishedColumns.VALUE) Double value,
    @JsonProperty(PublishedColumns.NUMERATOR) Double numerator,
    @JsonProperty(PublishedColumns.DENOMINATOR) Double denominator,
    @JsonProperty(PublishedColumns.BASE) Long base,
    @JsonProperty(PublishedColumns.CI_LOW) Double ciLow,
    @JsonProperty(PublishedColumns.CI_HIGH) Double ciHigh,
    @JsonProperty(PublishedColumns.STATUS) String status) {

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
