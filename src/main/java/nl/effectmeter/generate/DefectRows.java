package nl.effectmeter.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import nl.effectmeter.reference.CodeLists;

/**
 * Builds the defective rows: each breaks exactly one rule of DATASETS.md. Variants of a kind take
 * turns by occurrence, so a few defects of a kind still cover its usual forms.
 */
final class DefectRows {
  private static final int DAY = LocalClock.SECONDS_PER_DAY;

  private final LocalClock clock;
  private final long asOfEnd;
  private final long cases;
  private final CaseGenerator caseIds;
  private final ComplaintGenerator complaintIds;

  DefectRows(
      LocalClock clock,
      long asOfEnd,
      long cases,
      CaseGenerator caseIds,
      ComplaintGenerator complaintIds) {
    this.clock = clock;
    this.asOfEnd = asOfEnd;
    this.cases = cases;
    this.caseIds = caseIds;
    this.complaintIds = complaintIds;
  }

  String[] brokenService(
      DefectKind kind, GeneratedCase c, String[] row, long occurrence, SplittableRandom random) {
    int variant = (int) (occurrence % 3);
    switch (kind) {
      case SERVICES_TOO_MANY_FIELDS -> {
        String[] longer = Arrays.copyOf(row, row.length + 1);
        longer[row.length] = "extra";
        return longer;
      }
      case SERVICES_TOO_FEW_FIELDS -> {
        return Arrays.copyOf(row, row.length - 1);
      }
      case SERVICES_MISSING_REQUIRED -> row[new int[] {3, 4, 1}[variant]] = null;
      case SERVICES_BAD_TYPE -> {
        if (variant == 0) {
          row[ServiceRow.REQUESTED_AT] = dutchDate(c.requested());
        } else if (variant == 1) {
          row[ServiceRow.COST_EUR] = "12,50";
        } else {
          row[ServiceRow.REQUESTED_AT] = clock.date(c.requested()).substring(0, 4) + "-02-30";
        }
      }
      case SERVICES_BAD_VALUE -> {
        if (variant == 0 && c.isDecided()) {
          row[ServiceRow.DECISION] = "approved";
        } else {
          row[ServiceRow.CHANNEL] = "fax";
        }
      }
      case SERVICES_NEGATIVE_COST ->
          row[ServiceRow.COST_EUR] = "-" + (10 + random.nextInt(200)) + ".00";
      case SERVICES_UNKNOWN_REFERENCE ->
          row[new int[] {3, 2, 1}[variant]] = new String[] {"GM9999", "WAO", "CAK"}[variant];
      case SERVICES_DATE_ORDER -> {
        long day = Math.floorDiv(c.requested(), DAY) - 1 - random.nextInt(20);
        row[ServiceRow.DECIDED_AT] =
            clock.format(day * DAY + 10 * 3600 + random.nextInt(3600), TimestampStyle.LOCAL);
        row[ServiceRow.DECISION] = CodeLists.GRANTED;
      }
      case SERVICES_FUTURE_DATE -> {
        long future = asOfEnd + (1 + random.nextInt(30)) * (long) DAY + 9 * 3600;
        if (variant == 1) {
          row[ServiceRow.DECIDED_AT] = clock.format(future, TimestampStyle.OFFSET);
          row[ServiceRow.DECISION] = CodeLists.GRANTED;
        } else {
          row[ServiceRow.REQUESTED_AT] = clock.format(future, TimestampStyle.LOCAL);
          row[ServiceRow.DECIDED_AT] = null;
          row[ServiceRow.DECISION] = null;
        }
      }
      default -> throw new IllegalArgumentException("Not a services defect: " + kind);
    }
    return row;
  }

  /** A second delivery of a case under the same case_id, requested a day later. */
  String[] redelivered(GeneratedCase c) {
    String[] row = ServiceRow.fields(c, clock);
    row[ServiceRow.REQUESTED_AT] =
        clock.format(Math.min(c.requested() + DAY, asOfEnd - 1), TimestampStyle.LOCAL);
    return row;
  }

