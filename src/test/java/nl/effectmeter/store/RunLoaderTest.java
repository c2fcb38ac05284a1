package nl.effectmeter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLoaderTest {
  @TempDir static Path dir;
  static Run run;

  @BeforeAll
  static void load() {
    Path root = TestWarehouse.copyInto(dir);
    run = new RunLoader(new WarehouseLayout(root.toString())).load(TestWarehouse.RUN_ID);
  }

  @Test
  void everyPublishedRowIsLoaded() {
    assertThat(run.observations().size()).isEqualTo(258_100);
  }

  @Test
  void aWarehouseGivenAsAHadoopUriLoadsTheSameRun() {
    Path root = dir.resolve("warehouse");
    Run viaUri =
        new RunLoader(new WarehouseLayout(root.toUri().toString())).load(TestWarehouse.RUN_ID);
    assertThat(root.toUri().toString()).startsWith("file:");
    assertThat(viaUri.observations().size()).isEqualTo(run.observations().size());
    assertThat(viaUri.manifest()).isEqualTo(run.manifest());
  }

  @Test
  void theManifestIsReadWithItsRunId() {
    assertThat(run.id()).isEqualTo("example");
    assertThat(run.manifest().asOf()).isEqualTo("2025-12-31");
  }

  @Test
  void aRowKeepsItsNumbersAndStatus() {
    Observation uwv =
        run.observations()
            .organisationRow("timely_decision_rate", Granularity.YEAR, "2025", "UWV")
            .orElseThrow();
    assertThat(uwv.status()).isEqualTo("ok");
    assertThat(uwv.value()).isCloseTo(0.724832, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(uwv.governmentLayer()).isEqualTo("zbo");
    assertThat(uwv.ciLow()).isLessThan(uwv.value());
  }

  @Test
  void suppressedRowsCarryNoNumbers() {
    Observation hidden =
        run.observations()
            .organisationRow("complaints_received", Granularity.YEAR, "2025", "UWV")
            .orElseThrow();
    assertThat(hidden.status()).isEqualTo("confidential");
    assertThat(hidden.value()).isNull();
    assertThat(hidden.base()).isNull();
  }

  @Test
  void aQueryReturnsOnlyMatchingRowsOfItsSlice() {
    ObservationQuery query =
        new ObservationQuery(
            Breakdown.ORGANISATION_,
            Granularity.YEAR,
            Set.of("cases_decided"),
            Set.of("2025"),
            null,
            null,
            Map.of(Dimension.GOVERNMENT_LAYER, Set.of("zbo")),
            Set.of());
    assertThat(run.observations().select(query))
        .extracting(Observation::organisation, Observation::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SVB", 182.0),
            org.assertj.core.groups.Tuple.tuple("UWV", 149.0));
  }

  @Test
  void referenceDataIsTyped() {
    assertThat(run.reference().organisations().get("UWV").governmentLayer()).isEqualTo("zbo");
    assertThat(run.reference().regulations().get("WW").legalTermDays()).isEqualTo(56);
    assertThat(run.reference().municipalities().get("GM0100").population()).isEqualTo(425_278L);
    assertThat(run.reference().outcomeTypes().get("employed").intended()).isTrue();
  }

  @Test
  void signalsAreReadWithTheirMessages() {
    assertThat(run.signals()).hasSize(3);
    assertThat(run.signals().get(0).message()).contains("legal term");
  }

  @Test
  void anUnknownRunCannotBeLoaded() {
    RunLoader loader = new RunLoader(new WarehouseLayout(dir.resolve("warehouse").toString()));
    assertThatThrownBy(() -> loader.load("missing"))
        .hasMessageContaining("Cannot read manifest")
        .hasMessageContaining("missing");
  }
}
