package nl.effectmeter.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.effectmeter.dataset.InputDataset;

/**
 * Which cases carry which defect. Services defects break the case's own row; complaint and outcome
 * defects are triggered at a case and injected at the first suitable case from there on. Each kind
 * occurs about {@value #SHARE} times the expected rows of its dataset, and at least once.
 */
final class DefectPlan {
  static final double SHARE = 0.0008;
  private static final double COMPLAINTS_PER_CASE = 0.06;
  private static final double OUTCOMES_PER_CASE = 0.9;

  private final Map<Long, DefectKind> caseDefects;
  private final Map<Long, List<DefectKind>> triggers;
  private final long quotedComma;
  private final long quotedNewline;

  private DefectPlan(
      Map<Long, DefectKind> caseDefects,
      Map<Long, List<DefectKind>> triggers,
      long quotedComma,
      long quotedNewline) {
    this.caseDefects = caseDefects;
    this.triggers = triggers;
    this.quotedComma = quotedComma;
    this.quotedNewline = quotedNewline;
  }

  static DefectPlan none() {
    return new DefectPlan(Map.of(), Map.of(), -1, -1);
  }

  static DefectPlan of(long cases, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x0DEFEC7L);
    long quotedComma = cases / 2;
    long quotedNewline = cases > 1 ? cases / 2 + 1 : -1;
    Map<Long, DefectKind> caseDefects = new HashMap<>();
    Map<Long, List<DefectKind>> triggers = new HashMap<>();
    long free = cases - 2;
    for (DefectKind kind : DefectKind.values()) {
      if (kind.isCascade()) {
        continue;
      }
      long count = count(cases, kind.dataset());
      for (long i = 0; i < count; i++) {
        if (kind.dataset() == InputDataset.SERVICES) {
          if (caseDefects.size() >= free) {
            break;
          }
          long index;
          do {
            index = random.nextLong(cases);
          } while (caseDefects.containsKey(index)
              || index == quotedComma
              || index == quotedNewline);
          caseDefects.put(index, kind);
        } else {
          triggers.computeIfAbsent(random.nextLong(cases), k -> new ArrayList<>(1)).add(kind);
        }
      }
    }
    return new DefectPlan(caseDefects, triggers, quotedComma, quotedNewline);
  }

  private static long count(long cases, InputDataset dataset) {
    double rows =
        switch (dataset) {
          case COMPLAINTS -> cases * COMPLAINTS_PER_CASE;
          case OUTCOMES -> cases * OUTCOMES_PER_CASE;
          default -> cases;
        };
    return Math.max(1, Math.round(rows * SHARE));
  }

  /** The defect of case {@code index}'s own row, or null. */
  DefectKind caseDefect(long index) {
    return caseDefects.get(index);
  }

  List<DefectKind> triggersAt(long index) {
    return triggers.getOrDefault(index, List.of());
  }

  /** True for the valid case whose client_key holds a comma, so it is quoted. */
  boolean quotesCommaAt(long index) {
    return index == quotedComma;
  }

  /** True for the valid case whose client_key holds a line break, so it is quoted. */
  boolean quotesNewlineAt(long index) {
    return index == quotedNewline;
  }
}
