package nl.effectmeter.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.effectmeter.reference.CodeLists;

/**
 * Generates the complaints about a case, and now and then a complaint that names no case. Clients
 * who wait past the legal term complain far more often, most of all about the story's regulation.
 */
final class ComplaintGenerator {
  /** The share of each category among complaints about a case that was not rejected. */
  private static final double[] USUAL_CATEGORIES =
      categoryShares(
          Map.of(
              "timeliness", 0.10,
              "treatment", 0.22,
              "decision", 0.18,
              "information", 0.25,
              "accessibility", 0.12,
              "other", 0.13));

  /** The share of each category among complaints about a rejected case. */
  private static final double[] REJECTED_CATEGORIES =
      categoryShares(
          Map.of(
              "timeliness", 0.08,
              "treatment", 0.17,
              "decision", 0.45,
              "information", 0.15,
              "accessibility", 0.07,
              "other", 0.08));

  private final LocalClock clock;
  private final Story story;
  private final long asOfEnd;
  private long issued;

  ComplaintGenerator(LocalClock clock, Story story, long asOfEnd) {
    this.clock = clock;
    this.story = story;
    this.asOfEnd = asOfEnd;
  }

  private static double[] categoryShares(Map<String, Double> weights) {
    return Weighted.ofCodes(
        "CodeLists.COMPLAINT_CATEGORIES", CodeLists.COMPLAINT_CATEGORIES, weights);
  }

  String nextId() {
    String digits = Long.toString(issued++);
    return "K" + "0".repeat(Math.max(0, 8 - digits.length())) + digits;
  }

  List<String[]> complaints(GeneratedCase c, SplittableRandom random) {
    List<String[]> rows = new ArrayList<>(1);
    long waited = c.waitingDays(asOfEnd - 1);
    int term = c.regulation().legalTermDays();
    boolean overdue = waited > term;
    boolean storyCase = story.concerns(c.regulation());
    double chance = overdue ? (storyCase ? 0.55 : 0.12) : 0.045;
    long requestDay = Math.floorDiv(c.requested(), LocalClock.SECONDS_PER_DAY);
    if (random.nextDouble() < chance) {
      long day;
      String category;
      if (overdue && random.nextDouble() < 0.8) {
        day = requestDay + term + 1 + random.nextInt(Math.max(1, (int) (waited - term)));
        category = "timeliness";
      } else {
        day = requestDay + 1 + random.nextInt((int) Math.max(1, waited + 60));
        double[] shares =
            CodeLists.REJECTED.equals(c.decision()) ? REJECTED_CATEGORIES : USUAL_CATEGORIES;
        category = CodeLists.COMPLAINT_CATEGORIES.get(Weighted.pick(shares, random));
      }
      String[] row = complaint(day, category, random);
      if (row != null) {
        row[1] = c.caseId();
        row[2] = c.organisationCode();
        rows.add(row);
      }
    }
    double caseless =
        0.004 + (storyCase ? 0.12 * story.progress(c.regulation(), c.requested()) : 0);
    if (random.nextDouble() < caseless) {
      long day = requestDay + random.nextInt(60);
      String category = storyCase && random.nextDouble() < 0.7 ? "timeliness" : "information";
      String[] row = complaint(day, category, random);
      if (row != null) {
        row[2] = c.organisationCode();
        row[3] = random.nextDouble() < 0.75 ? c.regulation().code() : null;
        row[4] = random.nextDouble() < 0.6 ? c.municipality().code() : null;
        rows.add(row);
      }
    }
    return rows;
  }

  /** A complaint without case and organisation, or null when it would be received after as_of. */
  private String[] complaint(long day, String category, SplittableRandom random) {
    long received = clock.avoidTransition(day * 86_400L + 7 * 3600 + random.nextInt(15 * 3600));
    if (received >= asOfEnd) {
      return null;
    }
    String resolvedText = null;
    String upheld = null;
    if (random.nextDouble() >= 0.12) {
      int days = category.equals("timeliness") ? 2 + random.nextInt(20) : 3 + random.nextInt(55);
      long resolved = clock.avoidTransition(received + days * 86_400L + random.nextInt(7200));
      if (resolved < asOfEnd) {
        resolvedText = clock.format(resolved, CaseGenerator.style(random));
        double upheldShare = category.equals("timeliness") ? 0.6 : 0.25;
        upheld =
            random.nextDouble() < 0.05
                ? null
                : random.nextDouble() < upheldShare ? "true" : "false";
      }
    }
    double u = random.nextDouble();
    String escalated = u < 0.08 ? null : u < 0.11 ? "true" : "false";
    return new String[] {
      nextId(),
      null,
      null,
      null,
      null,
      clock.format(received, CaseGenerator.style(random)),
      category,
      resolvedText,
      upheld,
      escalated
    };
  }
}
