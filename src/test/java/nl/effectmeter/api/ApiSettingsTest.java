package nl.effectmeter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ApiSettingsTest {
  @Test
  void defaultsServeOpenlyOnPort7070() {
    ApiSettings settings = ApiSettings.defaults();
    assertThat(settings.port()).isEqualTo(7070);
    assertThat(settings.corsOrigins()).isEmpty();
    assertThat(settings.tokenHashes()).isEmpty();
    assertThat(settings.requiresToken()).isFalse();
    assertThat(settings.earlierRunsKept()).isEqualTo(2);
    assertThat(settings.pollIntervalMillis()).isEqualTo(2000);
  }

  @Test
  void everyKeyMapsToItsSetting() {
    Properties properties = new Properties();
    properties.setProperty("http.port", "8080");
    properties.setProperty("cors.origins", "https://a.example, https://b.example");
    properties.setProperty("auth.token_sha256", "A".repeat(64));
    properties.setProperty("runs.earlier_kept", "0");
    properties.setProperty("runs.poll_interval_ms", "500");
    ApiSettings settings = ApiSettings.fromProperties(properties);
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.corsOrigins()).containsExactly("https://a.example", "https://b.example");
    assertThat(settings.tokenHashes()).containsExactly("a".repeat(64));
    assertThat(settings.earlierRunsKept()).isZero();
    assertThat(settings.pollIntervalMillis()).isEqualTo(500);
  }

  @Test
  void aMalformedNumberNamesTheSetting() {
    Properties properties = new Properties();
    properties.setProperty("http.port", "eighty");
    assertThatThrownBy(() -> ApiSettings.fromProperties(properties))
        .hasMessage("Cannot parse setting http.port as an integer: eighty");
  }

  @Test
  void aTokenHashMustBeSha256Hex() {
    Properties properties = new Properties();
    properties.setProperty("auth.token_sha256", "secret");
    assertThatThrownBy(() -> ApiSettings.fromProperties(properties))
        .hasMessage("auth.token_sha256 must hold lowercase SHA-256 hex hashes: secret");
  }
}
