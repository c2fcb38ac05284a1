package nl.effectmeter.indicator;

import static java.util.Objects.requireNonNull;

/**
 * How an indicator follows from the quantities of its cell: the one place that says which quantity
 * is its numerator, denominator and base. The calculator computes the value from it, disclosure
 * control protects the quantities it names, and the catalogue describes it.
 */
public sealed interface Formula {

  /** The quantity the published numerator shows, or null. */
  Quantity numerator();

  /** The quantity the published denominator shows, or null. */
  Quantity denominator();

  /** The quantity the published base shows, or null (the equity gaps have none). */
  Quantity base();

  /** A count: value, numerator and base are the quantity itself. */
  record Count(Quantity quantity) implements Formula {
    public Count {
      requireNonNull(quantity, "quantity is null");
    }

    @Override
    public Quantity numerator() {
      return quantity;
    }

    @Override
    public Quantity denominator() {
      return null;
    }

    @Override
    public Quantity base() {
      return quantity;
    }
  }

  /** A share x / n with its 95% Wilson score interval; the base is n. */
  record Rate(Quantity numerator, Quantity denominator) implements Formula {
    public Rate {
      requireNonNull(numerator, "numerator is null");
      requireNonNull(denominator, "denominator is null");
    }

    @Override
    public Quantity base() {
      return denominator;
    }
  }

  /**
   * scale × numerator / denominator, without an interval; no data when base or denominator is 0.
   */
  record Ratio(double scale, Quantity numerator, Quantity denominator, Quantity base)
      implements Formula {
    public Ratio {
      requireNonNull(numerator, "numerator is null");
      requireNonNull(denominator, "denominator is null");
      requireNonNull(base, "base is null");
    }
  }

  /** An exact percentile over the cases or complaints the base counts. */
  record Statistic(Percentile percentile, Quantity base) implements Formula {
    public Statistic {
      requireNonNull(percentile, "percentile is null");
      requireNonNull(base, "base is null");
    }

    @Override
    public Quantity numerator() {
      return null;
    }

    @Override
    public Quantity denominator() {
      return null;
    }
  }

  /** A difference between other published cells (the equity gaps), not a function of one cell. */
  record Gap() implements Formula {
    @Override
    public Quantity numerator() {
      return null;
    }

    @Override
    public Quantity denominator() {
      return null;
    }

    @Override
    public Quantity base() {
      return null;
    }
  }

  /** The exact percentiles a cell carries besides its additive quantities. */
  enum Percentile {
    THROUGHPUT_MEDIAN,
    THROUGHPUT_P90,
    RESOLUTION_MEDIAN;

    /** The percentile's value in the cell, or null where its population is empty. */
    public Double of(CellMeasures m) {
      return switch (this) {
        case THROUGHPUT_MEDIAN -> m.throughputMedian();
        case THROUGHPUT_P90 -> m.throughputP90();
        case RESOLUTION_MEDIAN -> m.resolutionMedian();
      };
    }
  }
}
