package nl.effectmeter.indicator;

/** The unit an indicator value is expressed in. */
public enum Unit {
  COUNT("count"),
  SHARE("share"),
  DAYS("days"),
  EUR("eur"),
  PER_1000("per 1000"),
  RATIO("ratio");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
