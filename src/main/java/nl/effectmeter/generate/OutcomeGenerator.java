package nl.effectmeter.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.reference.Municipality;

/**
 * Generates the outcome measurements of a decided case. Achievement depends on the regulation, the
 * decision, the client's age band and, stably, on the municipality, so municipal breakdowns show
 * clear differences.
 */
final class OutcomeGenerator {
  private static final double MEASURED_SHARE = 0.72;
  private static final double SECOND_MEASUREMENT_SHARE = 0.30;

  /** Measurements reach this far past the outcome window, so some fall outside it. */
  private static final double REACH = 1.35;

  private final LocalClock clock;
  private final long asOfEnd;

  OutcomeGenerator(LocalClock clock, long asOfEnd) {
    this.clock = clock;
    this.asOfEnd = asOfEnd;
  }

  List<String[]> outcomes(GeneratedCase c, SplittableRandom random) {
    if (!c.isDecided() || random.nextDouble() >= MEASURED_SHARE) {
      return List.of();
    }
    int count = random.nextDouble() < SECOND_MEASUREMENT_SHARE ? 2 : 1;
    List<String[]> rows = new ArrayList<>(count);
    List<String> types = c.regulation().outcomeTypes();
    for (int i = 0; i < count; i++) {
      String type = types.size() == 1 || random.nextDouble() < 0.75 ? types.get(0) : types.get(1);
      long day =
          Math.floorDiv(c.decided(), LocalClock.SECONDS_PER_DAY)
              + (long) (random.nextDouble() * c.regulation().outcomeWindowDays() * REACH);
      int secondOfDay = 6 * 3600 + random.nextInt(17 * 3600);
      boolean achieved = random.nextDouble() < achieveChance(c, type);
      TimestampStyle style = CaseGenerator.style(random);
      if (day * LocalClock.SECONDS_PER_DAY < asOfEnd) {
        long measured = clock.avoidTransition(day * LocalClock.SECONDS_PER_DAY + secondOfDay);
        rows.add(
            new String[] {
              c.caseId(), type, clock.format(measured, style), achieved ? "true" : "false"
            });
      }
    }
    return rows;
  }

  static double achieveChance(GeneratedCase c, String type) {
    if (type.equals("repayment_claim")) {
      return 0.18;
    }
    double chance =
        c.regulation().achieveRate()
            + municipalEffect(c.municipality())
            + segmentEffect(c.clientSegment());
    if (CodeLists.REJECTED.equals(c.decision())) {
      chance *= 0.5;
    } else if (CodeLists.WITHDRAWN.equals(c.decision())) {
      chance *= 0.6;
    }
    return Math.max(0.02, Math.min(0.98, chance));
  }

  /** A stable effect from -0.16 to +0.16 per municipality, fixed by its CBS code. */
  static double municipalEffect(Municipality municipality) {
    int number = Integer.parseInt(municipality.code().substring(2));
    return ((number * 7) % 9 - 4) * 0.04;
  }

  private static double segmentEffect(String segment) {
    if (segment == null) {
      return 0;
    }
    return switch (segment) {
      case "18-26" -> 0.05;
      case "27-44" -> 0.03;
      case "45-66" -> -0.08;
      default -> 0;
    };
  }
}
