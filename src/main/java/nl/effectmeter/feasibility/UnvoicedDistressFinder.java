package nl.effectmeter.feasibility;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.effectmeter.reference.Signal;

/** Finds unvoiced distress (FEASIBILITY.md) in a run's signals and the signals raised. */
public final class UnvoicedDistressFinder {
  /** The months looked at, up to and including the month of as_of. */
  /** How many months back, the as_of month included, the distress rule looks. */
  public static final int WINDOW_MONTHS = 6;

  /** High signals must have fired in at least this many of them. */
  static final int MIN_MONTHS = 3;

  private UnvoicedDistressFinder() {}

  public static List<UnvoicedDistress> find(
      List<Signal> dataSignals, List<FeasibilitySignal> raised, YearMonth asOfMonth) {
    YearMonth first = asOfMonth.minusMonths(WINDOW_MONTHS - 1);
    Map<String, SortedSet<YearMonth>> months = new TreeMap<>();
    Map<String, SortedSet<String>> names = new TreeMap<>();
    for (Signal signal : dataSignals) {
      YearMonth month = YearMonth.parse(signal.period());
      if (!Signal.HIGH.equals(signal.severity())
          || month.isBefore(first)
          || month.isAfter(asOfMonth)) {
        continue;
      }
      String key = signal.organisation() + "\u0000" + signal.regulation();
      months.computeIfAbsent(key, k -> new TreeSet<>()).add(month);
      names.computeIfAbsent(key, k -> new TreeSet<>()).add(signal.signal());
    }
    List<UnvoicedDistress> rows = new ArrayList<>();
    for (Map.Entry<String, SortedSet<YearMonth>> entry : months.entrySet()) {
      String[] parts = entry.getKey().split("\u0000", 2);
      boolean voiced =
          raised.stream()
              .anyMatch(
                  s ->
                      s.organisation().equals(parts[0])
                          && s.regulation().equals(parts[1])
                          && !s.raisedMonth().isBefore(first)
                          && !s.raisedMonth().isAfter(asOfMonth));
      SortedSet<YearMonth> fired = entry.getValue();
      if (fired.size() >= MIN_MONTHS && !voiced) {
        rows.add(
            new UnvoicedDistress(
                parts[0],
                parts[1],
                fired.size(),
                fired.first(),
                fired.last(),
                String.join(",", names.get(entry.getKey()))));
      }
    }
    return rows;
  }
}
