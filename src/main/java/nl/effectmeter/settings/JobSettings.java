package nl.effectmeter.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The indicator job's settings, read once from a properties file (see jobs/effectmeter.properties).
 *
 * @param minBase disclosure.min_base: the smallest base that may be published
 * @param maxQuarantineShare max_quarantine_share: above it, for any fact dataset, the run fails
 * @param signals the thresholds of the early-warning signals
 * @param regionCodes reference.region_codes: whether municipality and province codes must be CBS
 *     codes
 * @param inputChecks the input anomaly checks: against the previous run, and an organisation's
 *     newest month against its own earlier months
 * @param betweenRuns disclosure.between_runs: whether disclosure control answers to the runs the
 *     warehouse published before ({@code earlier_runs}) or to this run alone ({@code off})
 */
public record JobSettings(
    int minBase,
    double maxQuarantineShare,
    SignalThresholds signals,
    RegionCodes regionCodes,
    InputCheckSettings inputChecks,
    boolean betweenRuns) {
  public static final String MIN_BASE = "disclosure.min_base";
  public static final String BETWEEN_RUNS = "disclosure.between_runs";
  public static final String MAX_QUARANTINE_SHARE = "max_quarantine_share";
  public static final String REGION_CODES = "reference.region_codes";

  /** Settings that check region codes as CBS codes, the contract's rule. */
  public JobSettings(int minBase, double maxQuarantineShare, SignalThresholds signals) {
    this(minBase, maxQuarantineShare, signals, RegionCodes.CBS);
  }

  /** Settings with the default input anomaly checks. */
  public JobSettings(
      int minBase, double maxQuarantineShare, SignalThresholds signals, RegionCodes regionCodes) {
    this(minBase, maxQuarantineShare, signals, regionCodes, InputCheckSettings.defaults());
  }

  /**
   * Settings whose disclosure control answers to every run the warehouse holds, the default
   * (contract v3, between runs).
   */
  public JobSettings(
      int minBase,
      double maxQuarantineShare,
      SignalThresholds signals,
      RegionCodes regionCodes,
      InputCheckSettings inputChecks) {
    this(minBase, maxQuarantineShare, signals, regionCodes, inputChecks, true);
  }

  public JobSettings {
    if (minBase < 1) {
      throw new IllegalArgumentException(MIN_BASE + " must be at least 1: " + minBase);
    }
    if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
      throw new IllegalArgumentException(
          MAX_QUARANTINE_SHARE + " must be between 0 and 1: " + maxQuarantineShare);
    }
    java.util.Objects.requireNonNull(signals, "signals is null");
    java.util.Objects.requireNonNull(regionCodes, "regionCodes is null");
  }

  public static JobSettings defaults() {
    return new JobSettings(10, 0.05, SignalThresholds.defaults());
  }

  /**
   * Reads a settings file; every key is optional. An unreadable file, an unknown key or a value
   * outside what is accepted is a {@link SettingsException} naming the file, the key and what is
   * accepted.
   */
  public static JobSettings load(Path file) {
    return from(SettingsReader.load(file));
  }

  /** Builds settings from key-value pairs, as in the properties file named {@code source}. */
  public static JobSettings fromMap(Map<String, String> values, String source) {
    return from(SettingsReader.of(values, source));
  }

  private static JobSettings from(SettingsReader reader) {
    JobSettings defaults = defaults();
    SignalThresholds d = defaults.signals();
    int historyMonths =
        reader.wholeNumber("signals.history_months", d.historyMonths(), 2, Integer.MAX_VALUE);
    JobSettings settings =
        new JobSettings(
            reader.wholeNumber(MIN_BASE, defaults.minBase(), 1, Integer.MAX_VALUE),
            reader.number(MAX_QUARANTINE_SHARE, defaults.maxQuarantineShare(), 0, 1),
            new SignalThresholds(
                reader.number("signals.timeliness_breach.threshold", d.timelinessThreshold(), 0, 1),
                reader.number(
                    "signals.timeliness_breach.high_below", d.timelinessHighBelow(), 0, 1),
                reader.wholeNumber(
                    "signals.backlog_growth.min_open", d.backlogMinOpen(), 0, Integer.MAX_VALUE),
                reader.number(
                    "signals.backlog_growth.factor", d.backlogFactor(), 0, Double.MAX_VALUE),
                reader.number(
                    "signals.backlog_growth.high_factor",
                    d.backlogHighFactor(),
                    0,
                    Double.MAX_VALUE),
                reader.wholeNumber(
                    "signals.complaint_surge.min_complaints",
                    d.surgeMinComplaints(),
                    0,
                    Integer.MAX_VALUE),
                reader.number(
                    "signals.complaint_surge.sd_multiplier",
                    d.surgeSdMultiplier(),
                    0,
                    Double.MAX_VALUE),
                historyMonths,
                reader.wholeNumberUpTo(
                    "signals.min_ok_history",
                    d.minOkHistory(),
                    2,
                    "signals.history_months",
                    historyMonths)),
            RegionCodes.fromLabel(
                reader.oneOf(REGION_CODES, defaults.regionCodes().label(), RegionCodes.labels())),
            InputCheckSettings.from(reader),
            reader
                .oneOf(BETWEEN_RUNS, "earlier_runs", java.util.List.of("off", "earlier_runs"))
                .equals("earlier_runs"));
    reader.rejectUnknownKeys();
    return settings;
  }

  /** The settings as key-value pairs, for the manifest; loading them back gives equal settings. */
  public Map<String, String> asMap() {
    Map<String, String> map = new TreeMap<>();
    map.put(MIN_BASE, Integer.toString(minBase));
    map.put(MAX_QUARANTINE_SHARE, Double.toString(maxQuarantineShare));
    map.put("signals.timeliness_breach.threshold", Double.toString(signals.timelinessThreshold()));
    map.put("signals.timeliness_breach.high_below", Double.toString(signals.timelinessHighBelow()));
    map.put("signals.backlog_growth.min_open", Integer.toString(signals.backlogMinOpen()));
    map.put("signals.backlog_growth.factor", Double.toString(signals.backlogFactor()));
    map.put("signals.backlog_growth.high_factor", Double.toString(signals.backlogHighFactor()));
    map.put(
        "signals.complaint_surge.min_complaints", Integer.toString(signals.surgeMinComplaints()));
    map.put("signals.complaint_surge.sd_multiplier", Double.toString(signals.surgeSdMultiplier()));
    map.put("signals.history_months", Integer.toString(signals.historyMonths()));
    map.put("signals.min_ok_history", Integer.toString(signals.minOkHistory()));
    map.put(REGION_CODES, regionCodes.label());
    map.putAll(inputChecks.asMap());
    map.put(BETWEEN_RUNS, betweenRuns ? "earlier_runs" : "off");
    return map;
  }
}
