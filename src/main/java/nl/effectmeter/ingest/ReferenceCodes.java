package nl.effectmeter.ingest;

import java.util.Set;
import nl.effectmeter.reference.ReferenceData;

/** The codes of the validated reference datasets, for foreign-key checks. */
public record ReferenceCodes(
    Set<String> organisations,
    Set<String> regulations,
    Set<String> municipalities,
    Set<String> outcomeTypes) {
  /** The codes of this reference data. */
  public static ReferenceCodes of(ReferenceData data) {
    return new ReferenceCodes(
        data.organisations().keySet(),
        data.regulations().keySet(),
        data.municipalities().keySet(),
        data.outcomeTypes().keySet());
  }

  public ReferenceCodes {
    organisations = Set.copyOf(organisations);
    regulations = Set.copyOf(regulations);
    municipalities = Set.copyOf(municipalities);
    outcomeTypes = Set.copyOf(outcomeTypes);
  }
}
