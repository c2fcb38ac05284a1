package nl.effectmeter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies follow the data's path: domain logic and the API never import the engine. */
class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.effectmeter");

  @Test
  void theApiThePagesAndTheStoreNeverDependOnSpark() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "nl.effectmeter.api..", "nl.effectmeter.web..", "nl.effectmeter.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(classes);
  }

  @Test
  void theStoreNeverDependsOnHttp() {
    noClasses()
        .that()
        .resideInAPackage("nl.effectmeter.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "nl.effectmeter.api..")
        .check(classes);
  }

  @Test
  void indicatorPrivacyAndSignalLogicImportNeitherSparkNorHttp() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "nl.effectmeter.indicator..",
            "nl.effectmeter.privacy..",
            "nl.effectmeter.table..",
            "nl.effectmeter.signal..",
            "nl.effectmeter.settings..",
            "nl.effectmeter.dataset..",
            "nl.effectmeter.warehouse..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "io.javalin..", "org.apache.hadoop..")
        .check(classes);
  }

  @Test
  void theJobNeverDependsOnTheApi() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "nl.effectmeter.job..", "nl.effectmeter.ingest..", "nl.effectmeter.cells..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.effectmeter.api..", "nl.effectmeter.store..", "io.javalin..")
        .check(classes);
  }
}
