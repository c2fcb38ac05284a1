package nl.effectmeter.api;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code /signals} filter: each list empty for any; {@code from} and {@code to} are
 * months (a quarter or year given reads as its first or last month), null for open.
 */
record SignalQuery(
    List<String> organisations,
    List<String> regulations,
    List<String> signals,
    List<String> severities,
    YearMonth from,
    YearMonth to) {
  SignalQuery {
    organisations = List.copyOf(organisations);
    regulations = List.copyOf(regulations);
    signals = List.copyOf(signals);
    severities = List.copyOf(severities);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** The filter as the answer echoes it. */
  Map<String, Object> normalised() {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("organisation", organisations);
    query.put("regulation", regulations);
    query.put("signal", signals);
    query.put("severity", severities);
    query.put("from", from == null ? null : from.toString());
    query.put("to", to == null ? null : to.toString());
    return query;
  }
}
