package nl.effectmeter.feasibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.reference.ReferenceData;
import nl.effectmeter.reference.Signal;

/**
 * The four feasibility tables of a run, computed from its published rows and signals only (after
 * disclosure control), so they can never show more than those do.
 */
public record FeasibilityTables(
    List<Evidence> evidence,
    List<UnvoicedDistress> unvoicedDistress,
    List<AssessmentOutcome> assessmentOutcomes,
    List<PeerComparison> peerComparison) {

  public FeasibilityTables {
    evidence = List.copyOf(evidence);
    unvoicedDistress = List.copyOf(unvoicedDistress);
    assessmentOutcomes = List.copyOf(assessmentOutcomes);
    peerComparison = List.copyOf(peerComparison);
  }

  public static FeasibilityTables build(
      List<IndicatorRow> published,
      List<Signal> dataSignals,
      ReferenceData reference,
      List<FeasibilitySignal> raised,
      List<Assessment> assessments,
      LocalDate asOf) {
    PublishedCells cells = new PublishedCells(published);
    YearMonth asOfMonth = YearMonth.from(asOf);
    return new FeasibilityTables(
        new EvidenceBuilder(cells, dataSignals, asOfMonth).build(raised),
        UnvoicedDistressFinder.find(dataSignals, raised, asOfMonth),
        new AssessmentOutcomes(cells, asOfMonth).build(assessments),
        PeerGroups.compare(cells.municipalRows(), reference.municipalities()));
  }
}
