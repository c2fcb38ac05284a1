package nl.effectmeter.feasibility;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;

/** Compares each assessment's expectations with the published cells since it took effect. */
public final class AssessmentOutcomes {
  /** At most this many months from the month of effective_from on are observed. */
  static final int MAX_MONTHS = 12;

  private final PublishedCells cells;
  private final YearMonth asOfMonth;

  public AssessmentOutcomes(PublishedCells cells, YearMonth asOfMonth) {
    this.cells = cells;
    this.asOfMonth = asOfMonth;
  }

  public List<AssessmentOutcome> build(List<Assessment> assessments) {
    List<AssessmentOutcome> rows = new ArrayList<>();
    for (Assessment assessment : assessments) {
      rows.addAll(outcomes(assessment));
    }
    return rows;
  }

  List<AssessmentOutcome> outcomes(Assessment assessment) {
    YearMonth start = YearMonth.from(assessment.effectiveFrom());
    YearMonth end = start.plusMonths(MAX_MONTHS - 1);
    if (end.isAfter(asOfMonth)) {
      end = asOfMonth;
    }
    int months = (int) Math.max(0, ChronoUnit.MONTHS.between(start, end) + 1);
    List<AssessmentOutcome> rows = new ArrayList<>();
    if (assessment.expectedCasesPerMonth() != null) {
      rows.add(cases(assessment, start, months));
    }
    if (assessment.expectedTimelyDecisionRate() != null) {
      rows.add(
          rate(
              assessment,
              Indicator.TIMELY_DECISION_RATE,
              assessment.expectedTimelyDecisionRate(),
              start,
              months));
    }
    if (assessment.expectedCostPerCase() != null) {
      rows.add(cost(assessment, start, months));
    }
    if (assessment.expectedOutcomeAchievementRate() != null) {
      rows.add(
          rate(
              assessment,
              Indicator.OUTCOME_ACHIEVEMENT_RATE,
              assessment.expectedOutcomeAchievementRate(),
              start,
              months));
    }
    return rows;
  }

  private AssessmentOutcome rate(
      Assessment assessment, Indicator indicator, double expected, YearMonth start, int months) {
    if (months == 0) {
      return missing(assessment, indicator, expected, months, WindowRate.TOO_EARLY);
    }
    WindowRate rate = PublishedCells.pooledRate(window(assessment, indicator, start, months));
    if (!rate.exists()) {
      return missing(assessment, indicator, expected, months, rate.reason());
    }
    String comparison;
    if (expected >= rate.ciLow() && expected <= rate.ciHigh()) {
      comparison = "as_expected";
    } else {
      boolean above = rate.ciLow() > expected;
      boolean higherIsBetter = indicator.better() == Indicator.Better.HIGHER;
      comparison = above == higherIsBetter ? "better" : "worse";
    }
    return new AssessmentOutcome(
        assessment,
        indicator.id(),
        expected,
        months,
        rate.value(),
        rate.ciLow(),
        rate.ciHigh(),
        AssessmentOutcome.OK,
        comparison);
  }

  /** Cases received per month, with the exact Poisson interval of the total, per month. */
  private AssessmentOutcome cases(Assessment assessment, YearMonth start, int months) {
    Indicator indicator = Indicator.CASES_RECEIVED;
    double expected = assessment.expectedCasesPerMonth();
    if (months == 0) {
      return missing(assessment, indicator, expected, months, WindowRate.TOO_EARLY);
    }
    Optional<double[]> sums = PublishedCells.sums(window(assessment, indicator, start, months));
    if (sums.isEmpty()) {
      return missing(assessment, indicator, expected, months, WindowRate.NOT_PUBLISHED);
    }
    long total = Math.round(sums.get()[0]);
    PoissonInterval interval = PoissonInterval.of(total);
    double low = interval.low() / months;
    double high = interval.high() / months;
    String comparison = expected < low ? "higher" : expected > high ? "lower" : "as_expected";
    return new AssessmentOutcome(
        assessment,
        indicator.id(),
        expected,
        months,
        (double) total / months,
        low,
        high,
        AssessmentOutcome.OK,
        comparison);
  }

  /** Σ cost / Σ cases with a cost, no interval; the comparison is realised ÷ expected. */
  private AssessmentOutcome cost(Assessment assessment, YearMonth start, int months) {
    Indicator indicator = Indicator.COST_PER_CASE;
    double expected = assessment.expectedCostPerCase();
    if (months == 0) {
      return missing(assessment, indicator, expected, months, WindowRate.TOO_EARLY);
    }
    Optional<double[]> sums = PublishedCells.sums(window(assessment, indicator, start, months));
    if (sums.isEmpty() || sums.get()[1] <= 0) {
      return missing(assessment, indicator, expected, months, WindowRate.NOT_PUBLISHED);
    }
    double realised = sums.get()[0] / sums.get()[1];
    String ratio = expected > 0 ? String.format(Locale.ROOT, "%.2f", realised / expected) : null;
    return new AssessmentOutcome(
        assessment,
        indicator.id(),
        expected,
        months,
        realised,
        null,
        null,
        AssessmentOutcome.OK,
        ratio);
  }

  private List<Optional<IndicatorRow>> window(
      Assessment assessment, Indicator indicator, YearMonth start, int months) {
    List<Optional<IndicatorRow>> rows = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      YearMonth month = start.plusMonths(i);
      rows.add(
          assessment.organisation() != null
              ? cells.organisationMonth(
                  assessment.organisation(), assessment.regulation(), month, indicator)
              : cells.regulationMonth(assessment.regulation(), month, indicator));
    }
    return rows;
  }

  private static AssessmentOutcome missing(
      Assessment assessment, Indicator indicator, double expected, int months, String reason) {
    return new AssessmentOutcome(
        assessment, indicator.id(), expected, months, null, null, null, reason, null);
  }
}
