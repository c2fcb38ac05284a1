package nl.effectmeter.api.format;

import java.util.List;

/** RFC 4180 CSV: a header line, then one line per row; null is an empty field. */
final class Csv {
  private Csv() {}

  static String write(List<String> header, List<Object[]> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, header.toArray());
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  private static void line(StringBuilder csv, Object[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(cells[i]));
    }
    csv.append("\r\n");
  }

  private static String field(Object cell) {
    if (cell == null) {
      return "";
    }
    String text = String.valueOf(cell);
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
