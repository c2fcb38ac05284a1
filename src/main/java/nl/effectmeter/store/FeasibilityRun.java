package nl.effectmeter.store;

import java.util.List;
import nl.effectmeter.warehouse.AssessmentOutcomeRow;
import nl.effectmeter.warehouse.EvidenceRow;
import nl.effectmeter.warehouse.PeerComparisonRow;
import nl.effectmeter.warehouse.UnvoicedDistressRow;

/**
 * A run's four feasibility tables as published, each row as its record. A run published before they
 * existed has none.
 */
public record FeasibilityRun(
    List<EvidenceRow> evidence,
    List<UnvoicedDistressRow> unvoicedDistress,
    List<AssessmentOutcomeRow> assessmentOutcomes,
    List<PeerComparisonRow> peerComparison) {
  public static final FeasibilityRun NONE =
      new FeasibilityRun(List.of(), List.of(), List.of(), List.of());

  public FeasibilityRun {
    evidence = List.copyOf(evidence);
    unvoicedDistress = List.copyOf(unvoicedDistress);
    assessmentOutcomes = List.copyOf(assessmentOutcomes);
    peerComparison = List.copyOf(peerComparison);
  }
}
