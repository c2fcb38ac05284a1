package nl.effectmeter.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.effectmeter.ingest.InputFormat;
import nl.effectmeter.settings.SettingsReader;

/**
 * Reads a mapping's {@code mapping.properties}: for each raw file, {@code view.NAME.file} and its
 * read options. Fails closed like the settings: an unknown key names the nearest known one.
 */
final class MappingDeclaration {
  static final String FILE_NAME = "mapping.properties";
  private static final Pattern VIEW_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern COLUMN = Pattern.compile("[^,]+");

  private MappingDeclaration() {}

  /** The declared raw views, in the order of their names. */
  static List<RawView> read(Path folder) {
    Path file = folder.resolve(FILE_NAME);
    SettingsReader reader = SettingsReader.load(file);
    List<String> names = new ArrayList<>();
    for (String key : reader.keysStartingWith("view.")) {
      String[] parts = key.split("\\.", 3);
      if (parts.length == 3 && !names.contains(parts[1])) {
        names.add(parts[1]);
      }
    }
    List<RawView> views = new ArrayList<>();
    for (String name : names) {
      String prefix = "view." + name + ".";
      if (!VIEW_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "Mapping declaration "
                + file
                + ": view name "
                + name
                + " must be lower case letters, digits and _ (starting with a letter)");
      }
      String path = reader.requiredText(prefix + "file", "the raw file, relative to --input");
      InputFormat format =
          InputFormat.fromLabel(
              reader.oneOf(
                  prefix + "format",
                  InputFormat.ofFileName(path).orElse(InputFormat.CSV).label(),
                  List.of("csv", "jsonl", "parquet")));
      Map<String, String> options = new LinkedHashMap<>();
      options.put("sep", reader.text(prefix + "delimiter", ","));
      options.put("header", reader.oneOf(prefix + "header", "true", List.of("true", "false")));
      options.put("encoding", reader.text(prefix + "encoding", "UTF-8"));
      options.put("quote", reader.text(prefix + "quote", "\""));
      options.put("escape", reader.text(prefix + "escape", "\""));
      options.put(
          "multiLine", reader.oneOf(prefix + "multiline", "true", List.of("true", "false")));
      String timestampFormat = reader.text(prefix + "timestamp_format", null);
      List<String> timestampColumns =
          reader.list(prefix + "timestamp_columns", COLUMN, "a column name");
      views.add(new RawView(name, path, format, options, timestampFormat, timestampColumns));
    }
    reader.rejectUnknownKeys();
    if (views.isEmpty()) {
      throw new IllegalArgumentException(
          "Mapping declaration "
              + file
              + " declares no raw file; give view.NAME.file=FILE for each export file");
    }
    return views;
  }
}
