package nl.effectmeter.history;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.effectmeter.settings.InputCheckSettings;
import nl.effectmeter.warehouse.Manifest;

/**
 * The input anomaly checks across runs: a run's input metrics against its own months and against
 * the previous published run's metrics. Each check that fires says what it found in one sentence,
 * and warns or fails the run as its setting says.
 *
 * <ul>
 *   <li>{@code settled_month}: a month settled already in the previous run (it ended {@code
 *       after_months} months before that run's as_of month) whose rows changed by more than {@code
 *       max_change} of them;
 *   <li>{@code newest_month}: an organisation whose rows in the newest complete month are below
 *       {@code min_share_of_median} of the median of the {@code trailing_months} months before;
 *   <li>{@code completeness}: an optional column filled in a share of the valid rows that dropped
 *       by more than {@code max_drop};
 *   <li>{@code quarantine_share}: a reason whose share of the rows read rose by more than {@code
 *       max_rise}.
 * </ul>
 */
public final class InputChecks {
  public static final String SETTLED_MONTH = "settled_month";
  public static final String NEWEST_MONTH = "newest_month";
  public static final String COMPLETENESS = "completeness";
  public static final String QUARANTINE_SHARE = "quarantine_share";

  /** Every check, by the name a fired check carries (its {@code check}). */
  public static final List<String> CHECKS =
      List.of(SETTLED_MONTH, NEWEST_MONTH, COMPLETENESS, QUARANTINE_SHARE);

  /** The severities a check fires with: the actions of its setting but {@code off}. */
  public static final List<String> SEVERITIES =
      Arrays.stream(InputCheckSettings.Action.values())
          .filter(action -> action != InputCheckSettings.Action.OFF)
          .map(InputCheckSettings.Action::label)
          .toList();

  private final InputCheckSettings settings;

  public InputChecks(InputCheckSettings settings) {
    this.settings = settings;
  }

  /**
   * The checks that fire for a run as of {@code asOf} with these metrics, against the previous
   * run's manifest (empty: the checks across runs have nothing to compare with and stay silent).
   */
  public List<Manifest.InputCheck> evaluate(
      List<Manifest.InputMetrics> metrics, LocalDate asOf, Optional<Manifest> previous) {
    List<Manifest.InputCheck> fired = new ArrayList<>();
    for (Manifest.InputMetrics now : metrics) {
      newestMonth(now, asOf, fired);
      if (previous.isEmpty()) {
        continue;
      }
      Manifest before = previous.get();
      Optional<Manifest.InputMetrics> then =
          before.inputMetrics().stream().filter(m -> m.dataset().equals(now.dataset())).findFirst();
      if (then.isEmpty()) {
        continue;
      }
      String run = before.runId();
      settledMonths(now, then.get(), LocalDate.parse(before.asOf()), run, fired);
      completeness(now, then.get(), run, fired);
      quarantineShare(now, then.get(), run, fired);
    }
    return fired;
  }

  /** Whether any check that fired fails the run. */
  public static boolean anyFails(List<Manifest.InputCheck> checks) {
    return checks.stream()
        .anyMatch(c -> c.severity().equals(InputCheckSettings.Action.FAIL.label()));
  }

  /** The sentences of the checks that fail the run. */
  public static List<String> failing(List<Manifest.InputCheck> checks) {
    return checks.stream()
        .filter(c -> c.severity().equals(InputCheckSettings.Action.FAIL.label()))
        .map(Manifest.InputCheck::message)
        .toList();
  }

  private void settledMonths(
      Manifest.InputMetrics now,
      Manifest.InputMetrics then,
      LocalDate previousAsOf,
      String run,
      List<Manifest.InputCheck> fired) {
    if (settings.settled() == InputCheckSettings.Action.OFF) {
      return;
    }
    String lastSettled =
        YearMonth.from(previousAsOf).minusMonths(settings.settledAfterMonths()).toString();
    String first = later(firstMonth(now.rowsByMonth()), firstMonth(then.rowsByMonth()));
    TreeSet<String> months = new TreeSet<>(now.rowsByMonth().keySet());
    months.addAll(then.rowsByMonth().keySet());
    for (String month : months) {
      if (first == null || month.compareTo(first) < 0 || month.compareTo(lastSettled) > 0) {
        continue;
      }
      long before = then.rowsByMonth().getOrDefault(month, 0L);
      long after = now.rowsByMonth().getOrDefault(month, 0L);
      if (before == after) {
        continue;
      }
      double change = before == 0 ? Double.POSITIVE_INFINITY : (after - before) / (double) before;
      if (Math.abs(change) > settings.settledMaxChange()) {
        fired.add(
            check(
                SETTLED_MONTH,
                now.dataset(),
                settings.settled(),
                String.format(
                    Locale.ROOT,
                    "%s: the %s in %s, a settled month, were %,d in %s and are %,d now (%s)",
                    now.dataset(),
                    noun(now),
                    month,
                    before,
                    run,
                    after,
                    before == 0 ? "new" : String.format(Locale.ROOT, "%+.1f%%", 100 * change))));
      }
    }
  }

