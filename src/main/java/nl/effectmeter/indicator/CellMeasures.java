package nl.effectmeter.indicator;

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
    Double resolutionMedian) {}
