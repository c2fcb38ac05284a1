package nl.effectmeter.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.TableColumn;
import org.junit.jupiter.api.Test;

/**
 * Every column name has one home (issue 20): the input datasets' names in {@code
 * dataset/InputColumns.java}, the published tables' in {@code warehouse/}, the dimensions' in
 * {@link Dimension}. The sources are read as text: a column name written out as a string literal
 * anywhere else fails, so that renaming a column is a change of one line.
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
      Map.of(
          // a complaint category, a code of reference/CodeLists, and the synthetic complaints'
          // weight of it (keyed by the code, checked against CodeLists.COMPLAINT_CATEGORIES)
          "decision", Set.of("reference/CodeLists.java", "generate/ComplaintGenerator.java"),
          // quantities, named in the indicator catalogue's Quantity
          "achieved", Set.of("indicator/Quantity.java"),
          "upheld", Set.of("indicator/Quantity.java"),
          // the quarantine table's and the mapping accounting's own columns
          "reason", Set.of("ingest/RawColumns.java", "mapping/MappingAccounting.java"),
          "detail", Set.of("ingest/RawColumns.java"),
          // the information loss of the disclosure audit (JSON in the manifest); privacy comes
          // before warehouse in the layout and cannot import it
          "breakdown", Set.of("privacy/InformationLoss.java"),
          "granularity", Set.of("privacy/InformationLoss.java"));

  private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*)\"");

  @Test
  void inputColumnNamesAreWrittenOutOnlyInInputColumns() throws IOException {
    Set<String> published = publishedNames();
    Set<String> dimensions = new TreeSet<>(dimensionColumns());
    Map<String, Set<String>> homes = new TreeMap<>();
    for (String name : inputNames()) {
      homes.put(name, Set.of(INPUT_HOME));
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      boolean apiSide = API_SIDE.contains(packageOf(source.getKey()));
      // a published column of the same name (the revisions table's kind) has its home there
      boolean warehouse = packageOf(source.getKey()).equals("warehouse");
      Matcher literal = LITERAL.matcher(source.getValue());
      while (literal.find()) {
        String name = literal.group(1);
        if (!homes.containsKey(name)
            || (apiSide && (!name.contains("_") || dimensions.contains(name)))
            || (warehouse && published.contains(name))) {
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

  @Test
  void publishedColumnNamesAreWrittenOutOnlyInTheWarehouse() throws IOException {
    Set<String> inputs = inputNames();
    List<String> found = new ArrayList<>();
    Set<String> published = publishedNames();
    for (Map.Entry<String, String> source : sources().entrySet()) {
      String pkg = packageOf(source.getKey());
      if (pkg.equals("warehouse")
          || (API_SIDE.contains(pkg) && !TABLE_ROWS_ON_THE_API_SIDE.contains(source.getKey()))) {
        continue;
      }
      Matcher literal = LITERAL.matcher(source.getValue());
      while (literal.find()) {
        String name = literal.group(1);
        if (!published.contains(name)) {
          continue;
        }
        // a published column that keeps its input name has its home in InputColumns
        Set<String> homes = inputs.contains(name) ? Set.of(INPUT_HOME) : Set.of();
        if (!allowed(name, source.getKey(), homes)) {
          found.add(source.getKey() + ": \"" + name + "\"");
        }
      }
    }
    assertEquals(List.of(), found, "published column names written out outside warehouse/");
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
