package nl.effectmeter.job;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.effectmeter.indicator.CellKey;

/**
 * The published periods: from the first month holding a case's requested date up to the month of
 * as_of. A quarter or year is published when it overlaps that range.
 */
public record PeriodRange(YearMonth first, YearMonth last) {
  public PeriodRange(LocalDate firstMonth, LocalDate asOf) {
    this(YearMonth.from(firstMonth), YearMonth.from(asOf));
  }

  public boolean publishes(CellKey cell) {
    YearMonth start = cell.granularity().firstMonth(cell.period());
    YearMonth end = cell.granularity().lastMonth(cell.period());
    return !end.isBefore(first) && !start.isAfter(last);
  }
}
