package nl.effectmeter.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Changing Effectmeter" table stays true file by file (issue 20): every code file,
 * folder, member and test it names exists where it says, so that a newcomer who follows a row finds
 * what the row promises. A file moved or renamed without its row fails here, naming the row and the
 * path.
 */
class ChangingEffectmeterTest {
  private static final Path MAIN = Path.of("src/main/java/nl/effectmeter");
  private static final Path TEST = Path.of("src/test/java/nl/effectmeter");

  /** {@code indicator/Indicator.java}, {@code api/format/ResponseFormat.java}. */
  private static final Pattern CODE_FILE = Pattern.compile("([a-z]+/)+[A-Z]\\w*\\.java");

  /** {@code indicator/IndicatorCalculatorTest}, {@code mapping/BostonMappingTest}. */
  private static final Pattern TEST_CLASS = Pattern.compile("([a-z]+/)+[A-Z]\\w*Test");

  /** {@code answer/}, {@code generate/}: a package of the code. */
  private static final Pattern PACKAGE = Pattern.compile("([a-z]+/)+");

  /** {@code IndicatorPipeline.runTables}, {@code Dimension.Attribute}: a type's member. */
  private static final Pattern MEMBER = Pattern.compile("([A-Z]\\w*)\\.(\\w+)");

  /** {@code WarehouseLayout.java}: a file named in a row that gave its folder before. */
  private static final Pattern BARE_FILE = Pattern.compile("[A-Z]\\w*\\.java");

  /** {@code publish.RunTable}: a type in its package. */
  private static final Pattern QUALIFIED = Pattern.compile("([a-z]+)\\.([A-Z]\\w*)");

  /** Paths from the repository's root that the table names ({@code jobs/mappings/}). */
  private static final List<String> FROM_ROOT = List.of("jobs/", "data-real/");

  @Test
  void everyFileFolderMemberAndTestTheTableNamesExists() throws IOException {
    List<String> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String row : rows) {
      String change = row.substring(1, row.indexOf('|', 1)).trim();
      Matcher quoted = Pattern.compile("`([^`]+)`").matcher(row);
      while (quoted.find()) {
        String name = quoted.group(1);
        String problem = problem(name);
        if (problem != null) {
          missing.add(change + ": " + problem);
        }
        checked += problem == null && isCheckable(name) ? 1 : 0;
      }
    }
    assertThat(missing).isEmpty();
    assertThat(checked).as("paths checked").isGreaterThanOrEqualTo(50);
  }

  @Test
  void aPathThatDoesNotExistIsNamed() throws IOException {
    assertThat(problem("indicator/Indicators.java"))
        .isEqualTo("indicator/Indicators.java is no file under " + MAIN);
    assertThat(problem("indicator/IndicatorsTest"))
        .isEqualTo("indicator/IndicatorsTest is no test under " + TEST);
    assertThat(problem("indicators/")).isEqualTo("indicators/ is no package under " + MAIN);
    assertThat(problem("IndicatorPipeline.runTabels"))
        .isEqualTo("IndicatorPipeline.runTabels: no runTabels in IndicatorPipeline.java");
    assertThat(problem("jobs/mapping/")).isEqualTo("jobs/mapping/ does not exist");
    assertThat(problem("publish.RunTabel"))
        .isEqualTo("publish.RunTabel is no file " + MAIN.resolve("publish/RunTabel.java"));
    assertThat(problem("WarehouseLayuot.java"))
        .isEqualTo("WarehouseLayuot.java is no file under " + MAIN);
    assertThat(problem("format=")).isNull(); // words of the text, not paths
  }

  private static boolean isCheckable(String name) {
    return FROM_ROOT.stream().anyMatch(name::startsWith)
        || CODE_FILE.matcher(name).matches()
        || TEST_CLASS.matcher(name).matches()
        || PACKAGE.matcher(name).matches()
        || BARE_FILE.matcher(name).matches()
        || MEMBER.matcher(name).matches()
        || QUALIFIED.matcher(name).matches();
  }

  /** What is wrong with a name the table writes, or null where it exists (or is no path). */
  private static String problem(String name) throws IOException {
    if (FROM_ROOT.stream().anyMatch(name::startsWith)) {
      return Files.exists(Path.of(name)) ? null : name + " does not exist";
    }
    if (CODE_FILE.matcher(name).matches()) {
      return Files.isRegularFile(MAIN.resolve(name)) ? null : name + " is no file under " + MAIN;
    }
    if (TEST_CLASS.matcher(name).matches()) {
      return Files.isRegularFile(TEST.resolve(name + ".java"))
          ? null
          : name + " is no test under " + TEST;
    }
    if (PACKAGE.matcher(name).matches()) {
      return Files.isDirectory(MAIN.resolve(name)) ? null : name + " is no package under " + MAIN;
    }
    if (BARE_FILE.matcher(name).matches()) {
      return named(name).isEmpty() ? name + " is no file under " + MAIN : null;
    }
    Matcher qualified = QUALIFIED.matcher(name);
    if (qualified.matches()) {
      Path file = MAIN.resolve(qualified.group(1)).resolve(qualified.group(2) + ".java");
      return Files.isRegularFile(file) ? null : name + " is no file " + file;
    }
    Matcher member = MEMBER.matcher(name);
    if (member.matches()) {
      String type = member.group(1);
      String field = member.group(2);
      List<Path> files = named(type + ".java");
      if (files.isEmpty()) {
        return name + ": no " + type + ".java under " + MAIN;
      }
      for (Path file : files) {
        if (Files.readString(file).contains(field)) {
          return null;
        }
      }
      return name + ": no " + field + " in " + type + ".java";
    }
    return null;
  }

  private static List<Path> named(String file) throws IOException {
    try (var walk = Files.walk(MAIN)) {
      return walk.filter(f -> f.getFileName().toString().equals(file)).toList();
    }
  }

  /** The table's rows, without its header. */
  private static List<String> rows() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf("## Changing Effectmeter");
    assertThat(start).as("README's section \"Changing Effectmeter\"").isNotNegative();
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| **")) {
        rows.add(line);
      }
    }
    return rows;
  }
}
