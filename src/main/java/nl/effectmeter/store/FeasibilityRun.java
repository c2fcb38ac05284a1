package nl.effectmeter.store;

import java.util.List;
import java.util.Map;
import nl.effectmeter.warehouse.FeasibilityColumns;

/**
 * A run's four feasibility tables as published: each row column name to value, in column order. A
 * run published before they existed has none.
 */
public record FeasibilityRun(Map<String, List<Map<String, Object>>> tables) {
  public static final FeasibilityRun NONE = new FeasibilityRun(Map.of());

  public FeasibilityRun {
    tables = Map.copyOf(tables);
  }

  public List<Map<String, Object>> evidence() {
    return table(FeasibilityColumns.EVIDENCE);
  }

  public List<Map<String, Object>> unvoicedDistress() {
    return table(FeasibilityColumns.UNVOICED_DISTRESS);
  }

  public List<Map<String, Object>> assessmentOutcomes() {
    return table(FeasibilityColumns.ASSESSMENT_OUTCOMES);
  }

  public List<Map<String, Object>> peerComparison() {
    return table(FeasibilityColumns.PEER_COMPARISON);
  }

  private List<Map<String, Object>> table(String name) {
    return tables.getOrDefault(name, List.of());
  }
}
