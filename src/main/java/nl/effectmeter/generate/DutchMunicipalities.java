package nl.effectmeter.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.reference.Municipality;

/**
 * The 342 Dutch municipalities of 2024 with their CBS codes, provinces, populations on 1 January
 * 2024 and urbanisation class, from the resource {@code nl_municipalities_2024.csv} (CBS StatLine
 * 85755NED and 85984NED, CC BY 4.0; data-real/SOURCES.md).
 */
final class DutchMunicipalities {
  /** The province served by the provincial and water-board regulations. */
  static final String UTRECHT_PROVINCE = "PV26";

  static final String RESOURCE = "nl_municipalities_2024.csv";

  static final List<Municipality> ALL = read();

  private DutchMunicipalities() {}

  /** Reads the resource: code, name, province code, province name, inhabitants, ..., class. */
  private static List<Municipality> read() {
    try (InputStream in = DutchMunicipalities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = lines.readLine();
      if (!header.startsWith("gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners_2024,")
          || !header.contains(",stedelijkheid_1_5,")) {
        throw new IllegalStateException("Resource " + RESOURCE + " has an unexpected header");
      }
      int urbanisationColumn = List.of(header.split(",")).indexOf("stedelijkheid_1_5");
      List<Municipality> all = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = fields(line);
        all.add(
            new Municipality(
                f[0],
                f[1],
                f[2],
                Long.parseLong(f[4]),
                f[urbanisationColumn].isEmpty() ? null : Integer.valueOf(f[urbanisationColumn])));
      }
      return List.copyOf(all);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + RESOURCE, e);
    }
  }

  /** The fields of one CSV line; a field may be quoted (one name holds a comma). */
  static String[] fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }
}
