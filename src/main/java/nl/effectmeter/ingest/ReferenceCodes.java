package nl.effectmeter.ingest;

import java.util.Set;

/** The codes of the validated reference datasets, for foreign-key checks. */
public record ReferenceCodes(
    Set<String> organisations,
    Set<String> regulations,
    Set<String> municipalities,
    Set<String> outcomeTypes) {
  public ReferenceCodes {
    organisations = Set.copyOf(organisations);
    regulations = Set.copyOf(regulations);
    municipalities = Set.copyOf(municipalities);
    outcomeTypes = Set.copyOf(outcomeTypes);
  }
}
