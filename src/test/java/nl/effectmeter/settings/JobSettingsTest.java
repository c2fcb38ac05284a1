package nl.effectmeter.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSettingsTest {

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
  void anUnknownKeyIsAnErrorNamingIt() {
    assertThatThrownBy(
            () -> JobSettings.fromMap(Map.of("disclosure.minbase", "10"), "my.properties"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown setting(s) in my.properties: disclosure.minbase");
  }

  @Test
  void aWholeNumberThatDoesNotParseNamesKeyAndValue() {
    assertThatThrownBy(
            () -> JobSettings.fromMap(Map.of("disclosure.min_base", "ten"), "my.properties"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Setting disclosure.min_base in my.properties is not a whole number: ten");
  }

  @Test
  void aNumberThatDoesNotParseNamesKeyAndValue() {
    assertThatThrownBy(
            () -> JobSettings.fromMap(Map.of("max_quarantine_share", "5%"), "my.properties"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Setting max_quarantine_share in my.properties is not a number: 5%");
  }

  @Test
  void aMinimumBaseBelowOneIsRefused() {
    assertThatThrownBy(() -> JobSettings.fromMap(Map.of("disclosure.min_base", "0"), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("disclosure.min_base must be at least 1: 0");
  }

  @Test
  void aQuarantineShareAboveOneIsRefused() {
    assertThatThrownBy(() -> JobSettings.fromMap(Map.of("max_quarantine_share", "1.5"), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max_quarantine_share must be between 0 and 1: 1.5");
  }

  @Test
  void aMissingSettingsFileIsAnErrorNamingIt() {
    assertThatThrownBy(() -> JobSettings.load(Path.of("no/such/settings.properties")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot read settings file no/such/settings.properties: ");
  }
}
