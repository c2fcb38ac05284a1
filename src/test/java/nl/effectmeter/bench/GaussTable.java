package nl.effectmeter.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.privacy.CellRows;
import nl.effectmeter.privacy.Disclosure;
import nl.effectmeter.privacy.Shown;
import nl.effectmeter.privacy.Suppression;
import nl.effectmeter.table.CellDump;

/**
 * One quantity of one calendar year as a table for Statistics Norway's GaussSuppression
 * (bench/gauss/compare.R): a row per cell of the year, every breakdown and granularity the dump
 * holds, with its codes as the dump has them ({@code _T} where a breakdown totals over a
 * dimension), the value, whether Effectmeter's primary rule makes the value confidential by itself
 * (some row whose base is the quantity is hit), Effectmeter's final status of the value (published,
 * primary or secondary, as its disclosure table gives it) and whether the cell is a headline cell.
 */
final class GaussTable {
  private GaussTable() {}

  static void write(
      List<CellRows> cells,
      Disclosure disclosure,
      Disclosure.Result result,
      Quantity quantity,
      String year,
      Path file) {
    Map<CellKey, Suppression.Reason> reasons = new HashMap<>();
    for (Suppression s : result.suppressions()) {
      if (s.quantity() == quantity) {
        reasons.put(s.cell(), s.reason());
      }
    }
    int written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "breakdown\tgranularity\tperiod\torganisation\tregulation\tmunicipality\tprovince"
              + "\tgovernment_layer\tclient_segment\tchannel\tvalue\tprimary\tstatus\theadline");
      out.newLine();
      for (CellRows cell : cells) {
        CellKey k = cell.key();
        if (!k.period().startsWith(year)) {
          continue;
        }
        boolean primary = false;
        for (IndicatorRow row : cell.rows()) {
          if (Shown.by(row.indicator()).base() == quantity && disclosure.isPrimary(row)) {
            primary = true;
          }
        }
        Suppression.Reason reason = reasons.get(k);
        double value = quantity.of(cell.measures());
        out.write(
            String.join(
                "\t",
                CellDump.keyFields(k),
                value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value),
                Boolean.toString(primary),
                reason == null ? "published" : reason.label(),
                Boolean.toString(Disclosure.isHeadline(k))));
        out.newLine();
        written++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    System.out.printf(
        "wrote %d cells of %s %s for GaussSuppression to %s%n",
        written, quantity.label(), year, file);
  }
}
