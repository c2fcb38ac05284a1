package nl.effectmeter.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 with a header row and LF line ends; a field is quoted only when it
 * holds a comma, a quote or a line break. A null field is written empty.
 */
final class CsvWriter implements AutoCloseable {
  private static final int BUFFER_CHARS = 1 << 20;

  private final Path path;
  private final Writer out;
  private long rows;

  private CsvWriter(Path path, Writer out) {
    this.path = path;
    this.out = out;
  }

  static CsvWriter open(Path path, List<String> header) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
              BUFFER_CHARS);
      CsvWriter writer = new CsvWriter(path, out);
      writer.writeFields(header.toArray(String[]::new));
      return writer;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + path + " for writing", e);
    }
  }

  /** Writes one data row. */
  void write(String[] fields) {
    writeFields(fields);
    rows++;
  }

  long rows() {
    return rows;
  }

  private void writeFields(String[] fields) {
    try {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        String field = fields[i];
        if (field != null) {
          writeField(field);
        }
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to " + path, e);
    }
  }

  private void writeField(String field) throws IOException {
    if (!needsQuotes(field)) {
      out.write(field);
      return;
    }
    out.write('"');
    out.write(field.replace("\"", "\"\""));
    out.write('"');
  }

  static boolean needsQuotes(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + path, e);
    }
  }
}
