package nl.effectmeter.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.reference.ReferenceData;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.warehouse.Manifest;

/** One published run, fully in memory: never changes once loaded. */
public record Run(
    Manifest manifest,
    ObservationIndex observations,
    List<Signal> signals,
    ReferenceData reference,
    Map<Dimension, SortedSet<String>> codesSeen,
    FeasibilityRun feasibility,
    Map<String, Revised> organisationRevisions) {

  public Run {
    requireNonNull(manifest, "manifest is null");
    requireNonNull(observations, "observations is null");
    signals = List.copyOf(signals);
    requireNonNull(reference, "reference is null");
    codesSeen = Map.copyOf(codesSeen);
    requireNonNull(feasibility, "feasibility is null");
    organisationRevisions = Map.copyOf(organisationRevisions);
  }

  /** A run without revisions: the first of its warehouse, or one published before they existed. */
  public Run(
      Manifest manifest,
      ObservationIndex observations,
      List<Signal> signals,
      ReferenceData reference,
      Map<Dimension, SortedSet<String>> codesSeen,
      FeasibilityRun feasibility) {
    this(manifest, observations, signals, reference, codesSeen, feasibility, Map.of());
  }

  /** A run without feasibility tables. */
  public Run(
      Manifest manifest,
      ObservationIndex observations,
      List<Signal> signals,
      ReferenceData reference,
      Map<Dimension, SortedSet<String>> codesSeen) {
    this(manifest, observations, signals, reference, codesSeen, FeasibilityRun.NONE);
  }

  public String id() {
    return manifest.runId();
  }

  /** The codes of a dimension that occur in the run's indicators table. */
  public SortedSet<String> codesSeen(Dimension dimension) {
    return codesSeen.get(dimension);
  }

  /** The key of an organisation's value in {@link #organisationRevisions}. */
  public static String revisionKey(
      String indicator, Granularity granularity, String period, String organisation) {
    return indicator + "|" + granularity.label() + "|" + period + "|" + organisation;
  }

  /** How an organisation's value differs from the previous run's, if it does. */
  public Optional<Revised> organisationRevision(
      String indicator, Granularity granularity, String period, String organisation) {
    return Optional.ofNullable(
        organisationRevisions.get(revisionKey(indicator, granularity, period, organisation)));
  }

  /** The government layer of an organisation, from the reference data or else the table. */
  public String governmentLayerOf(String organisation) {
    Organisation known = reference.organisations().get(organisation);
    return known == null ? null : known.governmentLayer();
  }
}
