package nl.effectmeter.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;

/** The wire form of one catalogue entry (public for the OpenAPI schema, which lists its names). */
public record IndicatorJson(
    @JsonProperty("id") String id,
    @JsonProperty("family") String family,
    @JsonProperty("title") Map<String, String> title,
    @JsonProperty("description") String description,
    @JsonProperty("unit") String unit,
    @JsonProperty("better") String better,
    @JsonProperty("computation") String computation,
    @JsonProperty("breakdowns") List<Published> breakdowns,
    @JsonProperty("has_interval") boolean hasInterval) {

  /** A breakdown the indicator is published for, with its granularities. */
  public record Published(
      @JsonProperty("breakdown") String breakdown,
      @JsonProperty("granularities") List<String> granularities) {}

  static IndicatorJson of(Indicator indicator) {
    List<Published> published =
        Arrays.stream(Breakdown.values())
            .map(
                breakdown ->
                    new Published(
                        breakdown.label(),
                        Arrays.stream(Granularity.values())
                            .filter(g -> indicator.isDefinedFor(breakdown, g))
                            .map(Granularity::label)
                            .toList()))
            .filter(p -> !p.granularities().isEmpty())
            .toList();
    return new IndicatorJson(
        indicator.id(),
        indicator.family().label(),
        titles(indicator),
        indicator.description(),
        indicator.unit().label(),
        indicator.better() == null ? null : indicator.better().label(),
        indicator.computation(),
        published,
        indicator.hasInterval());
  }

  /** The titles by language, English first: the same bytes in every answer. */
  private static Map<String, String> titles(Indicator indicator) {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("en", indicator.titleEn());
    titles.put("nl", indicator.titleNl());
    return Collections.unmodifiableMap(titles);
  }
}
