package nl.effectmeter.web;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.answer.RunRef;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.store.Observation;
import nl.effectmeter.store.ObservationQuery;
import nl.effectmeter.store.Run;

/**
 * The monthly values of one indicator for one organisation and regulation, as published (the rows
 * {@code /api/v1/observations?breakdown=organisation,regulation&granularity=month} returns), and
 * the signals of that organisation and regulation.
 */
record TrendSeries(
    RunRef run,
    String organisation,
    String organisationName,
    String regulation,
    String regulationName,
    Indicator indicator,
    List<Point> points,
    List<Signal> signals) {

  /** The indicators published per organisation, regulation and month. */
  static final List<String> INDICATORS =
      Arrays.stream(Indicator.values())
          .filter(i -> i.isDefinedFor(Breakdown.ORGANISATION_REGULATION, Granularity.MONTH))
          .map(Indicator::id)
          .toList();

  TrendSeries {
    requireNonNull(run, "run is null");
    requireNonNull(indicator, "indicator is null");
    points = List.copyOf(points);
    signals = List.copyOf(signals);
  }

  /** One month: its value and interval, null unless the status is {@code ok}. */
  record Point(String period, Double value, Double low, Double high, String status) {
    Point {
      requireNonNull(period, "period is null");
      requireNonNull(status, "status is null");
      if (!"ok".equals(status)) {
        value = null;
        low = null;
        high = null;
      }
    }

    boolean isShown() {
      return value != null;
    }
  }

  static TrendSeries of(Run run, String organisation, String regulation, String indicator) {
    ObservationQuery query =
        new ObservationQuery(
            Breakdown.ORGANISATION_REGULATION,
            Granularity.MONTH,
            Set.of(indicator),
            Set.of(),
            null,
            null,
            Map.of(
                Dimension.ORGANISATION, Set.of(organisation),
                Dimension.REGULATION, Set.of(regulation)),
            Set.of());
    List<Point> points = new ArrayList<>();
    for (Observation row : run.observations().select(query)) {
      points.add(new Point(row.period(), row.value(), row.ciLow(), row.ciHigh(), row.status()));
    }
    points.sort((a, b) -> a.period().compareTo(b.period()));
    List<Signal> signals =
        run.signals().stream()
            .filter(s -> s.organisation().equals(organisation) && s.regulation().equals(regulation))
            .sorted((a, b) -> a.period().compareTo(b.period()))
            .toList();
    return new TrendSeries(
        RunRef.of(run),
        organisation,
        name(run, Dimension.ORGANISATION, organisation),
        regulation,
        name(run, Dimension.REGULATION, regulation),
        Indicator.fromId(indicator),
        points,
        signals);
  }

  private static String name(Run run, Dimension dimension, String code) {
    return DimensionService.codes(run, dimension).stream()
        .filter(c -> c.code().equals(code))
        .map(DimensionService.Code::name)
        .filter(n -> n != null)
        .findFirst()
        .orElse(code);
  }
}
