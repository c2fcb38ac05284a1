package nl.effectmeter.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {
  @Test
  void startAsOfAndDefectsHaveDefaults() {
    GeneratorSettings settings =
        GeneratorSettings.parse("--cases", "10", "--seed", "3", "--output", "out");
    assertThat(settings)
        .isEqualTo(
            new GeneratorSettings(
                10, 3, Path.of("out"), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), true));
  }

  @Test
  void everyOptionMapsToItsSetting() {
    GeneratorSettings settings =
        GeneratorSettings.parse(
            "--cases",
            "1_000",
            "--seed",
            "-5",
            "--output",
            "x",
            "--start",
            "2022-02-01",
            "--as-of",
            "2024-06-30",
            "--defects",
            "false");
    assertThat(settings)
        .isEqualTo(
            new GeneratorSettings(
                1000,
                -5,
                Path.of("x"),
                LocalDate.of(2022, 2, 1),
                LocalDate.of(2024, 6, 30),
                false));
  }

  @Test
  void anUnknownOptionIsRejectedByName() {
    assertThatThrownBy(
            () -> GeneratorSettings.parse("--cases", "1", "--seed", "1", "--colour", "red"))
        .hasMessage("Unknown option: --colour");
  }

  @Test
  void aMissingRequiredOptionIsNamed() {
    assertThatThrownBy(() -> GeneratorSettings.parse("--cases", "1", "--seed", "1"))
        .hasMessage("Missing required option --output");
  }

  @Test
  void anUnparseableNumberIsShownWithItsOption() {
    assertThatThrownBy(
            () -> GeneratorSettings.parse("--cases", "many", "--seed", "1", "--output", "o"))
        .hasMessage("Cannot parse --cases as a number: many");
  }

  @Test
  void defectsMustBeTrueOrFalse() {
    assertThatThrownBy(
            () ->
                GeneratorSettings.parse(
                    "--cases", "1", "--seed", "1", "--output", "o", "--defects", "yes"))
        .hasMessage("--defects must be true or false: yes");
  }
}
