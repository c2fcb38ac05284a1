package nl.effectmeter.privacy;

import nl.effectmeter.indicator.IndicatorRow;

/**
 * The threshold rule: a value whose base is 1 to k−1 cases is confidential (a base of 0 is no data,
 * not a small group).
 */
public record MinimumBase(int minBase) implements PrimaryRule {
  public MinimumBase {
    if (minBase < 1) {
      throw new IllegalArgumentException("Minimum base must be at least 1: " + minBase);
    }
  }

  @Override
  public String name() {
    return "minimum base " + minBase;
  }

  @Override
  public boolean hits(IndicatorRow row) {
    return row.base() != null && row.base() >= 1 && row.base() < minBase;
  }
}
