package nl.effectmeter.privacy;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;

/**
 * The months a run publishes, from the first month holding a case's request up to the month of
 * as_of: the time relations a reader can use follow from them (a quarter is the sum of its months
 * only where every month is published, or known to be empty).
 */
public record PublishedMonths(YearMonth first, YearMonth last) {
  public PublishedMonths {
    requireNonNull(first, "first is null");
    requireNonNull(last, "last is null");
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("First month " + first + " is after the last " + last);
    }
  }

  /**
   * Whether every month of the cell's period is published: its values are final for this run's
   * data, and a later run with the same value is taken to hold the same number (contract v3,
   * between runs). A period still running (as of a month inside it) is another number.
   */
  public boolean isComplete(CellKey cell) {
    return !cell.granularity().lastMonth(cell.period()).isAfter(last);
  }

  /** The last published month within a period: where its open cases are counted. */
  public YearMonth lastIn(CellKey cell) {
    YearMonth end = cell.granularity().lastMonth(cell.period());
    return end.isAfter(last) ? last : end;
  }

  /** The period of the given granularity that holds the period's last published month. */
  public String lastPeriodIn(CellKey parent, Granularity finer) {
    return finer.periodOf(lastIn(parent).atDay(1));
  }

  /**
   * Whether a period, split into periods of a finer granularity, has a month before the first
   * published one: then complaints dated in that month count in the period but in none of its
   * published parts. (Months after the last published one hold nothing: a later date is
   * quarantined.)
   */
  public boolean startsBeforeFirst(CellKey parent) {
    return parent.granularity().firstMonth(parent.period()).isBefore(first);
  }
}
