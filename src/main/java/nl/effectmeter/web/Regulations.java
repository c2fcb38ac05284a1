package nl.effectmeter.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.store.Observation;
import nl.effectmeter.store.ObservationQuery;
import nl.effectmeter.store.Run;

/** The regulations an organisation has published cells for, from its yearly cases received. */
final class Regulations {
  private Regulations() {}

  static List<String> of(Run run, String organisation) {
    ObservationQuery query =
        new ObservationQuery(
            Breakdown.ORGANISATION_REGULATION,
            Granularity.YEAR,
            Set.of(Indicator.CASES_RECEIVED.id()),
            Set.of(),
            null,
            null,
            Map.of(Dimension.ORGANISATION, Set.of(organisation)),
            Set.of());
    TreeSet<String> codes = new TreeSet<>();
    for (Observation row : run.observations().select(query)) {
      codes.add(row.regulation());
    }
    return List.copyOf(codes);
  }

  /** The same regulations with their names, as {@code /api/v1/dimensions/regulation} has them. */
  static List<DimensionService.Code> named(Run run, String organisation) {
    List<String> codes = of(run, organisation);
    return DimensionService.codes(run, Dimension.REGULATION).stream()
        .filter(code -> codes.contains(code.code()))
        .toList();
  }
}
