package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.effectmeter.ingest.InvalidInputException;
import nl.effectmeter.settings.JobSettings;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.testing.InputLocation;
import nl.effectmeter.testing.TestSpark;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad reference data and too much quarantined fact data fail the run and publish nothing. */
class PublicationGuardsTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

  @TempDir Path root;

  @Test
  void anInvalidReferenceRowFailsTheRunNamingFileRecordAndRule() {
    Path input =
        new InputLocation(root.resolve("input"))
            .regulations(
                "regulation_code,name,legal_term_days,outcome_window_days\n"
                    + "WW,Werkloosheidswet,56,180\nAOW,Algemene Ouderdomswet,0,90\n")
            .service("S1,UWV,WW,GM0363,2025-01-06,,,online,,,")
            .write();
    assertThatThrownBy(() -> run(input, "bad-reference"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Reference data is invalid; fix these rows and run again:")
        .hasMessageContaining(
            "reference/regulations.csv record 2: legal_term_days '0' must be greater than 0"
                + " (bad_value)");
    assertThat(root.resolve("warehouse/CURRENT")).doesNotExist();
  }

  @Test
  void aMunicipalityCodeThatIsNotACbsCodeFailsTheRun() {
    Path input =
        new InputLocation(root.resolve("input"))
            .municipalities(
                "municipality_code,name,province_code,population\nGM0363,Amsterdam,PV27,931298\n"
                    + "0599,Rotterdam,PV28,664311\n")
            .service("S1,UWV,WW,GM0363,2025-01-06,,,online,,,")
            .write();
    assertThatThrownBy(() -> run(input, "bad-municipality"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "reference/municipalities.csv record 2: municipality_code '0599' is not of the form"
                + " GM + 4 digits (bad_value)");
  }

  @Test
  void anUrbanisationOutsideOneToFiveFailsTheRunAndAValidOneIsPublishedWithTheMunicipality() {
    Path bad =
        new InputLocation(root.resolve("bad"))
            .municipalities(
                "municipality_code,name,province_code,population,urbanisation\n"
                    + "GM0363,Amsterdam,PV27,931298,1\nGM0599,Rotterdam,PV28,664311,6\n")
            .service("S1,UWV,WW,GM0363,2025-01-06,,,online,,,")
            .write();
    assertThatThrownBy(() -> run(bad, "bad-urbanisation"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "reference/municipalities.csv record 2: urbanisation '6' is not between 1 and 5"
                + " (bad_value)");

    Path good =
        new InputLocation(root.resolve("good"))
            .municipalities(
                "municipality_code,name,province_code,population,urbanisation\n"
                    + "GM0363,Amsterdam,PV27,931298,1\nGM0599,Rotterdam,PV28,664311,\n")
            .service("S1,UWV,WW,GM0363,2025-01-06,,,online,,,")
            .write();
    run(good, "urbanisation");
    Run published =
        new RunLoader(new WarehouseLayout(root.resolve("warehouse").toString()))
            .load("urbanisation");
    assertThat(published.reference().municipalities().get("GM0363").urbanisation()).isEqualTo(1);
    assertThat(published.reference().municipalities().get("GM0599").urbanisation()).isNull();
  }

  @Test
  void aQuarantinedShareOfExactlyFivePercentPublishesButTenPercentFailsAndKeepsTheLastRun()
      throws IOException {
    // first run: 1 of 20 services quarantined = 5%, not more than 0.05 -> published
    InputLocation first = new InputLocation(root.resolve("first"));
    for (int i = 1; i <= 19; i++) {
      first.service("S" + i + ",UWV,WW,GM0363,2025-01-06,,,online,,,");
    }
    first.service("S20,UWV,WW,GM0363,2025-01-06,,,fax,,,");
    run(first.write(), "first");
    assertThat(current()).isEqualTo("first");

    // second run: 1 of 10 services quarantined = 10% -> fails, nothing new published
    InputLocation second = new InputLocation(root.resolve("second"));
    for (int i = 1; i <= 9; i++) {
      second.service("S" + i + ",UWV,WW,GM0363,2025-01-06,,,online,,,");
    }
    second.service("S10,UWV,WW,GM0363,2025-01-06,,,fax,,,");
    assertThatThrownBy(() -> run(second.write(), "second"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "10.0% of services rows were quarantined (1 of 10: {bad_value=1}), more than"
                + " max_quarantine_share = 0.05 allows; nothing was published and the last"
                + " published run stays current");
    assertThat(current()).isEqualTo("first");
    assertThat(root.resolve("warehouse/runs/second")).doesNotExist();
  }

  private void run(Path input, String runId) {
    new IndicatorPipeline(TestSpark.session(), JobSettings.defaults())
        .run(
            new JobArgs(
                input.toString(), root.resolve("warehouse").toString(), AS_OF, null, runId));
  }

  private String current() throws IOException {
    return Files.readString(root.resolve("warehouse/CURRENT")).trim();
  }
}
