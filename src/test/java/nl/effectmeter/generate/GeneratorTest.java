package nl.effectmeter.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.effectmeter.dataset.InputDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  private static final int CASES = 4000;
  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  @TempDir Path dir;

  private GenerationSummary generate(String name, long seed, boolean defects) {
    return Generator.generate(
        new GeneratorSettings(
            CASES, seed, dir.resolve(name), GeneratorSettings.DEFAULT_START, AS_OF, defects));
  }

  private static Path file(Path location, InputDataset dataset) {
    return location.resolve(dataset.location() + ".csv");
  }

  @Test
  void theSameSeedWritesIdenticalBytes() throws IOException {
    generate("a", 7, true);
    generate("b", 7, true);
    for (InputDataset dataset : InputDataset.values()) {
      assertThat(Files.readAllBytes(file(dir.resolve("b"), dataset)))
          .as(dataset.datasetName())
          .isEqualTo(Files.readAllBytes(file(dir.resolve("a"), dataset)));
    }
  }

  @Test
  void aDifferentSeedWritesDifferentFacts() throws IOException {
    generate("a", 7, true);
    generate("b", 8, true);
    for (InputDataset dataset : InputDataset.facts()) {
      assertThat(Files.readAllBytes(file(dir.resolve("b"), dataset)))
          .as(dataset.datasetName())
          .isNotEqualTo(Files.readAllBytes(file(dir.resolve("a"), dataset)));
    }
  }

  @Test
  void everyFileStartsWithTheDeclaredColumnsOfItsDataset() throws IOException {
    generate("a", 7, true);
    for (InputDataset dataset : InputDataset.values()) {
      String firstLine = Files.readAllLines(file(dir.resolve("a"), dataset)).get(0);
      assertThat(firstLine).isEqualTo(String.join(",", dataset.columnNames()));
    }
  }

  @Test
  void withoutDefectsThereIsOneServicesRowPerRequestedCase() {
    GenerationSummary summary = generate("a", 7, false);
    assertThat(summary.serviceRows()).isEqualTo(CASES);
    assertThat(CsvFile.rows(file(dir.resolve("a"), InputDataset.SERVICES))).hasSize(CASES);
    assertThat(summary.defects()).isEmpty();
  }

  @Test
  void withDefectsTheOnlyExtraServicesRowsAreTheSecondCopiesOfDuplicatedKeys() {
    GenerationSummary summary = generate("a", 7, true);
    long duplicatedRows = summary.defects().get(DefectKind.SERVICES_DUPLICATE_KEY);
    assertThat(CsvFile.rows(file(dir.resolve("a"), InputDataset.SERVICES)))
        .hasSize((int) (CASES + duplicatedRows / 2));
  }

  @Test
  void withoutDefectsEveryKeyIsUnique() {
    generate("a", 7, false);
    Path location = dir.resolve("a");
    assertUnique(CsvFile.rows(file(location, InputDataset.SERVICES)));
    assertUnique(CsvFile.rows(file(location, InputDataset.COMPLAINTS)));
  }

  private static void assertUnique(List<List<String>> rows) {
    Set<String> keys = new HashSet<>();
    rows.forEach(r -> keys.add(r.get(0)));
    assertThat(keys).hasSize(rows.size());
  }

  @Test
  void withoutDefectsNoRowBreaksAnyRule() {
    generate("a", 7, false);
    RuleCounts counts = RuleCounts.of(dir.resolve("a"), AS_OF);
    assertThat(counts.services).isEmpty();
    assertThat(counts.complaints).isEmpty();
    assertThat(counts.outcomes).isEmpty();
  }

  @Test
  void withDefectsEveryKindOfBrokenRuleOccursAsOftenAsTheSummarySays() {
    GenerationSummary summary = generate("a", 7, true);
    RuleCounts counts = RuleCounts.of(dir.resolve("a"), AS_OF);
    assertThat(summary.defects().keySet()).containsExactlyInAnyOrder(DefectKind.values());
    assertThat(counts.services).isEqualTo(expected(summary, InputDataset.SERVICES));
    assertThat(counts.complaints).isEqualTo(expected(summary, InputDataset.COMPLAINTS));
    assertThat(counts.outcomes).isEqualTo(expected(summary, InputDataset.OUTCOMES));
    assertThat(counts.complaints)
        .containsKeys("organisation_mismatch", "references_quarantined_case");
    assertThat(counts.outcomes).containsKeys("case_not_decided", "references_quarantined_case");
  }

  private static Map<String, Integer> expected(GenerationSummary summary, InputDataset dataset) {
    return summary.defects().entrySet().stream()
        .filter(e -> e.getKey().dataset() == dataset)
        .collect(
            Collectors.toMap(e -> e.getKey().reason(), e -> e.getValue().intValue(), Integer::sum));
  }

  @Test
  void withDefectsUnder2PercentOfServicesAndOutcomesAndUnder5PercentOfComplaintsAreBroken() {
    GenerationSummary summary = generate("a", 7, true);
    Map<InputDataset, Long> rows =
        Map.of(
            InputDataset.SERVICES, summary.serviceRows(),
            InputDataset.COMPLAINTS, summary.complaintRows(),
            InputDataset.OUTCOMES, summary.outcomeRows());
    for (InputDataset dataset : InputDataset.facts()) {
      long broken =
          summary.defects().entrySet().stream()
              .filter(e -> e.getKey().dataset() == dataset)
              .mapToLong(Map.Entry::getValue)
              .sum();
      double limit = dataset == InputDataset.COMPLAINTS ? 0.05 : 0.02;
      assertThat((double) broken / rows.get(dataset)).as(dataset.datasetName()).isLessThan(limit);
    }
  }

  @Test
  void withDefectsValidRowsHoldQuotedClientKeysWithACommaAndALineBreak() {
    generate("a", 7, true);
    List<String> keys =
        CsvFile.rows(file(dir.resolve("a"), InputDataset.SERVICES)).stream()
            .filter(r -> r.size() == 11 && r.get(8) != null)
            .map(r -> r.get(8))
            .toList();
    assertThat(keys).anyMatch(k -> k.contains(",")).anyMatch(k -> k.contains("\n"));
  }

  @Test
  void someUtcTimestampsFallOnTheNextLocalDay() {
    generate("a", 7, false);
    long nextDay =
        CsvFile.rows(file(dir.resolve("a"), InputDataset.SERVICES)).stream()
            .map(r -> r.get(4))
            .filter(t -> t.endsWith("Z"))
            .filter(t -> !RuleCounts.date(t).toString().equals(t.substring(0, 10)))
            .count();
    assertThat(nextDay).isPositive();
  }
}
