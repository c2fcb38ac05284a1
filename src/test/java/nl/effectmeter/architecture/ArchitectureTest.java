package nl.effectmeter.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
  /**
   * Imported once for the class: an instance field would import every class again for each of the
   * rules below (JUnit makes an instance per test), which took most of this class's time.
   */
  private static final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.effectmeter");

  @Test
  void theApiThePagesAndTheStoreNeverDependOnSpark() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "nl.effectmeter.answer..",
            "nl.effectmeter.api..",
            "nl.effectmeter.web..",
            "nl.effectmeter.server..",
            "nl.effectmeter.store..")
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
   * No two packages import each other, directly or round a loop; sub-packages count as packages of
   * their own ({@code api.route} and {@code api} are two), so the loops inside {@code api} stay
   * gone too.
   */
  @Test
  void noPackagesImportEachOtherRoundALoop() {
    slices().matching("nl.effectmeter.(**)").should().beFreeOfCycles().check(classes);
  }

  /**
   * The README's table "How the code is laid out" lists the packages in the order data flows
   * through them: a package imports only packages in rows before its own (and its own
   * sub-packages), and every package has a row.
   */
  @Test
  void aPackageImportsOnlyThePackagesTheReadmeListsAboveIt() throws IOException {
    List<String> layers = readmeLayers();
    if (layers.size() < 10) {
      throw new AssertionError("README.md's layout table lists only " + layers);
    }
    classes()
        .should()
        .resideInAnyPackage(
            layers.stream().map(p -> "nl.effectmeter." + p + "..").toArray(String[]::new))
        .because("every package has its row in README.md's layout table")
        .check(classes);
    for (int i = 0; i < layers.size() - 1; i++) {
      String[] above =
          layers.subList(i + 1, layers.size()).stream()
              .map(p -> "nl.effectmeter." + p + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("nl.effectmeter." + layers.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(above)
          .because("README.md's layout table lists them after " + layers.get(i))
          .check(classes);
    }
  }

  /** The packages of README.md's table "How the code is laid out", in the table's order. */
  private static List<String> readmeLayers() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## How the code is laid out");
    int end = readme.indexOf("\n## ", start + 1);
    if (start < 0 || end < 0) {
      throw new AssertionError("README.md has no section \"How the code is laid out\"");
    }
    Matcher row =
        Pattern.compile("(?m)^\\| [^|]+ \\| `([a-z]+)`[^|]* \\|")
            .matcher(readme.substring(start, end));
    List<String> layers = new ArrayList<>();
    while (row.find()) {
      layers.add(row.group(1));
    }
    return layers;
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
