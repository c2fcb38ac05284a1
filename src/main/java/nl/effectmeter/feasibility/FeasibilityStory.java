package nl.effectmeter.feasibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.effectmeter.reference.CodeLists;

/** The feasibility tables in a few plain lines, for the summary a run prints. */
public final class FeasibilityStory {
  private FeasibilityStory() {}

  public static List<String> lines(FeasibilityTables tables) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%d signals raised, %d assessment outcomes, %d unvoiced distress, %d peer comparisons"
                + " (%d above their peers)",
            tables.evidence().size(),
            tables.assessmentOutcomes().size(),
            tables.unvoicedDistress().size(),
            tables.peerComparison().size(),
            tables.peerComparison().stream().filter(p -> "above".equals(p.position())).count()));
    for (Evidence e : tables.evidence()) {
      if (!CodeLists.NOODSIGNAAL.equals(e.signal().kind())) {
        continue;
      }
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "noodsignaal %s %s/%s raised %s: %d data signals in the 12 months before%s",
                  e.signal().id(),
                  e.signal().organisation(),
                  e.signal().regulation(),
                  e.signal().raisedOn(),
                  e.dataSignalsBefore(),
                  e.leadMonths() == null
                      ? ""
                      : ", the first " + e.leadMonths() + " months before"));
      if (e.signal().response() != null) {
        line.append("; ")
            .append(e.signal().response())
            .append(" on ")
            .append(e.signal().respondedOn());
        for (Evidence.BeforeAfter change : e.changes()) {
          line.append(", ")
              .append(change.indicator().id())
              .append(' ')
              .append(
                  change.change() == null
                      ? change.after().reason() == null
                          ? change.before().reason()
                          : change.after().reason()
                      : change.change());
        }
      }
      lines.add(line.toString());
    }
    for (AssessmentOutcome o : tables.assessmentOutcomes()) {
      boolean worse = "worse".equals(o.comparison());
      boolean dearer =
          o.indicator().equals("cost_per_case")
              && o.comparison() != null
              && Double.parseDouble(o.comparison()) >= 1.2;
      if (worse || dearer) {
        lines.add(
            String.format(
                Locale.ROOT,
                "assessment %s of %s by %s: %s expected %.2f, realised %.2f over %d months: %s",
                o.assessment().id(),
                o.assessment().regulation(),
                o.assessment().assessedBy(),
                o.indicator(),
                o.expected(),
                o.realised(),
                o.monthsObserved(),
                dearer ? o.comparison() + " times the expected cost" : o.comparison()));
      }
    }
    for (UnvoicedDistress d : tables.unvoicedDistress()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "unvoiced distress %s/%s: high signals in %d of the last 6 months (%s to %s: %s)",
              d.organisation(),
              d.regulation(),
              d.monthsWithHighSignals(),
              d.firstMonth(),
              d.lastMonth(),
              d.signals()));
    }
    return lines;
  }
}
