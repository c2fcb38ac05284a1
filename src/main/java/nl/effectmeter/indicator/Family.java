package nl.effectmeter.indicator;

import java.util.Locale;

/** Indicator families, from how much was done to whether it was fair. */
public enum Family {
  VOLUME,
  TIMELINESS,
  EFFICIENCY,
  VOICE,
  EFFECT,
  EQUITY;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
