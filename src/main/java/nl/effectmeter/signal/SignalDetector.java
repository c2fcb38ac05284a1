package nl.effectmeter.signal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.settings.SignalThresholds;

/**
 * Early warnings that executing a regulation is becoming infeasible, read from the published
 * (already disclosure-controlled) monthly {@code organisation,regulation} cells.
 */
public final class SignalDetector {
  private final SignalThresholds thresholds;

  public SignalDetector(SignalThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds is null");
  }

  /** Every signal that fires, ordered by organisation, regulation, period and signal. */
  public List<Signal> detect(List<IndicatorRow> rows) {
    Map<Series, Map<YearMonth, IndicatorRow>> series = new HashMap<>();
    for (IndicatorRow row : rows) {
      if (row.cell().breakdown() == Breakdown.ORGANISATION_REGULATION
          && row.cell().granularity() == Granularity.MONTH) {
        series
            .computeIfAbsent(
                new Series(row.cell().organisation(), row.cell().regulation(), row.indicator()),
                k -> new HashMap<>())
            .put(YearMonth.parse(row.cell().period()), row);
      }
    }
    List<Signal> signals = new ArrayList<>();
    series.keySet().stream()
        .map(s -> new Series(s.organisation(), s.regulation(), Indicator.CASES_RECEIVED))
        .distinct()
        .forEach(
            s -> {
              Lookup lookup = new Lookup(series, s.organisation(), s.regulation());
              for (YearMonth month : lookup.months()) {
                timelinessBreach(lookup, month, signals);
                backlogGrowth(lookup, month, signals);
                complaintSurge(lookup, month, signals);
                outcomeDecline(lookup, month, signals);
              }
            });
    signals.sort(
        Comparator.comparing(Signal::organisation)
            .thenComparing(Signal::regulation)
            .thenComparing(Signal::period)
            .thenComparing(Signal::signal));
    return signals;
  }

  private void timelinessBreach(Lookup lookup, YearMonth month, List<Signal> out) {
    double threshold = thresholds.timelinessThreshold();
    for (int back = 0; back <= 2; back++) {
      IndicatorRow row = lookup.ok(Indicator.TIMELY_DECISION_RATE, month.minusMonths(back));
      if (row == null || !(row.value() < threshold)) {
        return;
      }
    }
    double value = lookup.ok(Indicator.TIMELY_DECISION_RATE, month).value();
    String severity = value < thresholds.timelinessHighBelow() ? Signal.HIGH : Signal.MEDIUM;
    out.add(
        lookup.signal(
            month,
            Signal.TIMELINESS_BREACH,
            severity,
            value,
            threshold,
            String.format(
                Locale.ROOT,
                "Only %.0f%% of decisions were taken within the legal term, below %.0f%% for three"
                    + " months running.",
                100 * value,
                100 * threshold)));
  }

  private void backlogGrowth(Lookup lookup, YearMonth month, List<Signal> out) {
    IndicatorRow now = lookup.ok(Indicator.OPEN_CASES, month);
    IndicatorRow before = lookup.ok(Indicator.OPEN_CASES, month.minusMonths(3));
    if (now == null || before == null || now.value() < thresholds.backlogMinOpen()) {
      return;
    }
    if (now.value() < thresholds.backlogFactor() * before.value()) {
      return;
    }
    String severity =
        now.value() >= thresholds.backlogHighFactor() * before.value()
            ? Signal.HIGH
            : Signal.MEDIUM;
    out.add(
        lookup.signal(
            month,
            Signal.BACKLOG_GROWTH,
            severity,
            now.value(),
            before.value(),
            String.format(
                Locale.ROOT,
                "%.0f cases were open at the end of the month, up from %.0f three months earlier.",
                now.value(),
                before.value())));
  }

