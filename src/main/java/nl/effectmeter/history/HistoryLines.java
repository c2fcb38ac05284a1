package nl.effectmeter.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.RevisionColumns;

/**
 * What a run found against its predecessor, in the lines of the run summary: the revisions by kind,
 * by period and by indicator, and the input checks that fired, each in its sentence.
 */
public final class HistoryLines {
  private HistoryLines() {}

  /** The lines; {@code previousRun} null when the warehouse had no published run. */
  public static List<String> of(
      String previousRun, List<Revision> revisions, List<Manifest.InputCheck> checks) {
    List<String> lines = new ArrayList<>();
    if (previousRun == null) {
      lines.add("Revisions: none (no earlier run published in this warehouse)");
    } else {
      lines.add(
          "Revisions against " + previousRun + ": " + kinds(Revisions.countsByKind(revisions)));
      Revisions.countsByPeriod(revisions)
          .forEach(
              (period, kinds) ->
                  lines.add(String.format(Locale.ROOT, "  %-30s %s", period, kinds(kinds))));
      Revisions.countsByIndicator(revisions)
          .forEach(
              (indicator, kinds) ->
                  lines.add(String.format(Locale.ROOT, "  %-30s %s", indicator, kinds(kinds))));
    }
    if (checks.isEmpty()) {
      lines.add("Input checks: none fired");
    } else {
      lines.add("Input checks:");
      checks.forEach(c -> lines.add("  " + c.severity() + "  " + c.message()));
    }
    return lines;
  }

  private static String kinds(Map<String, Long> counts) {
    List<String> parts = new ArrayList<>();
    for (String kind : RevisionColumns.KINDS) {
      parts.add(
          String.format(
              Locale.ROOT, "%s %,d", kind.replace('_', ' '), counts.getOrDefault(kind, 0L)));
    }
    return String.join(", ", parts);
  }
}
