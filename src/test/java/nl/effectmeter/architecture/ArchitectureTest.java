package nl.effectmeter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            "nl.effectmeter.feasibility..",
            "nl.effectmeter.privacy..",
            "nl.effectmeter.table..",
            "nl.effectmeter.signal..",
            "nl.effectmeter.settings..",
            "nl.effectmeter.dataset..",
            "nl.effectmeter.warehouse..",
            "nl.effectmeter.reference..")
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

  /**
   * The API jar (pom.xml, shade execution {@code api-jar}) leaves the job's Spark packages out and
   * carries no Spark: every class it does carry must therefore depend on neither, or {@code java
   * -jar effectmeter-api.jar} fails at run time. The package list is read from pom.xml, so the rule
   * follows the jar.
   */
  @Test
  void whatTheApiJarCarriesNeverNeedsWhatItLeavesOut() throws IOException {
    List<String> leftOut = apiJarExclusions();
    if (leftOut.isEmpty()) {
      throw new AssertionError("pom.xml's api-jar execution excludes no nl/effectmeter package");
    }
    List<String> forbidden = new ArrayList<>(leftOut);
    forbidden.add("org.apache.spark..");
    forbidden.add("scala..");
    noClasses()
        .that()
        .resideOutsideOfPackages(leftOut.toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.toArray(String[]::new))
        .because("pom.xml's api-jar leaves out " + leftOut + " and Spark is provided")
        .check(classes);
  }

  private static List<String> apiJarExclusions() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    int start = pom.indexOf("<id>api-jar</id>");
    int end = pom.indexOf("</execution>", start);
    if (start < 0 || end < 0) {
      throw new AssertionError("pom.xml has no shade execution with id api-jar");
    }
    Matcher exclude =
        Pattern.compile("<exclude>nl/effectmeter/([a-z]+)/\\*\\*</exclude>")
            .matcher(pom.substring(start, end));
    List<String> packages = new ArrayList<>();
    while (exclude.find()) {
      packages.add("nl.effectmeter." + exclude.group(1) + "..");
    }
    return packages;
  }
}