  private void complaintSurge(Lookup lookup, YearMonth month, List<Signal> out) {
    IndicatorRow complaints = lookup.ok(Indicator.COMPLAINTS_RECEIVED, month);
    IndicatorRow rate = lookup.ok(Indicator.COMPLAINTS_PER_1000_DECISIONS, month);
    if (complaints == null
        || rate == null
        || complaints.value() < thresholds.surgeMinComplaints()) {
      return;
    }
    List<Double> history = new ArrayList<>();
    for (IndicatorRow row : lookup.history(Indicator.COMPLAINTS_PER_1000_DECISIONS, month)) {
      history.add(row.value());
    }
    if (history.size() < thresholds.minOkHistory()) {
      return;
    }
    double mean = history.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = history.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double sd = Math.sqrt(squares / (history.size() - 1));
    double reference = mean + thresholds.surgeSdMultiplier() * sd;
    if (rate.value() > reference) {
      out.add(
          lookup.signal(
              month,
              Signal.COMPLAINT_SURGE,
              Signal.HIGH,
              rate.value(),
              reference,
              String.format(
                  Locale.ROOT,
                  "Complaints rose to %.1f per 1000 decisions, far above the usual level of the"
                      + " past year (at most %.1f expected).",
                  rate.value(),
                  reference)));
    }
  }

  private void outcomeDecline(Lookup lookup, YearMonth month, List<Signal> out) {
    IndicatorRow now = lookup.ok(Indicator.OUTCOME_ACHIEVEMENT_RATE, month);
    if (now == null) {
      return;
    }
    List<IndicatorRow> history = lookup.history(Indicator.OUTCOME_ACHIEVEMENT_RATE, month);
    if (history.size() < thresholds.minOkHistory()) {
      return;
    }
    double numerator = history.stream().mapToDouble(IndicatorRow::numerator).sum();
    double denominator = history.stream().mapToDouble(IndicatorRow::denominator).sum();
    double pooled = numerator / denominator;
    if (now.ciHigh() < pooled) {
      out.add(
          lookup.signal(
              month,
              Signal.OUTCOME_DECLINE,
              Signal.MEDIUM,
              now.value(),
              pooled,
              String.format(
                  Locale.ROOT,
                  "Only %.0f%% of measured clients achieved the intended outcome, clearly below"
                      + " the %.0f%% of the past year.",
                  100 * now.value(),
                  100 * pooled)));
    }
  }

  private record Series(String organisation, String regulation, Indicator indicator) {}

  /** The monthly series of one organisation and regulation. */
  private final class Lookup {
    private final Map<Series, Map<YearMonth, IndicatorRow>> series;
    private final String organisation;
    private final String regulation;

    Lookup(
        Map<Series, Map<YearMonth, IndicatorRow>> series, String organisation, String regulation) {
      this.series = series;
      this.organisation = organisation;
      this.regulation = regulation;
    }

    List<YearMonth> months() {
      return series
          .getOrDefault(new Series(organisation, regulation, Indicator.CASES_RECEIVED), Map.of())
          .keySet()
          .stream()
          .sorted()
          .toList();
    }

    /** The row of an indicator in a month when it is published as ok, else null. */
    IndicatorRow ok(Indicator indicator, YearMonth month) {
      IndicatorRow row =
          series.getOrDefault(new Series(organisation, regulation, indicator), Map.of()).get(month);
      return row != null && row.status() == Status.OK ? row : null;
    }

    /** The ok rows of the history months before the given month. */
    List<IndicatorRow> history(Indicator indicator, YearMonth month) {
      List<IndicatorRow> rows = new ArrayList<>();
      for (int back = 1; back <= thresholds.historyMonths(); back++) {
        IndicatorRow row = ok(indicator, month.minusMonths(back));
        if (row != null) {
          rows.add(row);
        }
      }
      return rows;
    }

    Signal signal(
        YearMonth month,
        String name,
        String severity,
        double value,
        double reference,
        String message) {
      return new Signal(
          organisation, regulation, month.toString(), name, severity, value, reference, message);
    }
  }
}
