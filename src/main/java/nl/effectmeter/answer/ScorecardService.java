package nl.effectmeter.answer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Family;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.RateChange;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.indicator.Trend;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.store.Observation;
import nl.effectmeter.store.Run;

/**
 * Builds an organisation's scorecard from the {@code organisation} breakdown of a run. It only
 * reads published values: suppressed ones stay null and never enter a peer comparison.
 */
public final class ScorecardService {
  private record Question(String text, List<Family> families) {}

  private static final List<Question> QUESTIONS =
      List.of(
          new Question("How much did we do?", List.of(Family.VOLUME)),
          new Question(
              "How well did we do it?",
              List.of(Family.TIMELINESS, Family.EFFICIENCY, Family.VOICE)),
          new Question("Is anyone better off?", List.of(Family.EFFECT)),
          new Question("Is it fair?", List.of(Family.EQUITY)));

  private ScorecardService() {}

  /** The scorecard of a known organisation for a published period. */
  public static Scorecard build(Run run, String organisation, String period) {
    Granularity granularity = Granularity.ofPeriod(period);
    String layer = governmentLayer(run, organisation, granularity);
    String previous = granularity.previous(period);
    List<Scorecard.Group> groups = new ArrayList<>();
    for (Question question : QUESTIONS) {
      List<Scorecard.Entry> entries = new ArrayList<>();
      for (Indicator indicator : Indicator.values()) {
        if (question.families().contains(indicator.family())
            && indicator.isDefinedFor(Breakdown.ORGANISATION_, granularity)) {
          entries.add(entry(run, indicator, organisation, layer, granularity, period, previous));
        }
      }
      groups.add(
          new Scorecard.Group(
              question.text(), question.families().stream().map(Family::label).toList(), entries));
    }
    Organisation known = run.reference().organisations().get(organisation);
    YearMonth first = granularity.firstMonth(period);
    YearMonth last = granularity.lastMonth(period);
    List<SignalJson> signals =
        run.signals().stream()
            .filter(s -> s.organisation().equals(organisation))
            .filter(
                s -> {
                  YearMonth month = YearMonth.parse(s.period());
                  return !month.isBefore(first) && !month.isAfter(last);
                })
            .map(SignalJson::of)
            .toList();
    return new Scorecard(
        RunRef.of(run),
        new Scorecard.Organisation(organisation, known == null ? null : known.name(), layer),
        period,
        granularity.label(),
        previous,
        groups,
        signals,
        FeasibilityService.scorecardSignals(run, organisation, first, last),
        FeasibilityService.unvoicedDistress(run, List.of(organisation), List.of()));
  }

  private static Scorecard.Entry entry(
      Run run,
      Indicator indicator,
      String organisation,
      String layer,
      Granularity granularity,
      String period,
      String previousPeriod) {
    Optional<Observation> row =
        run.observations().organisationRow(indicator.id(), granularity, period, organisation);
    Optional<Observation> before =
        run.observations()
            .organisationRow(indicator.id(), granularity, previousPeriod, organisation);
    Double value = row.map(Observation::value).orElse(null);
    Double previousValue = before.map(Observation::value).orElse(null);
    String status = row.map(Observation::status).orElse(Status.NO_DATA.label());
    Scorecard.Interval interval = row.map(ScorecardService::interval).orElse(null);
    Optional<RateChange> rateChange =
        indicator.hasInterval() ? RateChanges.of(row, before) : Optional.empty();
    return new Scorecard.Entry(
        indicator.id(),
        indicator.titleEn(),
        indicator.family().label(),
        indicator.unit().label(),
        indicator.better() == null ? null : indicator.better().label(),
        value,
        status,
        row.map(Observation::base).orElse(null),
        interval,
        new Scorecard.Previous(
            previousPeriod,
            previousValue,
            before.map(Observation::status).orElse(Status.NO_DATA.label()),
            before.map(ScorecardService::interval).orElse(null)),
        value != null && previousValue != null ? value - previousValue : null,
        rateChange.map(c -> new Scorecard.Interval(c.low(), c.high())).orElse(null),
        rateChange.map(c -> Trend.of(c, indicator.better()).label()).orElse(null),
        peers(run, indicator, layer, granularity, period, row),
        run.organisationRevision(indicator.id(), granularity, period, organisation).orElse(null));
  }

  private static Scorecard.Interval interval(Observation row) {
    return row.ciLow() == null && row.ciHigh() == null
        ? null
        : new Scorecard.Interval(row.ciLow(), row.ciHigh());
  }

  private static Scorecard.Peers peers(
      Run run,
      Indicator indicator,
      String layer,
      Granularity granularity,
      String period,
      Optional<Observation> own) {
    double[] values =
        run.observations().organisationRows(indicator.id(), granularity, period).stream()
            .filter(r -> layer != null && layer.equals(r.governmentLayer()))
            .filter(r -> r.isOk() && r.value() != null)
            .mapToDouble(Observation::value)
            .sorted()
            .toArray();
    Integer rank = null;
    if (indicator.better() != null
        && own.isPresent()
        && own.get().isOk()
        && own.get().value() != null) {
      double mine = own.get().value();
      boolean higher = indicator.better() == Indicator.Better.HIGHER;
      rank = 1 + (int) Arrays.stream(values).filter(v -> higher ? v > mine : v < mine).count();
    }
    return new Scorecard.Peers(layer, rank, values.length, median(values));
  }

  /** The median with linear interpolation, as INDICATORS.md computes percentiles. */
  static Double median(double[] sorted) {
    if (sorted.length == 0) {
      return null;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String governmentLayer(Run run, String organisation, Granularity granularity) {
    String layer = run.governmentLayerOf(organisation);
    if (layer != null) {
      return layer;
    }
    return run.observations().periods(Breakdown.ORGANISATION_, granularity).stream()
        .flatMap(
            p ->
                run
                    .observations()
                    .organisationRow(Indicator.CASES_RECEIVED.id(), granularity, p, organisation)
                    .stream())
        .map(Observation::governmentLayer)
        .findFirst()
        .orElse(null);
  }
}
