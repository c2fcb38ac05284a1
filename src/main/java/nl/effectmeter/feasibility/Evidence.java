package nl.effectmeter.feasibility;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import nl.effectmeter.indicator.Indicator;

/**
 * One row of feasibility_evidence: a raised signal with the data signals that preceded it, the
 * evidence indicators in its month and, once answered, the rates before and after the response.
 *
 * @param dataSignalsBefore rows of the run's signals table for the same organisation and regulation
 *     in the 12 months up to and including the month raised
 * @param firstDataSignal the earliest of those months, or null
 * @param leadMonths whole months from firstDataSignal to the month raised, or null
 * @param inMonth the evidence indicators ({@link
 *     nl.effectmeter.warehouse.FeasibilityColumns#EVIDENCE_INDICATORS}) in the month raised
 * @param changes before and after the response, for the rates ({@link
 *     nl.effectmeter.warehouse.FeasibilityColumns#CHANGE_RATES}); empty when unanswered
 */
public record Evidence(
    FeasibilitySignal signal,
    int dataSignalsBefore,
    YearMonth firstDataSignal,
    Integer leadMonths,
    List<MonthValue> inMonth,
    List<BeforeAfter> changes) {

  public Evidence {
    requireNonNull(signal, "signal is null");
    inMonth = List.copyOf(inMonth);
    changes = List.copyOf(changes);
  }

  /**
   * An evidence indicator in one month: its published value (null unless {@code ok}) and status
   * (null when the run has no such cell).
   */
  public record MonthValue(Indicator indicator, Double value, String status) {}

  /** A rate over the 3 months before the signal and the 3 after the response, and the change. */
  public record BeforeAfter(
      Indicator indicator, WindowRate before, WindowRate after, String change) {}
}
