package nl.effectmeter.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.effectmeter.settings.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiSettingsTest {
  private static final String HASH =
      "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b";
  private static final String KNOWN_KEYS =
      "auth.token_sha256, cors.origins, http.port, runs.earlier_kept, runs.poll_interval_ms";

  @TempDir Path dir;

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
  void theShippedSettingsFileLoadsToExactlyTheDefaults() {
    assertThat(ApiSettings.load(Path.of("jobs/api.properties"))).isEqualTo(ApiSettings.defaults());
  }

  @Test
  void everyKeyMapsToItsSetting() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("http.port", "8080");
    values.put("cors.origins", "https://a.example, https://b.example:8443");
    values.put("auth.token_sha256", "A".repeat(64));
    values.put("runs.earlier_kept", "0");
    values.put("runs.poll_interval_ms", "500");
    ApiSettings settings = ApiSettings.fromMap(values, "api.properties");
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.corsOrigins())
        .containsExactly("https://a.example", "https://b.example:8443");
    assertThat(settings.tokenHashes()).containsExactly("a".repeat(64));
    assertThat(settings.requiresToken()).isTrue();
    assertThat(settings.earlierRunsKept()).isZero();
    assertThat(settings.pollIntervalMillis()).isEqualTo(500);
  }

  @Test
  void aTypoInTheTokenKeyRefusesToStartAndSuggestsTheKeyMeant() throws IOException {
    // Before issue 9 this started an API without any token check.
    Path file = write("http.port=7070\nauth.token_sha265=" + HASH + "\n");
    assertThatThrownBy(() -> ApiSettings.load(file))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "Settings file "
                + file
                + ": unknown key auth.token_sha265 (did you mean auth.token_sha256?); known keys: "
                + KNOWN_KEYS);
  }

  @Test
  void aKeyInCapitalsIsUnknownAndTheLowerCaseKeyIsSuggested() {
    assertThatThrownBy(() -> ApiSettings.fromMap(Map.of("HTTP.PORT", "80"), "api.properties"))
        .hasMessage(
            "Settings file api.properties: unknown key HTTP.PORT (did you mean http.port?); known"
                + " keys: "
                + KNOWN_KEYS);
  }

  @Test
  void aMalformedPortNamesTheFileTheKeyAndWhatIsAccepted() throws IOException {
    Path file = write("http.port=eighty\n");
    assertThatThrownBy(() -> ApiSettings.load(file))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "Settings file " + file + ": http.port=eighty is not a whole number from 0 to 65535");
  }

  @Test
  void aPortAboveTheLastOneIsRefused() {
    assertThatThrownBy(() -> ApiSettings.fromMap(Map.of("http.port", "65536"), "api.properties"))
        .hasMessage(
            "Settings file api.properties: http.port=65536 is not a whole number from 0 to 65535");
  }

  @Test
  void anEmptyPollIntervalIsRefusedRatherThanDefaulted() {
    assertThatThrownBy(
            () -> ApiSettings.fromMap(Map.of("runs.poll_interval_ms", " "), "api.properties"))
        .hasMessage(
            "Settings file api.properties: runs.poll_interval_ms= (empty) is not a whole number of"
                + " 1 or more");
  }

  @Test
  void aMissingFileNamesTheFile() {
    Path missing = dir.resolve("no-such-api.properties");
    assertThatThrownBy(() -> ApiSettings.load(missing))
        .isInstanceOf(SettingsException.class)
        .hasMessage("Settings file " + missing + " cannot be read: no such file");
  }

  @Test
  void aFolderInsteadOfAFileIsUnreadable() {
    assertThatThrownBy(() -> ApiSettings.load(dir))
        .hasMessage("Settings file " + dir + " cannot be read: it is a folder");
  }

  @Test
  void aFileThatIsNotUtf8IsUnreadable() throws IOException {
    Path file = dir.resolve("latin1.properties");
    Files.write(file, new byte[] {'h', 't', 't', 'p', '.', 'p', 'o', 'r', 't', '=', (byte) 0xE9});
    assertThatThrownBy(() -> ApiSettings.load(file))
        .hasMessage("Settings file " + file + " cannot be read: it is not UTF-8 text");
  }

  @Test
  void aKeyGivenTwiceIsRefusedSinceOneOfTheTwoWouldBeIgnored() throws IOException {
    Path file = write("auth.token_sha256=" + HASH + "\nauth.token_sha256=" + "b".repeat(64) + "\n");
    assertThatThrownBy(() -> ApiSettings.load(file))
        .hasMessage(
            "Settings file "
                + file
                + ": key auth.token_sha256 given more than once; give each key once");
  }

  @Test
  void aTokenHashThatIsNoHashIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(
            () -> ApiSettings.fromMap(Map.of("auth.token_sha256", "s3cret"), "api.properties"))
        .hasMessage(
            "Settings file api.properties: auth.token_sha256 holds a value that is not a SHA-256"
                + " hash (64 hex digits); the value is not shown, as it may be a secret")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
  }

  @Test
  void anEmptyTokenListIsRefusedRatherThanServingOpenly() {
    assertThatThrownBy(
            () -> ApiSettings.fromMap(Map.of("auth.token_sha256", " , "), "api.properties"))
        .hasMessage(
            "Settings file api.properties: auth.token_sha256 is empty; give one or more SHA-256"
                + " hashes (64 hex digits), comma-separated, or leave the key out");
  }

  @Test
  void aCorsOriginWithAPathIsRefused() {
    assertThatThrownBy(
            () ->
                ApiSettings.fromMap(
                    Map.of("cors.origins", "https://a.example, https://b.example/app"),
                    "api.properties"))
        .hasMessage(
            "Settings file api.properties: cors.origins holds https://b.example/app, which is not"
                + " * or an origin such as https://host[:port] (no path)");
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("api.properties"), text);
  }
}
