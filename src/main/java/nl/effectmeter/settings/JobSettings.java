package nl.effectmeter.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The indicator job's settings, read once from a properties file (see jobs/effectmeter.properties).
 *
 * @param minBase disclosure.min_base: the smallest base that may be published
 * @param maxQuarantineShare max_quarantine_share: above it, for any fact dataset, the run fails
 * @param signals the thresholds of the early-warning signals
 */
public record JobSettings(int minBase, double maxQuarantineShare, SignalThresholds signals) {
  public static final String MIN_BASE = "disclosure.min_base";
  public static final String MAX_QUARANTINE_SHARE = "max_quarantine_share";

  public JobSettings {
    if (minBase < 1) {
      throw new IllegalArgumentException(MIN_BASE + " must be at least 1: " + minBase);
    }
    if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
      throw new IllegalArgumentException(
          MAX_QUARANTINE_SHARE + " must be between 0 and 1: " + maxQuarantineShare);
    }
    java.util.Objects.requireNonNull(signals, "signals is null");
  }

  public static JobSettings defaults() {
    return new JobSettings(10, 0.05, SignalThresholds.defaults());
  }

  /** Reads a settings file; every key is optional, an unknown key is an error naming it. */
  public static JobSettings load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read settings file " + file + ": " + e, e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
    return fromMap(values, file.toString());
  }

  /** Builds settings from key-value pairs, as in the properties file. */
  public static JobSettings fromMap(Map<String, String> values, String source) {
    SettingsReader reader = new SettingsReader(values, source);
    JobSettings defaults = defaults();
    SignalThresholds d = defaults.signals();
    JobSettings settings =
        new JobSettings(
            reader.intValue(MIN_BASE, defaults.minBase()),
            reader.doubleValue(MAX_QUARANTINE_SHARE, defaults.maxQuarantineShare()),
            new SignalThresholds(
                reader.doubleValue("signals.timeliness_breach.threshold", d.timelinessThreshold()),
                reader.doubleValue("signals.timeliness_breach.high_below", d.timelinessHighBelow()),
                reader.intValue("signals.backlog_growth.min_open", d.backlogMinOpen()),
                reader.doubleValue("signals.backlog_growth.factor", d.backlogFactor()),
                reader.doubleValue("signals.backlog_growth.high_factor", d.backlogHighFactor()),
                reader.intValue("signals.complaint_surge.min_complaints", d.surgeMinComplaints()),
                reader.doubleValue("signals.complaint_surge.sd_multiplier", d.surgeSdMultiplier()),
                reader.intValue("signals.history_months", d.historyMonths()),
                reader.intValue("signals.min_ok_history", d.minOkHistory())));
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
    return map;
  }
}
