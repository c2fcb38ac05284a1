package nl.effectmeter.publish;

import static nl.effectmeter.warehouse.PublishedColumns.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.indicator.Quantity;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.privacy.EarlierRuns;
import nl.effectmeter.privacy.PublishedMonths;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * Reads what the warehouse's published runs made public, for disclosure control between runs
 * (contract v3): every run under {@code runs/} (a run folder exists only once it is complete), in
 * the order they were published, with its indicators table and the values its disclosure table says
 * it hid. The previous run is the last one.
 */
public final class EarlierRunsReader {
  private final WarehouseLayout layout;
  private final Configuration conf;

  public EarlierRunsReader(WarehouseLayout layout, Configuration conf) {
    this.layout = layout;
    this.conf = conf;
  }

  /** Every published run of the warehouse, oldest first; none for a new warehouse. */
  public EarlierRuns read() {
    List<String> ids = runIds();
    List<EarlierRuns.Run> runs = new ArrayList<>();
    for (String id : ids) {
      runs.add(run(id));
    }
    return new EarlierRuns(runs);
  }

  /** The ids of the published runs, in the order they finished (their manifests say when). */
  private List<String> runIds() {
    Path runs = new Path(layout.runsDir());
    try {
      FileSystem fs = runs.getFileSystem(conf);
      if (!fs.exists(runs)) {
        return List.of();
      }
      List<FileStatus> folders = new ArrayList<>();
      for (FileStatus status : fs.listStatus(runs)) {
        String name = status.getPath().getName();
        if (status.isDirectory()
            && !name.startsWith(".")
            && fs.exists(new Path(layout.manifest(name)))) {
          folders.add(status);
        }
      }
      folders.sort(
          (a, b) -> {
            int c = Long.compare(a.getModificationTime(), b.getModificationTime());
            return c != 0 ? c : a.getPath().getName().compareTo(b.getPath().getName());
          });
      return folders.stream().map(s -> s.getPath().getName()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot list the published runs in " + layout.runsDir() + ": " + e.getMessage(), e);
    }
  }

  private EarlierRuns.Run run(String id) {
    List<IndicatorRow> rows = new ArrayList<>();
    YearMonth[] range = new YearMonth[2];
    forEachRow(
        layout.indicators(id),
        group -> {
          IndicatorRow row = indicatorRow(group);
          rows.add(row);
          if (row.cell().granularity() == Granularity.MONTH) {
            YearMonth month = YearMonth.parse(row.cell().period());
            range[0] = range[0] == null || month.isBefore(range[0]) ? month : range[0];
            range[1] = range[1] == null || month.isAfter(range[1]) ? month : range[1];
          }
        });
    Map<EarlierRuns.CellQuantity, Double> hidden = new HashMap<>();
    String disclosure = layout.runDir(id) + "/" + WarehouseLayout.DISCLOSURE;
    forEachRow(
        disclosure,
        group -> {
          if (group.getType().containsField(VALUE) && group.getFieldRepetitionCount(VALUE) > 0) {
            hidden.put(
                new EarlierRuns.CellQuantity(
                    cell(group), Quantity.fromLabel(group.getString(QUANTITY, 0))),
                group.getDouble(VALUE, 0));
          }
        });
    if (range[0] == null) {
      return new EarlierRuns.Run(
          id, new PublishedMonths(YearMonth.of(2000, 1), YearMonth.of(2000, 1)), rows, hidden);
    }
    return new EarlierRuns.Run(id, new PublishedMonths(range[0], range[1]), rows, hidden);
  }

  private static IndicatorRow indicatorRow(Group g) {
    return new IndicatorRow(
        cell(g),
        Indicator.fromId(g.getString(INDICATOR, 0)),
        decimal(g, VALUE),
        decimal(g, NUMERATOR),
        decimal(g, DENOMINATOR),
        g.getFieldRepetitionCount(BASE) > 0 ? g.getLong(BASE, 0) : null,
        decimal(g, CI_LOW),
        decimal(g, CI_HIGH),
        Status.fromLabel(g.getString(STATUS, 0)));
  }

  private static Double decimal(Group g, String column) {
    return g.getFieldRepetitionCount(column) > 0 ? g.getDouble(column, 0) : null;
  }

  private static CellKey cell(Group g) {
    return new CellKey(
        Breakdown.fromLabel(g.getString(BREAKDOWN, 0)),
        Granularity.fromLabel(g.getString(GRANULARITY, 0)),
        g.getString(PERIOD, 0),
        g.getString(ORGANISATION, 0),
        g.getString(REGULATION, 0),
        g.getString(MUNICIPALITY, 0),
        g.getString(PROVINCE, 0),
        g.getString(GOVERNMENT_LAYER, 0),
        g.getString(CLIENT_SEGMENT, 0),
        g.getString(CHANNEL, 0));
  }

  /** Every row of every Parquet file of a folder, in file name order; nothing if it is absent. */
  @SuppressWarnings("deprecation")
  private void forEachRow(String folder, Consumer<Group> consumer) {
    Path path = new Path(folder);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        return;
      }
      FileStatus[] files = fs.listStatus(path);
      Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (FileStatus file : files) {
        String name = file.getPath().getName();
        if (!name.endsWith(".parquet") || name.startsWith(".")) {
          continue;
        }
        try (ParquetReader<Group> reader =
            ParquetReader.builder(new GroupReadSupport(), file.getPath()).withConf(conf).build()) {
          for (Group group = reader.read(); group != null; group = reader.read()) {
            consumer.accept(group);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot read the published run's table " + folder + ": " + e.getMessage(), e);
    }
  }
}
