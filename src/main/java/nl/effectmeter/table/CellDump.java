package nl.effectmeter.table;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.CellMeasures;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.IndicatorCalculator;
import nl.effectmeter.privacy.CellRows;

/**
 * The cells of a run before disclosure control, as tab-separated text: written when the system
 * property {@code effectmeter.cells.dump} names a file, read by the privacy benchmark
 * (bench/privacy-bench.sh), so that disclosure control can be measured on a real run's cells
 * without running the Spark steps again. The file holds unsuppressed numbers: it is for the data
 * team's own machine, like the run's disclosure table.
 */
public final class CellDump {
  public static final String PROPERTY = "effectmeter.cells.dump";

  private CellDump() {}

  static void writeIfAsked(List<CellRows> cells) {
    String file = System.getProperty(PROPERTY);
    if (file != null) {
      write(cells, Path.of(file));
    }
  }

  /** A cell key's ten fields as the dump writes them, tab-separated, in the order it reads them. */
  public static String keyFields(CellKey k) {
    return String.join(
        "\t",
        k.breakdown().label(),
        k.granularity().label(),
        k.period(),
        k.organisation(),
        k.regulation(),
        k.municipality(),
        k.province(),
        k.governmentLayer(),
        k.clientSegment(),
        k.channel());
  }

  public static void write(List<CellRows> cells, Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (CellRows cell : cells) {
        CellKey k = cell.key();
        CellMeasures m = cell.measures();
        out.write(
            String.join(
                "\t",
                keyFields(k),
                m.received() + "",
                m.receivedWithKey() + "",
                m.repeats() + "",
                m.decided() + "",
                m.timely() + "",
                m.costCases() + "",
                Double.toString(m.costSum()),
                m.measured() + "",
                m.achieved() + "",
                m.achievedWithCost() + "",
                Double.toString(m.valueWithCost()),
                m.open() + "",
                m.complaints() + "",
                m.upheld() + "",
                m.upheldKnown() + "",
                m.escalated() + "",
                m.resolved() + "",
                String.valueOf(m.throughputMedian()),
                String.valueOf(m.throughputP90()),
                String.valueOf(m.resolutionMedian())));
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the cells to " + file, e);
    }
  }

  public static List<CellRows> read(Path file) {
    List<CellRows> cells = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        CellKey key =
            new CellKey(
                Breakdown.fromLabel(f[0]),
                Granularity.fromLabel(f[1]),
                f[2],
                f[3],
                f[4],
                f[5],
                f[6],
                f[7],
                f[8],
                f[9]);
        CellMeasures m =
            new CellMeasures(
                Long.parseLong(f[10]),
                Long.parseLong(f[11]),
                Long.parseLong(f[12]),
                Long.parseLong(f[13]),
                Long.parseLong(f[14]),
                Long.parseLong(f[15]),
                Double.parseDouble(f[16]),
                Long.parseLong(f[17]),
                Long.parseLong(f[18]),
                Long.parseLong(f[19]),
                Double.parseDouble(f[20]),
                Long.parseLong(f[21]),
                Long.parseLong(f[22]),
                Long.parseLong(f[23]),
                Long.parseLong(f[24]),
                Long.parseLong(f[25]),
                Long.parseLong(f[26]),
                nullable(f[27]),
                nullable(f[28]),
                nullable(f[29]));
        cells.add(new CellRows(key, m, IndicatorCalculator.rows(key, m)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the cells from " + file, e);
    }
    return cells;
  }

  private static Double nullable(String value) {
    return value.equals("null") ? null : Double.valueOf(value);
  }
}
