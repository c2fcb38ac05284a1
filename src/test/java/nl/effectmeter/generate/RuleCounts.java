package nl.effectmeter.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, per fact dataset, the rows that break each rule of DATASETS.md: a deliberately simple
 * check written for the tests, independent of the generator's own bookkeeping.
 */
final class RuleCounts {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Set<String> ORGANISATIONS =
      Set.of(
          "UWV", "SVB", "DUO", "BDT", "GM0363", "GM0599", "GM0518", "GM0344", "GM0772", "GM0014",
          "GM0193", "GM0935", "GM0088", "PV26", "HDSR");

  final Map<String, Integer> services = new TreeMap<>();
  final Map<String, Integer> complaints = new TreeMap<>();
  final Map<String, Integer> outcomes = new TreeMap<>();

  static RuleCounts of(Path location, LocalDate asOf) {
    RuleCounts counts = new RuleCounts();
    Map<String, List<String>> cases = new HashMap<>();
    Set<String> badCases = new HashSet<>();
    Map<String, Integer> caseIds = new HashMap<>();
    List<List<String>> serviceRows = CsvFile.rows(location.resolve("services.csv"));
    serviceRows.forEach(r -> caseIds.merge(r.get(0), 1, Integer::sum));
    for (List<String> r : serviceRows) {
      String reason = serviceRule(r, caseIds, asOf);
      if (reason != null) {
        counts.services.merge(reason, 1, Integer::sum);
        badCases.add(r.get(0));
      } else {
        cases.put(r.get(0), r);
      }
    }
    Map<String, Integer> complaintIds = new HashMap<>();
    List<List<String>> complaintRows = CsvFile.rows(location.resolve("complaints.csv"));
    complaintRows.forEach(r -> complaintIds.merge(r.get(0), 1, Integer::sum));
    for (List<String> r : complaintRows) {
      String reason;
      if (r.size() != 10) {
        reason = "malformed_record";
      } else if (r.get(0) == null || r.get(2) == null || r.get(5) == null || r.get(6) == null) {
        reason = "missing_required";
      } else if (date(r.get(5)) == null
          || (r.get(7) != null && date(r.get(7)) == null)
          || !bool(r.get(8))
          || !bool(r.get(9))) {
        reason = "bad_type";
      } else if (!Set.of(
              "timeliness", "treatment", "decision", "information", "accessibility", "other")
          .contains(r.get(6))) {
        reason = "bad_value";
      } else if (complaintIds.get(r.get(0)) > 1) {
        reason = "duplicate_key";
      } else if (!ORGANISATIONS.contains(r.get(2))
          || (r.get(1) != null && !cases.containsKey(r.get(1)) && !badCases.contains(r.get(1)))) {
        reason = "unknown_reference";
      } else if (r.get(1) != null && badCases.contains(r.get(1))) {
        reason = "references_quarantined_case";
      } else if (r.get(7) != null && date(r.get(7)).isBefore(date(r.get(5)))) {
        reason = "date_order";
      } else if (date(r.get(5)).isAfter(asOf)
          || (r.get(7) != null && date(r.get(7)).isAfter(asOf))) {
        reason = "future_date";
      } else if (r.get(1) != null && !cases.get(r.get(1)).get(1).equals(r.get(2))) {
        reason = "organisation_mismatch";
      } else {
        reason = null;
      }
      if (reason != null) {
        counts.complaints.merge(reason, 1, Integer::sum);
      }
    }
    for (List<String> r : CsvFile.rows(location.resolve("outcomes.csv"))) {
      String reason;
      if (r.size() != 4) {
        reason = "malformed_record";
      } else if (r.contains(null)) {
        reason = "missing_required";
      } else if (date(r.get(2)) == null || !bool(r.get(3))) {
        reason = "bad_type";
      } else if ((!cases.containsKey(r.get(0)) && !badCases.contains(r.get(0)))
          || !Set.of(
                  "employed",
                  "income_secured",
                  "enrolled",
                  "self_sufficient",
                  "repayment_claim",
                  "project_completed",
                  "permit_used")
              .contains(r.get(1))) {
        reason = "unknown_reference";
      } else if (badCases.contains(r.get(0))) {
        reason = "references_quarantined_case";
      } else if (cases.get(r.get(0)).get(5) == null) {
        reason = "case_not_decided";
      } else if (date(r.get(2)).isBefore(date(cases.get(r.get(0)).get(5)))) {
        reason = "date_order";
      } else if (date(r.get(2)).isAfter(asOf)) {
        reason = "future_date";
      } else {
        reason = null;
      }
      if (reason != null) {
        counts.outcomes.merge(reason, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String serviceRule(List<String> r, Map<String, Integer> ids, LocalDate asOf) {
    if (r.size() != 11) {
      return "malformed_record";
    }
    for (int i = 0; i < 5; i++) {
      if (r.get(i) == null) {
        return "missing_required";
      }
    }
    if (date(r.get(4)) == null
        || (r.get(5) != null && date(r.get(5)) == null)
        || (r.get(10) != null && !isNumber(r.get(10)))) {
      return "bad_type";
    }
    if ((r.get(6) != null && !Set.of("granted", "rejected", "withdrawn").contains(r.get(6)))
        || (r.get(7) != null
            && !Set.of("online", "phone", "counter", "mail", "other").contains(r.get(7)))
        || (r.get(10) != null && Double.parseDouble(r.get(10)) < 0)
        || (r.get(5) == null) != (r.get(6) == null)) {
      return "bad_value";
    }
    if (ids.get(r.get(0)) > 1) {
      return "duplicate_key";
    }
    if (!ORGANISATIONS.contains(r.get(1))
        || r.get(2).equals("WAO")
        || !r.get(3).matches("GM\\d{4}")
        || r.get(3).equals("GM9999")) {
      return "unknown_reference";
    }
    if (r.get(5) != null && date(r.get(5)).isBefore(date(r.get(4)))) {
      return "date_order";
    }
    if (date(r.get(4)).isAfter(asOf) || (r.get(5) != null && date(r.get(5)).isAfter(asOf))) {
      return "future_date";
    }
    return null;
  }

  /** The local Amsterdam date of an ISO timestamp or date, or null when it does not parse. */
  static LocalDate date(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      if (text.endsWith("Z") || text.length() > 19) {
        return OffsetDateTime.parse(text).atZoneSameInstant(AMSTERDAM).toLocalDate();
      }
      return LocalDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean bool(String text) {
    return text == null || text.equals("true") || text.equals("false");
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
