package nl.effectmeter.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.effectmeter.dataset.InputDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's places are the 342 municipalities of 2024 (CBS), drawn by population. */
class RealMunicipalitiesTest {
  private static final Set<String> NATIONAL = Set.of("UWV", "SVB", "DUO", "BDT");
  private static final Set<String> FOUR_CITIES = Set.of("GM0363", "GM0599", "GM0518", "GM0344");

  @TempDir Path dir;

  @Test
  void theReferenceDataHoldEveryMunicipalityWithItsPopulationAndUrbanisation() {
    Generator.generate(settings());
    List<List<String>> rows =
        CsvFile.rows(dir.resolve(InputDataset.MUNICIPALITIES.location() + ".csv"));
    assertThat(rows).hasSize(342);
    // CBS counts 17,942,942 inhabitants on 1 January 2024.
    assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(3))).sum()).isEqualTo(17_942_942L);
    assertThat(rows).allSatisfy(r -> assertThat(r.get(4)).isIn("1", "2", "3", "4", "5"));
    assertThat(rows).contains(List.of("GM0014", "Groningen", "PV20", "243768", "1"));
    assertThat(rows)
        .anySatisfy(r -> assertThat(r.get(1)).isEqualTo("Nuenen, Gerwen en Nederwetten"));
  }

  @Test
  void casesOfNationalRegulationsAreDrawnInProportionToPopulation() {
    Generator.generate(settings());
    List<List<String>> cases = CsvFile.rows(dir.resolve("services.csv"));
    List<List<String>> national =
        cases.stream().filter(r -> r.size() > 3 && NATIONAL.contains(r.get(1))).toList();
    long inFourCities = national.stream().filter(r -> FOUR_CITIES.contains(r.get(3))).count();
    // Amsterdam 931,298 + Rotterdam 670,610 + 's-Gravenhage 566,221 + Utrecht 374,238 inhabitants
    // = 2,542,367 of 17,942,942: 14.2%. With some 2,500 national cases the share's standard
    // error is 0.7 points; 2 points is about three of them.
    assertThat(national.size()).isGreaterThan(2000);
    assertThat((double) inFourCities / national.size()).isCloseTo(0.142, within(0.02));
  }

  private GeneratorSettings settings() {
    return new GeneratorSettings(
        4000, 7, dir, GeneratorSettings.DEFAULT_START, GeneratorSettings.DEFAULT_AS_OF, false);
  }
}
