package nl.effectmeter.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSettingsTest {
  private static final String KNOWN_KEYS =
      "checks.completeness.action, checks.completeness.max_drop, checks.newest_month.action,"
          + " checks.newest_month.min_median_rows, checks.newest_month.min_share_of_median,"
          + " checks.newest_month.trailing_months, checks.quarantine_share.action,"
          + " checks.quarantine_share.max_rise, checks.settled_month.action,"
          + " checks.settled_month.after_months, checks.settled_month.max_change,"
          + " disclosure.between_runs, disclosure.min_base, max_quarantine_share,"
          + " reference.region_codes,"
          + " signals.backlog_growth.factor,"
          + " signals.backlog_growth.high_factor, signals.backlog_growth.min_open,"
          + " signals.complaint_surge.min_complaints, signals.complaint_surge.sd_multiplier,"
          + " signals.history_months, signals.min_ok_history,"
          + " signals.timeliness_breach.high_below, signals.timeliness_breach.threshold";

  @TempDir Path dir;

  @Test
  void defaultsAreTheDocumentedValues() {
    JobSettings settings = JobSettings.defaults();
    assertThat(settings.minBase()).isEqualTo(10);
    assertThat(settings.maxQuarantineShare()).isEqualTo(0.05);
    assertThat(settings.signals())
        .isEqualTo(new SignalThresholds(0.80, 0.60, 100, 1.25, 1.5, 10, 3.0, 12, 6));
  }

  @Test
  void theShippedSettingsFileLoadsToExactlyTheDefaults() {
    assertThat(JobSettings.load(Path.of("jobs/effectmeter.properties")))
        .isEqualTo(JobSettings.defaults());
  }

  @Test
  void regionCodesAreCbsCodesUnlessTheSettingsSayTheExportHasItsOwn() {
    assertThat(JobSettings.defaults().regionCodes()).isEqualTo(RegionCodes.CBS);
    assertThat(JobSettings.fromMap(Map.of("reference.region_codes", "own"), "test").regionCodes())
        .isEqualTo(RegionCodes.OWN);
    assertThatThrownBy(() -> JobSettings.fromMap(Map.of("reference.region_codes", "gm"), "test"))
        .hasMessage("Settings file test: reference.region_codes=gm is not one of cbs, own");
  }

  @Test
  void anEmptySettingsMapGivesTheDefaults() {
    assertThat(JobSettings.fromMap(Map.of(), "test")).isEqualTo(JobSettings.defaults());
  }

  @Test
  void everyKeyMapsToItsOwnSetting() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("disclosure.min_base", "5");
    values.put("max_quarantine_share", "0.1");
    values.put("signals.timeliness_breach.threshold", "0.9");
    values.put("signals.timeliness_breach.high_below", "0.5");
    values.put("signals.backlog_growth.min_open", "200");
    values.put("signals.backlog_growth.factor", "1.3");
    values.put("signals.backlog_growth.high_factor", "2.0");
    values.put("signals.complaint_surge.min_complaints", "20");
    values.put("signals.complaint_surge.sd_multiplier", "2.5");
    values.put("signals.history_months", "24");
    values.put("signals.min_ok_history", "8");
    JobSettings settings = JobSettings.fromMap(values, "test");
    assertThat(settings)
        .isEqualTo(
            new JobSettings(5, 0.1, new SignalThresholds(0.9, 0.5, 200, 1.3, 2.0, 20, 2.5, 24, 8)));
  }

  @Test
  void settingsWrittenToTheManifestLoadBackEqual() {
    JobSettings settings =
        new JobSettings(7, 0.2, new SignalThresholds(0.9, 0.5, 200, 1.3, 2.0, 20, 2.5, 24, 8));
    assertThat(JobSettings.fromMap(settings.asMap(), "manifest")).isEqualTo(settings);
  }

  @Test
  void aTypoInAKeyRefusesTheSettingsAndSuggestsTheKeyMeant() throws IOException {
    Path file = Files.writeString(dir.resolve("effectmeter.properties"), "disclosure.min_bsae=5\n");
    assertThatThrownBy(() -> JobSettings.load(file))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "Settings file "
                + file
                + ": unknown key disclosure.min_bsae (did you mean disclosure.min_base?); known"
                + " keys: "
                + KNOWN_KEYS);
  }

  @Test
  void severalUnknownKeysAreNamedInOneMessageEachWithItsNearestKeyIfAny() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("max_quarantine_shares", "0.1");
    values.put("colour", "blue");
    assertThatThrownBy(() -> JobSettings.fromMap(values, "my.properties"))
        .hasMessage(
            "Settings file my.properties: unknown keys colour, max_quarantine_shares (did you mean"
                + " max_quarantine_share?); known keys: "
                + KNOWN_KEYS);
  }

  @Test
  void aWholeNumberThatDoesNotParseNamesFileKeyValueAndWhatIsAccepted() {
    assertThatThrownBy(
            () -> JobSettings.fromMap(Map.of("disclosure.min_base", "ten"), "my.properties"))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "Settings file my.properties: disclosure.min_base=ten is not a whole number of 1 or"
                + " more");
  }

  @Test
  void anInputCheckActionIsWarnFailOrOffAndAnythingElseStopsTheStart() {
    assertThat(
            JobSettings.fromMap(Map.of("checks.newest_month.action", "fail"), "my.properties")
                .inputChecks()
                .newest())
        .isEqualTo(InputCheckSettings.Action.FAIL);
    assertThat(JobSettings.defaults().inputChecks().newest())
        .isEqualTo(InputCheckSettings.Action.WARN);
    assertThatThrownBy(
            () ->
                JobSettings.fromMap(Map.of("checks.newest_month.action", "stop"), "my.properties"))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "Settings file my.properties: checks.newest_month.action=stop is not one of warn,"
                + " fail, off");
  }

  @Test
  void aNumberThatDoesNotParseNamesFileKeyValueAndWhatIsAccepted() {
    assertThatThrownBy(
            () -> JobSettings.fromMap(Map.of("max_quarantine_share", "5%"), "my.properties"))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "Settings file my.properties: max_quarantine_share=5% is not a number from 0 to 1");
  }

  @Test
  void javaNumberSuffixesAreNotNumbers() {
    // Double.parseDouble reads "0.5d" as 0.5; a settings file should not.
    assertThatThrownBy(() -> JobSettings.fromMap(Map.of("max_quarantine_share", "0.5d"), "f"))
        .hasMessage("Settings file f: max_quarantine_share=0.5d is not a number from 0 to 1");
  }

  @Test
  void aMinimumBaseBelowOneIsRefused() {
    assertThatThrownBy(() -> JobSettings.fromMap(Map.of("disclosure.min_base", "0"), "f"))
        .hasMessage("Settings file f: disclosure.min_base=0 is not a whole number of 1 or more");
  }

  @Test
  void aQuarantineShareAboveOneIsRefused() {
    assertThatThrownBy(() -> JobSettings.fromMap(Map.of("max_quarantine_share", "1.5"), "f"))
        .hasMessage("Settings file f: max_quarantine_share=1.5 is not a number from 0 to 1");
  }

  @Test
  void theOkHistoryMayNotExceedTheHistoryItIsTakenFrom() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("signals.history_months", "6");
    values.put("signals.min_ok_history", "7");
    assertThatThrownBy(() -> JobSettings.fromMap(values, "f"))
        .hasMessage(
            "Settings file f: signals.min_ok_history=7 is not a whole number from 2 to 6 (at most"
                + " signals.history_months)");
  }

  @Test
  void aMissingSettingsFileIsAnErrorNamingIt() {
    assertThatThrownBy(() -> JobSettings.load(Path.of("no/such/settings.properties")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("Settings file no/such/settings.properties cannot be read: no such file");
  }

  @Test
  void aMalformedUnicodeEscapeMakesTheFileUnreadable() throws IOException {
    Path file =
        Files.writeString(dir.resolve("escape.properties"), "disclosure.min_base=\\u00zz\n");
    assertThatThrownBy(() -> JobSettings.load(file))
        .hasMessage("Settings file " + file + " cannot be read: Malformed \\uxxxx encoding.");
  }
}
