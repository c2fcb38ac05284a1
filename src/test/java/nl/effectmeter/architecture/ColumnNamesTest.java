package nl.effectmeter.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.effectmeter.cells.FactColumns;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.TableColumn;
import org.junit.jupiter.api.Test;

/**
 * Every column name has one home (issue 20): the input datasets' names in {@code
 * dataset/InputColumns.java}, the published tables' in {@code warehouse/}, the dimensions' in
 * {@link Dimension}. The sources are read as text: a column name written out as a string literal
 * anywhere else fails, and so does a piece of a published name composed from an indicator's id
 * ({@code "_ci_low"}, {@code "before_"}) outside {@code warehouse/FeasibilityColumns.java}, so that
 * renaming a column is a change of one line. Within {@code warehouse/} each file is held to the
 * names of its own tables.
 *
 * <p>The API's side ({@code api}, {@code answer}, {@code web}, {@code server}) writes out the same
 * words as its own names too (query parameters, JSON properties, the OpenAPI document, HTML
 * labels), so there only the names an API never uses for anything else are held to their home: the
 * input names with an underscore that are not also published columns ({@code organisation_code},
 * {@code case_id}, {@code raised_at}, ...).
 */
class ColumnNamesTest {
  private static final Path MAIN = Path.of("src/main/java/nl/effectmeter");

  private static final String INPUT_HOME = "dataset/InputColumns.java";

  private static final String CODE_LISTS_HOME = "reference/CodeLists.java";

  private static final Set<String> API_SIDE = Set.of("api", "answer", "web", "server");

  /** Files of the API's side that serve or show a published table's rows by its column names. */
  private static final Set<String> TABLE_ROWS_ON_THE_API_SIDE =
      Set.of(
          "answer/ObservationJson.java",
          "answer/SignalJson.java",
          "answer/FeasibilityService.java",
          "web/FeasibilityTable.java");

  /**
   * Files that may write a name out although they are not its home, each for a reason that is not a
   * column of the same name.
   */
  private static final Map<String, Set<String>> ALSO_WRITTEN_IN =
      Map.ofEntries(
          // a complaint category, a code of reference/CodeLists, and the synthetic complaints'
          // weight of it (keyed by the code, checked against CodeLists.COMPLAINT_CATEGORIES)
          Map.entry(
              "decision", Set.of("reference/CodeLists.java", "generate/ComplaintGenerator.java")),
          // quantities, named in the indicator catalogue's Quantity
          Map.entry("achieved", Set.of("indicator/Quantity.java")),
          Map.entry("upheld", Set.of("indicator/Quantity.java")),
          // the reason column of a source mapping's skipped.sql (the quarantine's is published)
          Map.entry("reason", Set.of("mapping/MappingAccounting.java")),
          Map.entry("_status", Set.of("mapping/MappingAccounting.java")),
          // the information loss of the disclosure audit (JSON in the manifest); privacy comes
          // before warehouse in the layout and cannot import it
          Map.entry("breakdown", Set.of("privacy/InformationLoss.java")),
          Map.entry("granularity", Set.of("privacy/InformationLoss.java")),
          // the manifest's own JSON: the run it was compared with, an input check's severity and
          // message
          Map.entry("previous_run", Set.of("warehouse/Manifest.java")),
          Map.entry("severity", Set.of("warehouse/Manifest.java")),
          Map.entry("message", Set.of("warehouse/Manifest.java")),
          // folders of a run: the signals table's and the reference data's
          Map.entry("signals", Set.of("warehouse/WarehouseLayout.java")),
          Map.entry("reference", Set.of("warehouse/WarehouseLayout.java")));

