package nl.effectmeter.indicator;

import java.util.Locale;

/** Publication status of an indicator value after disclosure control. */
public enum Status {
  OK,
  CONFIDENTIAL,
  CONFIDENTIAL_SECONDARY,
  NO_DATA;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isSuppressed() {
    return this == CONFIDENTIAL || this == CONFIDENTIAL_SECONDARY;
  }

  public static Status fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
