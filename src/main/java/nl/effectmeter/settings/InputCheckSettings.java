package nl.effectmeter.settings;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Thresholds of the input anomaly checks across runs, and what each check does when it fires:
 * {@code warn} (the run publishes and says so), {@code fail} (nothing is published, as with the
 * quarantine gate) or {@code off}.
 *
 * @param settledAfterMonths a month is settled once it ended this many months before the as_of
 *     month; its row count should no longer change from run to run
 * @param settledMaxChange the relative change of a settled month's rows that fires the check
 * @param trailingMonths the months before the newest one whose median an organisation's newest
 *     month is compared with
 * @param newestMinShare the newest month fires when its rows are below this share of that median
 * @param newestMinMedian the smallest median the newest month is compared with (below: too few rows
 *     to tell a cut export from chance)
 * @param completenessMaxDrop the drop in the share of rows filling an optional column that fires
 * @param quarantineMaxRise the rise in the share of rows quarantined for one reason that fires
 */
public record InputCheckSettings(
    int settledAfterMonths,
    double settledMaxChange,
    Action settled,
    int trailingMonths,
    double newestMinShare,
    int newestMinMedian,
    Action newest,
    double completenessMaxDrop,
    Action completeness,
    double quarantineMaxRise,
    Action quarantine) {

  public static final String PREFIX = "checks.";

  /** What a check does when it fires. */
  public enum Action {
    WARN,
    FAIL,
    OFF;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Action fromLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }

    static List<String> labels() {
      return List.of("warn", "fail", "off");
    }
  }

  public InputCheckSettings {
    requireNonNull(settled, "settled is null");
    requireNonNull(newest, "newest is null");
    requireNonNull(completeness, "completeness is null");
    requireNonNull(quarantine, "quarantine is null");
    if (settledAfterMonths < 1 || trailingMonths < 1) {
      throw new IllegalArgumentException(
          "checks.settled_month.after_months and checks.newest_month.trailing_months must be at"
              + " least 1: "
              + settledAfterMonths
              + ", "
              + trailingMonths);
    }
  }

  public static InputCheckSettings defaults() {
    return new InputCheckSettings(
        2, 0.01, Action.WARN, 6, 0.5, 20, Action.WARN, 0.10, Action.WARN, 0.01, Action.WARN);
  }

  static InputCheckSettings from(SettingsReader reader) {
    InputCheckSettings d = defaults();
    return new InputCheckSettings(
        reader.wholeNumber(
            "checks.settled_month.after_months", d.settledAfterMonths(), 1, Integer.MAX_VALUE),
        reader.number("checks.settled_month.max_change", d.settledMaxChange(), 0, 1),
        action(reader, "checks.settled_month.action", d.settled()),
        reader.wholeNumber(
            "checks.newest_month.trailing_months", d.trailingMonths(), 1, Integer.MAX_VALUE),
        reader.number("checks.newest_month.min_share_of_median", d.newestMinShare(), 0, 1),
        reader.wholeNumber(
            "checks.newest_month.min_median_rows", d.newestMinMedian(), 0, Integer.MAX_VALUE),
        action(reader, "checks.newest_month.action", d.newest()),
        reader.number("checks.completeness.max_drop", d.completenessMaxDrop(), 0, 1),
        action(reader, "checks.completeness.action", d.completeness()),
        reader.number("checks.quarantine_share.max_rise", d.quarantineMaxRise(), 0, 1),
        action(reader, "checks.quarantine_share.action", d.quarantine()));
  }

  private static Action action(SettingsReader reader, String key, Action fallback) {
    return Action.fromLabel(reader.oneOf(key, fallback.label(), Action.labels()));
  }

  /** The settings as key-value pairs, for the manifest. */
  public Map<String, String> asMap() {
    Map<String, String> map = new TreeMap<>();
    map.put("checks.settled_month.after_months", Integer.toString(settledAfterMonths));
    map.put("checks.settled_month.max_change", Double.toString(settledMaxChange));
    map.put("checks.settled_month.action", settled.label());
    map.put("checks.newest_month.trailing_months", Integer.toString(trailingMonths));
    map.put("checks.newest_month.min_share_of_median", Double.toString(newestMinShare));
    map.put("checks.newest_month.min_median_rows", Integer.toString(newestMinMedian));
    map.put("checks.newest_month.action", newest.label());
    map.put("checks.completeness.max_drop", Double.toString(completenessMaxDrop));
    map.put("checks.completeness.action", completeness.label());
    map.put("checks.quarantine_share.max_rise", Double.toString(quarantineMaxRise));
    map.put("checks.quarantine_share.action", quarantine.label());
    return map;
  }
}
