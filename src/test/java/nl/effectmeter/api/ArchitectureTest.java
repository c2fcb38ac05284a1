package nl.effectmeter.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.effectmeter");

  @Test
  void theApiAndTheStoreNeverDependOnSpark() {
    noClasses()
        .that()
        .resideInAnyPackage("nl.effectmeter.api..", "nl.effectmeter.store..")
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
}
