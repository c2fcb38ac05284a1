package nl.effectmeter.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InputCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aBlankMessageIsRefusedNamingTheCheck() {
    assertThatThrownBy(() -> new Manifest.InputCheck("completeness", "services", "warn", " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Input check completeness on services has a blank message; a check says what it"
                + " found in a sentence");
  }

  @Test
  void theServedCheckHasNoMessage() {
    Manifest.InputCheck stored =
        new Manifest.InputCheck(
            "completeness", "services", "warn", "services: channel is filled in 0% ...");
    assertThat(stored.withoutSentence())
        .isEqualTo(new Manifest.InputCheck("completeness", "services", "warn", null));
  }

  @Test
  void aStoredCheckIsReadWithItsMessage() throws Exception {
    Manifest.InputCheck read =
        JSON.readValue(
            "{\"check\":\"newest_month\",\"dataset\":\"outcomes\",\"severity\":\"warn\","
                + "\"message\":\"outcomes: SVB's outcomes measured in 2025-06 are 20% of the"
                + " median\"}",
            Manifest.InputCheck.class);
    assertThat(read)
        .isEqualTo(
            new Manifest.InputCheck(
                "newest_month",
                "outcomes",
                "warn",
                "outcomes: SVB's outcomes measured in 2025-06 are 20% of the median"));
  }

  @Test
  void aStoredCheckWithoutMessageIsRefused() {
    assertThatThrownBy(
            () ->
                JSON.readValue(
                    "{\"check\":\"settled_month\",\"dataset\":\"complaints\",\"severity\":\"warn\"}",
                    Manifest.InputCheck.class))
        .hasMessageContaining(
            "Input check settled_month on complaints has no message; a stored manifest's check"
                + " says what it found in a sentence");
  }

  @Test
  void aStoredCheckWithABlankMessageIsRefused() {
    assertThatThrownBy(
            () ->
                JSON.readValue(
                    "{\"check\":\"settled_month\",\"dataset\":\"complaints\",\"severity\":\"warn\","
                        + "\"message\":\"\"}",
                    Manifest.InputCheck.class))
        .hasMessageContaining("Input check settled_month on complaints has a blank message");
  }
}
