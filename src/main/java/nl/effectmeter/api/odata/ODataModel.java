package nl.effectmeter.api.odata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.api.ObservationService;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.store.Observation;
import nl.effectmeter.store.ObservationQuery;
import nl.effectmeter.store.Run;

/**
 * The OData service's entity sets over a run, from the columns the OpenAPI schemas use: {@code
 * Observations} (the published indicators table), {@code Indicators} (the catalogue), {@code
 * Signals} and one code list per dimension.
 */
public final class ODataModel {
  static final String NAMESPACE = "Effectmeter";

  public static final List<ODataEntitySet<?>> SETS = sets();

  private ODataModel() {}

  static Optional<ODataEntitySet<?>> set(String name) {
    return SETS.stream().filter(set -> set.name().equals(name)).findFirst();
  }

  /** The name of a dimension's code list, e.g. {@code GovernmentLayers}. */
  static String codeList(Dimension dimension) {
    return switch (dimension) {
      case ORGANISATION -> "Organisations";
      case REGULATION -> "Regulations";
      case MUNICIPALITY -> "Municipalities";
      case PROVINCE -> "Provinces";
      case GOVERNMENT_LAYER -> "GovernmentLayers";
      case CLIENT_SEGMENT -> "ClientSegments";
      case CHANNEL -> "Channels";
    };
  }

  private static List<ODataEntitySet<?>> sets() {
    List<ODataEntitySet<?>> sets = new ArrayList<>();
    sets.add(
        new ODataEntitySet<>(
            "Observations",
            "Observation",
            Columns.OBSERVATION,
            Columns.OBSERVATION_KEY,
            ODataModel::observations,
            ObservationService::value));
    sets.add(
        new ODataEntitySet<>(
            "Indicators",
            "Indicator",
            Columns.INDICATOR,
            1,
            run -> List.of(Indicator.values()),
            ODataModel::indicator));
    sets.add(
        new ODataEntitySet<>(
            "Signals",
            "Signal",
            Columns.SIGNAL,
            Columns.SIGNAL_KEY,
            Run::signals,
            ODataModel::signal));
    for (Dimension dimension : Dimension.values()) {
      sets.add(
          new ODataEntitySet<DimensionService.Code>(
              codeList(dimension),
              "Code",
              Columns.CODE,
              1,
              run -> DimensionService.codes(run, dimension),
              (code, name) -> name.equals("code") ? code.code() : code.name()));
    }
    return List.copyOf(sets);
  }

  /** Every row of the run's indicators table, breakdown by breakdown. */
  private static List<Observation> observations(Run run) {
    List<Observation> rows = new ArrayList<>();
    for (Breakdown breakdown : Breakdown.values()) {
      for (Granularity granularity : Granularity.values()) {
        rows.addAll(
            run.observations()
                .select(
                    new ObservationQuery(
                        breakdown,
                        granularity,
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        Map.of(),
                        Set.of())));
      }
    }
    return rows;
  }

  private static Object indicator(Indicator indicator, String column) {
    return switch (column) {
      case "id" -> indicator.id();
      case "family" -> indicator.family().label();
      case "title_en" -> indicator.titleEn();
      case "title_nl" -> indicator.titleNl();
      case "description" -> indicator.description();
      case "unit" -> indicator.unit().label();
      case "better" -> indicator.better() == null ? null : indicator.better().label();
      case "computation" -> indicator.computation();
      case "has_interval" -> indicator.hasInterval();
      default -> throw new IllegalArgumentException("No indicator column " + column);
    };
  }

  private static Object signal(Signal signal, String column) {
    return switch (column) {
      case "organisation" -> signal.organisation();
      case "regulation" -> signal.regulation();
      case "period" -> signal.period();
      case "signal" -> signal.signal();
      case "severity" -> signal.severity();
      case "value" -> signal.value();
      case "reference" -> signal.reference();
      case "message" -> signal.message();
      default -> throw new IllegalArgumentException("No signal column " + column);
    };
  }

  static List<String> names() {
    return Arrays.asList(SETS.stream().map(ODataEntitySet::name).toArray(String[]::new));
  }
}