  String[] brokenComplaint(
      DefectKind kind, GeneratedCase c, long occurrence, SplittableRandom random) {
    String[] row = complaintOf(c, random);
    int variant = (int) (occurrence % 3);
    switch (kind) {
      case COMPLAINTS_TOO_MANY_FIELDS -> {
        String[] longer = Arrays.copyOf(row, row.length + 1);
        longer[row.length] = "extra";
        return longer;
      }
      case COMPLAINTS_TOO_FEW_FIELDS -> {
        return Arrays.copyOf(row, row.length - 1);
      }
      case COMPLAINTS_MISSING_REQUIRED -> row[new int[] {5, 6, 2}[variant]] = null;
      case COMPLAINTS_BAD_TYPE -> {
        if (variant == 0) {
          row[8] = "ja";
        } else if (variant == 1) {
          row[5] = clock.date(c.requested()).substring(0, 4) + "-13-01T10:00:00";
        } else {
          row[9] = "nee";
        }
      }
      case COMPLAINTS_BAD_VALUE -> row[6] = variant == 0 ? "rudeness" : "klacht";
      case COMPLAINTS_UNKNOWN_REFERENCE -> {
        if (variant == 1) {
          row[1] = null;
          row[2] = "CAK";
        } else {
          row[1] = caseIds.caseId(cases + 1000 + occurrence);
        }
      }
      case COMPLAINTS_DATE_ORDER -> {
        long received = Math.floorDiv(received(c), DAY);
        row[7] =
            clock.format(
                (received - 1 - random.nextInt(10)) * DAY + 12 * 3600, TimestampStyle.LOCAL);
      }
      case COMPLAINTS_FUTURE_DATE -> {
        row[5] =
            clock.format(
                asOfEnd + (1 + random.nextInt(20)) * (long) DAY + 11 * 3600, TimestampStyle.UTC);
      }
      case COMPLAINTS_ORGANISATION_MISMATCH ->
          row[2] = c.organisationCode().equals("SVB") ? "UWV" : "SVB";
      default -> throw new IllegalArgumentException("Not a complaint defect: " + kind);
    }
    return row;
  }

  /** A plain complaint about the case, received on a day after its request and before as_of. */
  String[] complaintOf(GeneratedCase c, SplittableRandom random) {
    return new String[] {
      complaintIds.nextId(),
      c.caseId(),
      c.organisationCode(),
      null,
      null,
      clock.format(received(c), TimestampStyle.LOCAL),
      "timeliness",
      null,
      null,
      "false"
    };
  }

  String[] duplicateComplaint(String[] original) {
    String[] copy = original.clone();
    copy[6] = "other";
    return copy;
  }

  String[] brokenOutcome(
      DefectKind kind, GeneratedCase c, long occurrence, SplittableRandom random) {
    String[] row = outcomeOf(c, random);
    int variant = (int) (occurrence % 2);
    switch (kind) {
      case OUTCOMES_TOO_MANY_FIELDS -> {
        String[] longer = Arrays.copyOf(row, row.length + 1);
        longer[row.length] = "extra";
        return longer;
      }
      case OUTCOMES_TOO_FEW_FIELDS -> {
        return Arrays.copyOf(row, row.length - 1);
      }
      case OUTCOMES_MISSING_REQUIRED -> row[variant == 0 ? 3 : 1] = null;
      case OUTCOMES_BAD_TYPE -> {
        if (variant == 0) {
          row[3] = "ja";
        } else {
          row[2] = dutchDate(c.decided());
        }
      }
      case OUTCOMES_UNKNOWN_REFERENCE -> {
        if (variant == 0) {
          row[1] = "happiness";
        } else {
          row[0] = caseIds.caseId(cases + 2000 + occurrence);
        }
      }
      case OUTCOMES_DATE_ORDER -> {
        long decided = Math.floorDiv(c.decided(), DAY);
        row[2] =
            clock.format(
                (decided - 1 - random.nextInt(10)) * DAY + 12 * 3600, TimestampStyle.LOCAL);
      }
      case OUTCOMES_FUTURE_DATE -> {
        row[2] =
            clock.format(
                asOfEnd + (1 + random.nextInt(30)) * (long) DAY + 8 * 3600, TimestampStyle.LOCAL);
      }
      default -> throw new IllegalArgumentException("Not an outcome defect: " + kind);
    }
    return row;
  }

  /**
   * A plain measurement of the case's first outcome type, on a day from its request (or decision)
   * up to as_of.
   */
  String[] outcomeOf(GeneratedCase c, SplittableRandom random) {
    long from = Math.max(c.requested(), c.isDecided() ? c.decided() : 0);
    long day = Math.floorDiv(from, DAY) + random.nextInt(30);
    long measured = Math.min(day * DAY + 14 * 3600, asOfEnd - 3600);
    if (measured < from) {
      measured = from;
    }
    return new String[] {
      c.caseId(),
      c.regulation().outcomeTypes().get(0),
      clock.format(measured, TimestampStyle.LOCAL),
      random.nextBoolean() ? "true" : "false"
    };
  }

  private long received(GeneratedCase c) {
    long day = Math.floorDiv(c.requested(), DAY) + 1 + (c.index() % 20);
    return Math.min(day * DAY + 13 * 3600, asOfEnd - 3600);
  }

  private String dutchDate(long moment) {
    String iso = clock.date(moment);
    return iso.substring(8, 10) + "-" + iso.substring(5, 7) + "-" + iso.substring(0, 4);
  }
}
