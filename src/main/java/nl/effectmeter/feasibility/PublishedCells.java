package nl.effectmeter.feasibility;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.indicator.WilsonInterval;

/**
 * The published rows the feasibility tables read, after disclosure control: the monthly {@code
 * organisation,regulation} and {@code regulation} cells and the {@code regulation,municipality}
 * cells. Numbers are taken from {@code ok} rows only; a suppressed row has none to give.
 */
public final class PublishedCells {
  private record Key(
      Breakdown breakdown,
      String period,
      String organisation,
      String regulation,
      String municipality,
      Indicator indicator) {}

  private final Map<Key, IndicatorRow> rows = new HashMap<>();
  private final List<IndicatorRow> municipal = new ArrayList<>();

  public PublishedCells(List<IndicatorRow> published) {
    for (IndicatorRow row : published) {
      Breakdown breakdown = row.cell().breakdown();
      Granularity granularity = row.cell().granularity();
      boolean monthly =
          granularity == Granularity.MONTH
              && (breakdown == Breakdown.ORGANISATION_REGULATION
                  || breakdown == Breakdown.REGULATION_);
      if (monthly) {
        rows.put(
            new Key(
                breakdown,
                row.cell().period(),
                breakdown == Breakdown.REGULATION_ ? null : row.cell().organisation(),
                row.cell().regulation(),
                null,
                row.indicator()),
            row);
      } else if (breakdown == Breakdown.REGULATION_MUNICIPALITY
          && granularity != Granularity.MONTH) {
        municipal.add(row);
      }
    }
  }

  /** The monthly {@code organisation,regulation} row, if the run has that cell. */
  public Optional<IndicatorRow> organisationMonth(
      String organisation, String regulation, YearMonth month, Indicator indicator) {
    return Optional.ofNullable(
        rows.get(
            new Key(
                Breakdown.ORGANISATION_REGULATION,
                month.toString(),
                organisation,
                regulation,
                null,
                indicator)));
  }

  /** The monthly {@code regulation} row, if the run has that cell. */
  public Optional<IndicatorRow> regulationMonth(
      String regulation, YearMonth month, Indicator indicator) {
    return Optional.ofNullable(
        rows.get(
            new Key(Breakdown.REGULATION_, month.toString(), null, regulation, null, indicator)));
  }

  /** The {@code regulation,municipality} rows of quarters and years. */
  public List<IndicatorRow> municipalRows() {
    return municipal;
  }

  /**
   * A rate pooled over months (Σ numerators / Σ denominators, Wilson interval on the sums); {@code
   * not_published} unless every month's row is {@code ok}.
   */
  public static WindowRate pooledRate(List<Optional<IndicatorRow>> months) {
    Optional<double[]> sums = sums(months);
    if (sums.isEmpty() || sums.get()[1] <= 0) {
      return WindowRate.missing(WindowRate.NOT_PUBLISHED);
    }
    long x = Math.round(sums.get()[0]);
    long n = Math.round(sums.get()[1]);
    WilsonInterval interval = WilsonInterval.of(x, n);
    return new WindowRate((double) x / n, interval.low(), interval.high(), null);
  }

  /**
   * Σ numerators and Σ denominators (of a count: Σ values and 0) over months, present only when
   * every month's row is {@code ok}.
   */
  public static Optional<double[]> sums(List<Optional<IndicatorRow>> months) {
    double numerator = 0;
    double denominator = 0;
    for (Optional<IndicatorRow> month : months) {
      if (month.isEmpty() || month.get().status() != Status.OK) {
        return Optional.empty();
      }
      IndicatorRow row = month.get();
      if (row.denominator() == null) {
        numerator += row.value();
      } else {
        numerator += row.numerator();
        denominator += row.denominator();
      }
    }
    return Optional.of(new double[] {numerator, denominator});
  }
}
