package nl.effectmeter.indicator;

import java.util.Locale;

/**
 * Publication status of an indicator value after disclosure control. There is one public status for
 * a suppressed value, whatever the reason: telling the reasons apart would narrow the hidden values
 * (INDICATORS.md, rule 3).
 */
public enum Status {
  OK,
  CONFIDENTIAL,
  NO_DATA;

  /** The status runs published before contract v2 gave values hidden to protect others. */
  private static final String LEGACY_SECONDARY = "confidential_secondary";

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isSuppressed() {
    return this == CONFIDENTIAL;
  }

  /**
   * Reads a published status; a run written before v2 reads its secondary status as confidential.
   */
  public static Status fromLabel(String label) {
    if (LEGACY_SECONDARY.equals(label)) {
      return CONFIDENTIAL;
    }
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
