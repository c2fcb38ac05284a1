package nl.effectmeter.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes each case with its complaints and outcomes, breaking the rows the {@link DefectPlan} asks
 * for. Every injected defect breaks exactly one rule, so its quarantine reason is unambiguous.
 */
final class DefectInjector {
  private final DefectPlan plan;
  private final DefectRows rows;
  private final SplittableRandom random;
  private final Map<DefectKind, Long> counts = new EnumMap<>(DefectKind.class);
  private final List<DefectKind> pending = new ArrayList<>();
  private GeneratedCase lastDecided;
  private GeneratedCase lastOpen;

  DefectInjector(DefectPlan plan, DefectRows rows, long seed) {
    this.plan = plan;
    this.rows = rows;
    this.random = new SplittableRandom(seed ^ 0x1DEFEC7L);
  }

  void write(
      GeneratedCase c,
      String[] service,
      List<String[]> complaints,
      List<String[]> outcomes,
      FactWriters out) {
    DefectKind defect = plan.caseDefect(c.index());
    if (defect != null) {
      breakCase(defect, c, service, out);
      return;
    }
    if (plan.quotesCommaAt(c.index())) {
      service[ServiceRow.CLIENT_KEY] = "K" + c.index() + ",1";
    } else if (plan.quotesNewlineAt(c.index())) {
      service[ServiceRow.CLIENT_KEY] = "K" + c.index() + "\n2";
    }
    out.services.write(service);
    complaints.forEach(out.complaints::write);
    outcomes.forEach(out.outcomes::write);
    pending.addAll(plan.triggersAt(c.index()));
    if (!pending.isEmpty()) {
      injectPending(c, complaints, out);
    }
    if (c.isDecided()) {
      lastDecided = c;
    } else {
      lastOpen = c;
    }
  }

  /** Injects what is still pending into the last suitable cases, so no planned kind is lost. */
  void finish(FactWriters out) {
    for (GeneratedCase c : Arrays.asList(lastDecided, lastOpen)) {
      if (c != null && !pending.isEmpty()) {
        injectPending(c, List.of(), out);
      }
    }
  }

  Map<DefectKind, Long> counts() {
    return counts;
  }

  private void breakCase(DefectKind defect, GeneratedCase c, String[] service, FactWriters out) {
    long occurrence = counts.getOrDefault(defect, 0L);
    count(defect);
    if (defect == DefectKind.SERVICES_DUPLICATE_KEY) {
      out.services.write(service);
      out.services.write(rows.redelivered(c));
      count(defect);
      return;
    }
    out.services.write(rows.brokenService(defect, c, service, occurrence, random));
    if (defect == DefectKind.SERVICES_DATE_ORDER && occurrence % 4 == 0) {
      out.complaints.write(rows.complaintOf(c, random));
      count(DefectKind.COMPLAINTS_REFERENCES_QUARANTINED_CASE);
      out.outcomes.write(rows.outcomeOf(c, random));
      count(DefectKind.OUTCOMES_REFERENCES_QUARANTINED_CASE);
    }
  }

  private void injectPending(GeneratedCase c, List<String[]> complaints, FactWriters out) {
    for (Iterator<DefectKind> it = pending.iterator(); it.hasNext(); ) {
      DefectKind kind = it.next();
      long occurrence = counts.getOrDefault(kind, 0L);
      if (kind == DefectKind.COMPLAINTS_DUPLICATE_KEY) {
        if (complaints.isEmpty()) {
          continue;
        }
        out.complaints.write(rows.duplicateComplaint(complaints.get(0)));
        count(kind);
        count(kind);
      } else if (kind.dataset() == nl.effectmeter.dataset.InputDataset.COMPLAINTS) {
        out.complaints.write(rows.brokenComplaint(kind, c, occurrence, random));
        count(kind);
      } else if (kind == DefectKind.OUTCOMES_CASE_NOT_DECIDED) {
        if (c.isDecided()) {
          continue;
        }
        out.outcomes.write(rows.outcomeOf(c, random));
        count(kind);
      } else {
        if (!c.isDecided()) {
          continue;
        }
        out.outcomes.write(rows.brokenOutcome(kind, c, occurrence, random));
        count(kind);
      }
      it.remove();
    }
  }

  private void count(DefectKind kind) {
    counts.merge(kind, 1L, Long::sum);
  }
}
