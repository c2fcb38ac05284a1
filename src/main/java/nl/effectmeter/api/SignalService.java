package nl.effectmeter.api;

import java.time.YearMonth;
import java.util.List;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.store.Run;

/** Selects a run's published signals. */
public final class SignalService {
  private SignalService() {}

  /** The run's signals that match every part of the query, in published order. */
  static List<Signal> select(Run run, SignalQuery query) {
    return run.signals().stream().filter(signal -> matches(signal, query)).toList();
  }

  static boolean matches(Signal s, SignalQuery q) {
    return (q.organisations().isEmpty() || q.organisations().contains(s.organisation()))
        && (q.regulations().isEmpty() || q.regulations().contains(s.regulation()))
        && (q.signals().isEmpty() || q.signals().contains(s.signal()))
        && (q.severities().isEmpty() || q.severities().contains(s.severity()))
        && (q.from() == null || !YearMonth.parse(s.period()).isBefore(q.from()))
        && (q.to() == null || !YearMonth.parse(s.period()).isAfter(q.to()));
  }
}
