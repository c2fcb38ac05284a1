package nl.effectmeter.generate;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What a generation wrote: the data rows per fact file and the defective rows per defect kind (a
 * duplicated key counts each copy, as each is quarantined).
 */
public record GenerationSummary(
    long serviceRows,
    long complaintRows,
    long outcomeRows,
    Map<DefectKind, Long> defects,
    Map<String, Long> feasibilityDefects) {
  public GenerationSummary {
    defects = Map.copyOf(requireNonNull(defects, "defects is null"));
    feasibilityDefects =
        new java.util.TreeMap<>(requireNonNull(feasibilityDefects, "feasibilityDefects is null"));
  }

  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append("services.csv   ").append(serviceRows).append(" rows\n");
    text.append("complaints.csv ").append(complaintRows).append(" rows\n");
    text.append("outcomes.csv   ").append(outcomeRows).append(" rows\n");
    for (DefectKind kind : DefectKind.values()) {
      Long count = defects.get(kind);
      if (count != null) {
        text.append("defect ")
            .append(kind.name().toLowerCase(java.util.Locale.ROOT))
            .append(" (")
            .append(kind.reason())
            .append("): ")
            .append(count)
            .append('\n');
      }
    }
    feasibilityDefects.forEach(
        (reason, count) ->
            text.append("feasibility defect (")
                .append(reason)
                .append("): ")
                .append(count)
                .append('\n'));
    return text.toString();
  }
}
