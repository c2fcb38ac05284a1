package nl.effectmeter.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** Reads the header line of a CSV file: its column names, without a UTF-8 byte-order mark. */
final class CsvHeader {
  private CsvHeader() {}

  /** The column names, or an empty list for an empty file. */
  static List<String> read(String file, Configuration conf) {
    Path path = new Path(file);
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line == null) {
        return List.of();
      }
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      return parse(line);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the header of " + file, e);
    }
  }

  /** Splits one CSV line into fields, honouring RFC 4180 quotes. */
  static List<String> parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else if (c != '\r') {
        field.append(c);
      }
    }
    fields.add(field.toString().trim());
    return fields;
  }
}
