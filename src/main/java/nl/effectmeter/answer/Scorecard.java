package nl.effectmeter.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.effectmeter.store.Revised;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.UnvoicedDistressRow;

/** The wire form of an organisation's scorecard for one period (the web pages read it too). */
public record Scorecard(
    @JsonProperty("run") RunRef run,
    @JsonProperty("organisation") Organisation organisation,
    @JsonProperty("period") String period,
    @JsonProperty("granularity") String granularity,
    @JsonProperty("previous_period") String previousPeriod,
    @JsonProperty("groups") List<Group> groups,
    @JsonProperty("signals") List<SignalJson> signals,
    @JsonProperty("feasibility_signals") List<EvidenceRow> feasibilitySignals,
    @JsonProperty("unvoiced_distress") List<UnvoicedDistressRow> unvoicedDistress) {

  public record Organisation(
      @JsonProperty("code") String code,
      @JsonProperty("name") String name,
      @JsonProperty("government_layer") String governmentLayer) {}

  /** One of the four questions, with the indicators that answer it. */
  public record Group(
      @JsonProperty("question") String question,
      @JsonProperty("families") List<String> families,
      @JsonProperty("indicators") List<Entry> indicators) {}

  /**
   * One indicator's line on the scorecard.
   *
   * @param changeInterval the 95% interval of the change (Newcombe's method 10), rates only
   * @param trend {@code improved}, {@code worsened} or {@code no_significant_change}; rates only,
   *     and only when this and the previous value are published
   * @param revision how the value differs from the previous published run's, or null where it does
   *     not (the run's revisions table)
   */
  public record Entry(
      @JsonProperty("indicator") String indicator,
      @JsonProperty("title") String title,
      @JsonProperty("family") String family,
      @JsonProperty("unit") String unit,
      @JsonProperty("better") String better,
      @JsonProperty("value") Double value,
      @JsonProperty("status") String status,
      @JsonProperty("base") Long base,
      @JsonProperty("interval") Interval interval,
      @JsonProperty("previous") Previous previous,
      @JsonProperty("change") Double change,
      @JsonProperty("change_interval") Interval changeInterval,
      @JsonProperty("trend") String trend,
      @JsonProperty("peers") Peers peers,
      @JsonProperty("revision") Revised revision) {}

  public record Interval(@JsonProperty("low") Double low, @JsonProperty("high") Double high) {}

  public record Previous(
      @JsonProperty("period") String period,
      @JsonProperty("value") Double value,
      @JsonProperty("status") String status,
      @JsonProperty("interval") Interval interval) {}

  /**
   * Standing among the organisations of the same government layer, from {@code ok} values only.
   *
   * @param rank 1 is best; null when this organisation's value is not ok or no direction is better
   */
  public record Peers(
      @JsonProperty("government_layer") String governmentLayer,
      @JsonProperty("rank") Integer rank,
      @JsonProperty("count") int count,
      @JsonProperty("median") Double median) {}
}
