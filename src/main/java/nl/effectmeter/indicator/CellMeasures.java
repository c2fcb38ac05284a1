package nl.effectmeter.indicator;

import java.util.function.ToDoubleFunction;

/**
 * The additive counts and sums of one cell, plus its exact percentiles, from which every non-equity
 * indicator follows. Percentiles are null where their population is empty.
 *
 * @param received cases with requested date in the period
 * @param receivedWithKey of those, cases that have a client_key
 * @param repeats of those, repeat requests
 * @param decided cases with decided date in the period
 * @param timely of those, decided within the legal term
 * @param costCases of those, cases that have a cost
 * @param costSum sum of cost_eur over costCases
 * @param measured decided cases with a measurement in their outcome window
 * @param achieved decided cases with an achieved intended outcome in their window
 * @param achievedWithCost achieved cases among costCases
 * @param valueWithCost societal value of the distinct achieved outcome types, over costCases
 * @param open open cases at the end of the period
 * @param complaints complaints received in the period
 * @param upheld complaints received in the period with upheld = true
 * @param upheldKnown complaints received in the period with upheld not null
 * @param escalated complaints received in the period escalated to the ombudsman
 * @param resolved complaints resolved in the period
 * @param throughputMedian median of days(requested, decided) over decided cases
 * @param throughputP90 90th percentile of the same
 * @param resolutionMedian median of days(received, resolved) over resolved complaints
 */
public record CellMeasures(
    long received,
    long receivedWithKey,
    long repeats,
    long decided,
    long timely,
    long costCases,
    double costSum,
    long measured,
    long achieved,
    long achievedWithCost,
    double valueWithCost,
    long open,
    long complaints,
    long upheld,
    long upheldKnown,
    long escalated,
    long resolved,
    Double throughputMedian,
    Double throughputP90,
    Double resolutionMedian) {

  /**
   * The measures of a cell from the value of each quantity (as the aggregation reads them from the
   * quantities' columns) and its three percentiles.
   */
  public static CellMeasures of(
      ToDoubleFunction<Quantity> value,
      Double throughputMedian,
      Double throughputP90,
      Double resolutionMedian) {
    return new CellMeasures(
        count(value, Quantity.RECEIVED),
        count(value, Quantity.WITH_KEY),
        count(value, Quantity.REPEATS),
        count(value, Quantity.DECIDED),
        count(value, Quantity.TIMELY),
        count(value, Quantity.COST_CASES),
        value.applyAsDouble(Quantity.COST_SUM),
        count(value, Quantity.MEASURED),
        count(value, Quantity.ACHIEVED),
        count(value, Quantity.ACHIEVED_COST),
        value.applyAsDouble(Quantity.VALUE_SUM),
        count(value, Quantity.OPEN),
        count(value, Quantity.COMPLAINTS),
        count(value, Quantity.UPHELD),
        count(value, Quantity.UPHELD_KNOWN),
        count(value, Quantity.ESCALATED),
        count(value, Quantity.RESOLVED),
        throughputMedian,
        throughputP90,
        resolutionMedian);
  }

  private static long count(ToDoubleFunction<Quantity> value, Quantity quantity) {
    return (long) value.applyAsDouble(quantity);
  }
}
