package nl.effectmeter.feasibility;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.warehouse.FeasibilityColumns;

/** Builds feasibility_evidence from a run's published cells and signals (FEASIBILITY.md). */
public final class EvidenceBuilder {
  /** How far back data signals count towards a raised signal, the month raised included. */
  static final int LOOK_BACK_MONTHS = 12;

  /** Months pooled before the signal and after the response. */
  static final int WINDOW_MONTHS = 3;

  private final PublishedCells cells;
  private final List<Signal> dataSignals;
  private final YearMonth asOfMonth;

  public EvidenceBuilder(PublishedCells cells, List<Signal> dataSignals, YearMonth asOfMonth) {
    this.cells = cells;
    this.dataSignals = List.copyOf(dataSignals);
    this.asOfMonth = asOfMonth;
  }

  public List<Evidence> build(List<FeasibilitySignal> signals) {
    return signals.stream().map(this::evidence).toList();
  }

  Evidence evidence(FeasibilitySignal signal) {
    YearMonth raised = signal.raisedMonth();
    YearMonth first = raised.minusMonths(LOOK_BACK_MONTHS - 1);
    List<YearMonth> before =
        dataSignals.stream()
            .filter(s -> s.organisation().equals(signal.organisation()))
            .filter(s -> s.regulation().equals(signal.regulation()))
            .map(s -> YearMonth.parse(s.period()))
            .filter(m -> !m.isBefore(first) && !m.isAfter(raised))
            .toList();
    YearMonth firstSignal = before.stream().min(YearMonth::compareTo).orElse(null);
    Integer lead =
        firstSignal == null ? null : (int) ChronoUnit.MONTHS.between(firstSignal, raised);
    List<Evidence.MonthValue> inMonth = new ArrayList<>();
    for (Indicator indicator : FeasibilityColumns.EVIDENCE_INDICATORS) {
      Optional<IndicatorRow> row = cell(signal, raised, indicator);
      inMonth.add(
          new Evidence.MonthValue(
              indicator,
              row.filter(r -> r.status() == Status.OK).map(IndicatorRow::value).orElse(null),
              row.map(r -> r.status().label()).orElse(null)));
    }
    List<Evidence.BeforeAfter> changes = new ArrayList<>();
    if (signal.respondedMonth() != null) {
      for (Indicator indicator : FeasibilityColumns.CHANGE_RATES) {
        WindowRate pre = window(signal, raised.minusMonths(WINDOW_MONTHS), indicator);
        WindowRate post = after(signal, indicator);
        changes.add(
            new Evidence.BeforeAfter(indicator, pre, post, Newcombe.change(indicator, post, pre)));
      }
    }
    return new Evidence(signal, before.size(), firstSignal, lead, inMonth, changes);
  }

  /** The rate over R+1 … R+3, or {@code too_early} when R+3 lies after the month of as_of. */
  private WindowRate after(FeasibilitySignal signal, Indicator indicator) {
    YearMonth start = signal.respondedMonth().plusMonths(1);
    if (start.plusMonths(WINDOW_MONTHS - 1).isAfter(asOfMonth)) {
      return WindowRate.missing(WindowRate.TOO_EARLY);
    }
    return window(signal, start, indicator);
  }

  private WindowRate window(FeasibilitySignal signal, YearMonth start, Indicator indicator) {
    List<Optional<IndicatorRow>> months = new ArrayList<>();
    for (int i = 0; i < WINDOW_MONTHS; i++) {
      months.add(cell(signal, start.plusMonths(i), indicator));
    }
    return PublishedCells.pooledRate(months);
  }

  private Optional<IndicatorRow> cell(
      FeasibilitySignal signal, YearMonth month, Indicator indicator) {
    return cells.organisationMonth(signal.organisation(), signal.regulation(), month, indicator);
  }
}