  private void newestMonth(
      Manifest.InputMetrics now, LocalDate asOf, List<Manifest.InputCheck> fired) {
    if (settings.newest() == InputCheckSettings.Action.OFF) {
      return;
    }
    YearMonth newest =
        asOf.equals(YearMonth.from(asOf).atEndOfMonth())
            ? YearMonth.from(asOf)
            : YearMonth.from(asOf).minusMonths(1);
    String first = firstMonth(now.rowsByMonth());
    if (first == null
        || newest.minusMonths(settings.trailingMonths()).toString().compareTo(first) < 0) {
      return; // fewer months before the newest than the median needs
    }
    for (Map.Entry<String, Map<String, Long>> organisation :
        now.rowsByOrganisationMonth().entrySet()) {
      Map<String, Long> months = organisation.getValue();
      long[] trailing = new long[settings.trailingMonths()];
      for (int i = 0; i < trailing.length; i++) {
        trailing[i] = months.getOrDefault(newest.minusMonths(i + 1L).toString(), 0L);
      }
      double median = median(trailing);
      long rows = months.getOrDefault(newest.toString(), 0L);
      if (median <= 0 || median < settings.newestMinMedian()) {
        continue;
      }
      double share = rows / median;
      if (share < settings.newestMinShare()) {
        fired.add(
            check(
                NEWEST_MONTH,
                now.dataset(),
                settings.newest(),
                String.format(
                    Locale.ROOT,
                    "%s: %s's %s in %s are %.0f%% of the median of the %d months before (%,d"
                        + " against %s)",
                    now.dataset(),
                    organisation.getKey(),
                    noun(now),
                    newest,
                    100 * share,
                    trailing.length,
                    rows,
                    number(median))));
      }
    }
  }

  private void completeness(
      Manifest.InputMetrics now,
      Manifest.InputMetrics then,
      String run,
      List<Manifest.InputCheck> fired) {
    if (settings.completeness() == InputCheckSettings.Action.OFF) {
      return;
    }
    now.completeness()
        .forEach(
            (column, share) -> {
              Double before = then.completeness().get(column);
              if (before != null && before - share > settings.completenessMaxDrop()) {
                fired.add(
                    check(
                        COMPLETENESS,
                        now.dataset(),
                        settings.completeness(),
                        String.format(
                            Locale.ROOT,
                            "%s: %s is filled in %.0f%% of the valid rows, down from %.0f%% in %s",
                            now.dataset(),
                            column,
                            100 * share,
                            100 * before,
                            run)));
              }
            });
  }

  private void quarantineShare(
      Manifest.InputMetrics now,
      Manifest.InputMetrics then,
      String run,
      List<Manifest.InputCheck> fired) {
    if (settings.quarantine() == InputCheckSettings.Action.OFF) {
      return;
    }
    now.quarantineShareByReason()
        .forEach(
            (reason, share) -> {
              double before = then.quarantineShareByReason().getOrDefault(reason, 0.0);
              if (share - before > settings.quarantineMaxRise()) {
                fired.add(
                    check(
                        QUARANTINE_SHARE,
                        now.dataset(),
                        settings.quarantine(),
                        String.format(
                            Locale.ROOT,
                            "%s: %.1f%% of the rows read were quarantined for %s, up from %.1f%%"
                                + " in %s",
                            now.dataset(),
                            100 * share,
                            reason,
                            100 * before,
                            run)));
              }
            });
  }

  private static Manifest.InputCheck check(
      String check, String dataset, InputCheckSettings.Action action, String message) {
    return new Manifest.InputCheck(check, dataset, action.label(), message);
  }

  /** What a dataset's rows are, by its main date: cases requested, complaints received, ... */
  private static String noun(Manifest.InputMetrics metrics) {
    return switch (metrics.dataset()) {
      case "services" -> "cases requested";
      case "complaints" -> "complaints received";
      case "outcomes" -> "outcomes measured";
      default -> "rows by " + metrics.dateColumn();
    };
  }

  static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%,.1f", value);
  }

  private static String firstMonth(Map<String, Long> byMonth) {
    return byMonth.isEmpty() ? null : new TreeSet<>(byMonth.keySet()).first();
  }

  private static String later(String a, String b) {
    if (a == null || b == null) {
      return null;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }
}