  private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*)\"");

  private static final Pattern STRING_CONSTANT =
      Pattern.compile("static final String ([A-Z][A-Z0-9_]*)\\s*=\\s*\"([a-z][a-z0-9_]*)\";");

  private static final Pattern ANY_LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");

  private static final Pattern UNDERSCORE_THEN_CONSTANT =
      Pattern.compile("\"_\"\\s*\\+\\s*(?:[A-Za-z]\\w*\\.)?([A-Z][A-Z0-9_]*)\\b");

  private static final Pattern CONSTANT_THEN_UNDERSCORE =
      Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\s*\\+\\s*\"_\"");

  private static final String PUBLISHED_HOME = "warehouse/PublishedColumns.java";
  private static final String REVISION_HOME = "warehouse/RevisionColumns.java";
  private static final String FEASIBILITY_HOME = "warehouse/FeasibilityColumns.java";

  /** The homes of the published tables' columns, and the one of the input datasets'. */
  private static final List<String> HOMES =
      List.of(PUBLISHED_HOME, REVISION_HOME, FEASIBILITY_HOME, INPUT_HOME);

  @Test
  void inputColumnNamesAreWrittenOutOnlyInInputColumns() throws IOException {
    Set<String> dimensions = new TreeSet<>(dimensionColumns());
    Map<String, Set<String>> homes = new TreeMap<>();
    for (String name : inputNames()) {
      // a published column of the same name (the revisions table's kind) has its home there too
      homes.put(name, homesOf(name));
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      boolean apiSide = API_SIDE.contains(packageOf(source.getKey()));
      Matcher literal = LITERAL.matcher(source.getValue());
      while (literal.find()) {
        String name = literal.group(1);
        if (!homes.containsKey(name)
            || (apiSide && (!name.contains("_") || dimensions.contains(name)))) {
          continue;
        }
        if (!allowed(name, source.getKey(), homes.get(name))) {
          found.add(source.getKey() + ": \"" + name + "\"");
        }
      }
    }
    assertEquals(
        List.of(), found, "input column names written out beside " + INPUT_HOME + "; use it");
  }

  /**
   * A published column name is written out only in the file of {@code warehouse/} that declares its
   * table ({@link #publishedHomes}), or in {@code dataset/InputColumns.java} when it keeps its
   * input name; the other files of {@code warehouse/} are held to that as well.
   */
  @Test
  void publishedColumnNamesAreWrittenOutOnlyInTheirHome() throws IOException {
    List<String> found = new ArrayList<>();
    Set<String> published = publishedNames();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      String pkg = packageOf(source.getKey());
      if (API_SIDE.contains(pkg) && !TABLE_ROWS_ON_THE_API_SIDE.contains(source.getKey())) {
        continue;
      }
      Matcher literal = LITERAL.matcher(source.getValue());
      while (literal.find()) {
        String name = literal.group(1);
        if (published.contains(name) && !allowed(name, source.getKey(), homesOf(name))) {
          found.add(source.getKey() + ": \"" + name + "\"");
        }
      }
    }
    assertEquals(List.of(), found, "published column names written out beside their home");
  }

  /**
   * A string constant whose value is a published column's name is that column's home or refers to
   * it ({@code RawColumns.REASON = PublishedColumns.REASON}), never a copy of the literal: two
   * constants of one name would be renamed apart. Reads every {@code static final String X = "..."}
   * of the main sources outside the homes, against the names of the published tables and every
   * constant of {@link PublishedColumns} (its quarantine columns, {@code reason} and {@code
   * detail}, included).
   */
  @Test
  void noConstantCopiesAPublishedColumnName() throws IOException {
    Set<String> names = new TreeSet<>(publishedNames());
    for (Field field : PublishedColumns.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError("Cannot read PublishedColumns." + field.getName(), e);
        }
      }
    }
    assertTrue(names.containsAll(Set.of("reason", "detail", "ci_low", "peer_group")));
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      if (HOMES.contains(source.getKey())) {
        continue;
      }
      Matcher constant = STRING_CONSTANT.matcher(source.getValue());
      while (constant.find()) {
        String value = constant.group(2);
        if (names.contains(value) && !allowed(value, source.getKey(), homesOf(value))) {
          found.add(source.getKey() + ": " + constant.group(1) + " = \"" + value + "\"");
        }
      }
    }
    assertEquals(List.of(), found, "constants that copy a published column's name; refer to it");
  }

  /**
   * The feasibility evidence's columns are composed from an indicator's id ({@code
   * before_timely_decision_rate_ci_low}, {@code open_cases_status}, ...) by {@code
   * warehouse/FeasibilityColumns.java} alone. Anywhere else, in any package, a piece of such a name
   * fails: a string literal that is one of the prefixes or suffixes ({@code "_ci_low"}, {@code
   * "before_"}), a format with one glued to {@code %s} ({@code "%s_ci_low"}), or {@code "_"} joined
   * to a published column's constant that makes one ({@code "_" + CI_LOW}).
   */
  @Test
  void composedColumnNamesAreComposedOnlyInTheirHome() throws IOException {
    Set<String> suffixes = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    affixes(suffixes, prefixes);
    Map<String, Set<String>> constants = publishedConstants();
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      String file = source.getKey();
      if (file.equals(FEASIBILITY_HOME)) {
        continue;
      }
      Matcher literal = ANY_LITERAL.matcher(source.getValue());
      while (literal.find()) {
        String text = literal.group(1);
        for (String suffix : suffixes) {
          if ((text.equals(suffix) || text.contains("%s" + suffix))
              && !allowed(suffix, file, Set.of())) {
            found.add(file + ": \"" + text + "\"");
          }
        }
        for (String prefix : prefixes) {
          if ((text.equals(prefix) || text.contains(prefix + "%s"))
              && !allowed(prefix, file, Set.of())) {
            found.add(file + ": \"" + text + "\"");
          }
        }
      }
      Matcher joined = UNDERSCORE_THEN_CONSTANT.matcher(source.getValue());
      while (joined.find()) {
        for (String value : constants.getOrDefault(joined.group(1), Set.of())) {
          if (suffixes.contains("_" + value)) {
            found.add(file + ": \"_\" + " + joined.group(1));
          }
        }
      }
      joined = CONSTANT_THEN_UNDERSCORE.matcher(source.getValue());
      while (joined.find()) {
        for (String value : constants.getOrDefault(joined.group(1), Set.of())) {
          if (prefixes.contains(value + "_")) {
            found.add(file + ": " + joined.group(1) + " + \"_\"");
          }
        }
      }
    }
    assertEquals(
        List.of(),
        found,
        "published column names composed beside " + FEASIBILITY_HOME + "; use it");
  }

  /**
   * The API's side takes the keys of its answers from the published tables' homes and its own (e.g.
   * {@link Dimension.Attribute}), never from {@code dataset/InputColumns.java}: renaming an input
   * column must not rename a key of an API answer unnoticed.
   */
  @Test
  void theApiSideNeverNamesAnInputColumn() throws IOException {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      if (API_SIDE.contains(packageOf(source.getKey()))
          && source.getValue().contains("InputColumns")) {
        found.add(source.getKey());
      }
    }
    assertEquals(List.of(), found, "API-side files that name input columns");
  }

  /**
   * A government layer's code ({@code rijk}, {@code gemeente}, ...) is written out only in {@code
   * reference/CodeLists.java}; everywhere else it is one of that file's constants ({@code
   * CodeLists.MUNICIPALITY_LAYER}), so that a list, a switch or a synthetic organisation cannot
   * drift from the code list ingest validates.
   */
  @Test
  void governmentLayerCodesAreWrittenOutOnlyInCodeLists() throws IOException {
    assertWrittenOutOnlyInCodeLists("government layer", CodeLists.GOVERNMENT_LAYERS, Set.of());
  }

  /**
   * The same for a feasibility signal's kind and response. {@code web/Words.java} holds the words a
   * page shows, and the Dutch word for an emergency signal is the code itself.
   */
  @Test
  void feasibilityKindsAndResponsesAreWrittenOutOnlyInCodeLists() throws IOException {
    List<String> codes = new ArrayList<>(CodeLists.FEASIBILITY_KINDS);
    codes.addAll(CodeLists.FEASIBILITY_RESPONSES);
    assertWrittenOutOnlyInCodeLists(
        "feasibility kind or response", codes, Set.of("web/Words.java"));
  }

  private static void assertWrittenOutOnlyInCodeLists(
      String what, List<String> codeList, Set<String> wordFiles) throws IOException {
    Set<String> codes = Set.copyOf(codeList);
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      if (source.getKey().equals(CODE_LISTS_HOME) || wordFiles.contains(source.getKey())) {
        continue;
      }
      Matcher literal = LITERAL.matcher(source.getValue());
      while (literal.find()) {
        if (codes.contains(literal.group(1))) {
          found.add(source.getKey() + ": \"" + literal.group(1) + "\"");
        }
      }
    }
    String home = Files.readString(MAIN.resolve(CODE_LISTS_HOME));
    for (String code : codes) {
      assertTrue(home.contains("\"" + code + "\""), code + " is not in " + CODE_LISTS_HOME);
    }
    assertEquals(
        List.of(), found, what + " codes written out beside " + CODE_LISTS_HOME + "; use it");
  }

  /**
   * The dimension columns of the published tables are Dimension's, in Dimension's order; {@link
   * PublishedColumns} writes them out as constants an annotation can name.
   */
  @Test
  void theDimensionColumnsAreDimensions() {
    List<String> dimensions = dimensionColumns();
    assertEquals(
        List.of(
            "organisation",
            "regulation",
            "municipality",
            "province",
            "government_layer",
            "client_segment",
            "channel"),
        dimensions);
    assertEquals(
        dimensions,
        List.of(
            PublishedColumns.ORGANISATION,
            PublishedColumns.REGULATION,
            PublishedColumns.MUNICIPALITY,
            PublishedColumns.PROVINCE,
            PublishedColumns.GOVERNMENT_LAYER,
            PublishedColumns.CLIENT_SEGMENT,
            PublishedColumns.CHANNEL));
    assertEquals(dimensions, FactColumns.DIMENSIONS);
  }

  /**
   * A row of the indicators table is identified by the indicator, the breakdown, the granularity,
   * the period and then the dimensions; the revisions table starts with that same key. Written out
   * whole, so that a column added to the key fails here rather than shifting a sub-list.
   */
  @Test
  void theIndicatorKeyIsTheIndicatorThePeriodAndTheDimensions() {
    List<String> key = new ArrayList<>();
    key.addAll(
        List.of(
            PublishedColumns.INDICATOR,
            PublishedColumns.BREAKDOWN,
            PublishedColumns.GRANULARITY,
            PublishedColumns.PERIOD));
    key.addAll(dimensionColumns());
    assertEquals(key, PublishedColumns.INDICATOR_KEY);
    assertEquals(
        key,
        RevisionColumns.COLUMNS.subList(0, key.size()).stream().map(TableColumn::name).toList());
  }

  /** The check reads something: the homes exist and hold the names. */
  @Test
  void theHomesHoldTheNames() throws IOException {
    String inputHome = Files.readString(MAIN.resolve(INPUT_HOME));
    for (String name : inputNames()) {
      assertTrue(inputHome.contains("\"" + name + "\""), name + " is not in " + INPUT_HOME);
    }
    assertTrue(sources().size() > 100, "the sources were not found");
    Set<String> suffixes = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    affixes(suffixes, prefixes);
    assertEquals(Set.of("_status", "_ci_low", "_ci_high", "_reason", "_change"), suffixes);
    assertEquals(Set.of("before_", "after_"), prefixes);
  }

  /**
   * Every published column name with the file of {@code warehouse/} that declares it: the
   * indicators, signals and disclosure tables' in {@code PublishedColumns}, the revisions table's
   * own in {@code RevisionColumns}, the feasibility tables' own (those neither of the cell's keys
   * nor an input name) in {@code FeasibilityColumns}.
   */
  private static Map<String, Set<String>> publishedHomes() {
    Map<String, Set<String>> homes = new TreeMap<>();
    for (List<String> table :
        List.of(
            PublishedColumns.INDICATOR_COLUMNS,
            PublishedColumns.SIGNAL_COLUMNS,
            PublishedColumns.DISCLOSURE_COLUMNS)) {
      table.forEach(name -> homes.computeIfAbsent(name, n -> new TreeSet<>()).add(PUBLISHED_HOME));
    }
    for (TableColumn column : RevisionColumns.COLUMNS) {
      if (!PublishedColumns.INDICATOR_KEY.contains(column.name())) {
        homes.computeIfAbsent(column.name(), n -> new TreeSet<>()).add(REVISION_HOME);
      }
    }
    Set<String> inputs = inputNames();
    for (String table : FeasibilityColumns.TABLES) {
      for (TableColumn column : FeasibilityColumns.of(table)) {
        if (!homes.containsKey(column.name()) && !inputs.contains(column.name())) {
          homes.computeIfAbsent(column.name(), n -> new TreeSet<>()).add(FEASIBILITY_HOME);
        }
      }
    }
    return homes;
  }

  /** The files that may write a column name out: its published home, and InputColumns for input. */
  private static Set<String> homesOf(String name) {
    Set<String> homes = new TreeSet<>(publishedHomes().getOrDefault(name, Set.of()));
    if (inputNames().contains(name)) {
      homes.add(INPUT_HOME);
    }
    return homes;
  }

  /**
   * The pieces the composed published names are made of: a composed name is a published one that no
   * home writes out whole and that is not an indicator's id; each indicator id or composed name it
   * starts or ends with gives a suffix ({@code _ci_low}) or a prefix ({@code before_}).
   */
  private static void affixes(Set<String> suffixes, Set<String> prefixes) throws IOException {
    Set<String> indicators = new TreeSet<>();
    for (Indicator indicator : Indicator.values()) {
      indicators.add(indicator.id());
    }
    StringBuilder homes = new StringBuilder();
    for (String home : HOMES) {
      homes.append(Files.readString(MAIN.resolve(home)));
    }
    Set<String> composed = new TreeSet<>();
    for (String name : publishedNames()) {
      if (!indicators.contains(name) && homes.indexOf("\"" + name + "\"") < 0) {
        composed.add(name);
      }
    }
    Set<String> stems = new TreeSet<>(indicators);
    stems.addAll(composed);
    for (String name : composed) {
      for (String stem : stems) {
        if (name.startsWith(stem + "_")) {
          suffixes.add(name.substring(stem.length()));
        }
        if (name.endsWith("_" + stem)) {
          prefixes.add(name.substring(0, name.length() - stem.length()));
        }
      }
    }
  }

  /** The published tables' String constants by their field name, e.g. CI_LOW to ci_low. */
  private static Map<String, Set<String>> publishedConstants() {
    Map<String, Set<String>> constants = new TreeMap<>();
    for (Class<?> home :
        List.of(PublishedColumns.class, RevisionColumns.class, FeasibilityColumns.class)) {
      for (Field field : home.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          try {
            constants
                .computeIfAbsent(field.getName(), n -> new TreeSet<>())
                .add((String) field.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError("Cannot read " + home.getSimpleName() + "." + field, e);
          }
        }
      }
    }
    return constants;
  }

  /** The dimensions' column names, in {@link Dimension}'s order. */
  private static List<String> dimensionColumns() {
    return Stream.of(Dimension.values()).map(Dimension::column).toList();
  }

  private static boolean allowed(String name, String file, Set<String> homes) {
    return homes.contains(file) || ALSO_WRITTEN_IN.getOrDefault(name, Set.of()).contains(file);
  }

  private static Set<String> inputNames() {
    Set<String> names = new TreeSet<>();
    for (InputDataset dataset : InputDataset.values()) {
      names.addAll(dataset.columnNames());
    }
    return names;
  }

  /** The column names of every published table whose columns are declared. */
  private static Set<String> publishedNames() {
    Set<String> names = new TreeSet<>();
    names.addAll(PublishedColumns.INDICATOR_COLUMNS);
    names.addAll(PublishedColumns.SIGNAL_COLUMNS);
    names.addAll(PublishedColumns.DISCLOSURE_COLUMNS);
    RevisionColumns.COLUMNS.forEach(c -> names.add(c.name()));
    for (String table : FeasibilityColumns.TABLES) {
      FeasibilityColumns.of(table).forEach(c -> names.add(c.name()));
    }
    return names;
  }

  /** Every main source file by its path under {@code nl/effectmeter/}, with its text. */
  private static Map<String, String> sources() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(MAIN.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return sources;
  }

  private static String packageOf(String file) {
    int slash = file.indexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }
}
