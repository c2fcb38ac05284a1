package nl.effectmeter.cells;

import static nl.effectmeter.cells.FactColumns.*;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Cell;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.CellMeasures;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the events up into every cell of every breakdown and granularity, in two passes: first to
 * three fine grains (by municipality, by client segment, by channel) per month and day count, then
 * with grouping sets to all breakdowns, with exact percentiles over the day counts.
 */
public final class CellAggregation {
  private static final Logger LOG = LoggerFactory.getLogger("effectmeter");
  private static final String GRAIN = "_grain";
  private static final String MONTH_PERIOD = "_month_period";
  private static final String QUARTER_PERIOD = "_quarter_period";
  private static final String YEAR_PERIOD = "_year_period";
  private static final String THROUGHPUT = "_throughput_percentiles";
  private static final String RESOLUTION = "_resolution_median";

  /** The fine grains and the dimension each keeps besides organisation and regulation. */
  private static final List<Dimension> GRAIN_DIMENSIONS =
      List.of(Dimension.MUNICIPALITY, Dimension.CLIENT_SEGMENT, Dimension.CHANNEL);

  private final SparkSession spark;

  public CellAggregation(SparkSession spark) {
    this.spark = spark;
  }

  /** Streams every aggregated cell to the consumer, grain by grain. */
  public void aggregate(Dataset<Row> events, Consumer<Cell> consumer) {
    Dataset<Row> fine = fineGrains(events).persist(StorageLevel.MEMORY_AND_DISK());
    LOG.info("Added events up into {} fine-grain rows", fine.count());
    for (int grain = 0; grain < GRAIN_DIMENSIONS.size(); grain++) {
      List<Breakdown> breakdowns = breakdownsOf(grain);
      Dataset<Row> cells = groupingSets(fine.filter(col(GRAIN).equalTo(grain)), breakdowns);
      Iterator<Row> rows = cells.toLocalIterator();
      while (rows.hasNext()) {
        consumer.accept(toCell(rows.next()));
      }
    }
    fine.unpersist();
  }

  /** Which breakdowns roll up from which fine grain. */
  static List<Breakdown> breakdownsOf(int grain) {
    List<Breakdown> result = new ArrayList<>();
    for (Breakdown breakdown : Breakdown.values()) {
      Set<Dimension> dims = breakdown.filledDimensions();
      int own =
          dims.contains(Dimension.CLIENT_SEGMENT) ? 1 : dims.contains(Dimension.CHANNEL) ? 2 : 0;
      if (own == grain) {
        result.add(breakdown);
      }
    }
    return result;
  }

  private static Dataset<Row> fineGrains(Dataset<Row> events) {
    Column grain = col(GRAIN);
    List<Column> keys = new ArrayList<>();
    keys.add(grain);
    keys.add(col(ORGANISATION));
    keys.add(col(REGULATION));
    keys.add(when(grain.equalTo(0), col(MUNICIPALITY)).otherwise(Dimension.TOTAL).as(MUNICIPALITY));
    keys.add(when(grain.equalTo(0), col(PROVINCE)).otherwise(Dimension.TOTAL).as(PROVINCE));
    keys.add(col(GOVERNMENT_LAYER));
    keys.add(
        when(grain.equalTo(1), col(CLIENT_SEGMENT)).otherwise(Dimension.TOTAL).as(CLIENT_SEGMENT));
    keys.add(when(grain.equalTo(2), col(CHANNEL)).otherwise(Dimension.TOTAL).as(CHANNEL));
    keys.add(col(MONTH));
    keys.add(col(THROUGHPUT_DAYS));
    keys.add(col(RESOLUTION_DAYS));
    List<Column> projected = new ArrayList<>(keys);
    for (String measure : MEASURES) {
      projected.add(col(measure));
    }
    Dataset<Row> spread =
        events
            .withColumn(GRAIN, explode(array(lit(0), lit(1), lit(2))))
            .select(projected.toArray(Column[]::new));
    Column[] sums = MEASURES.stream().map(m -> sum(col(m)).as(m)).toArray(Column[]::new);
    return spread
        .groupBy(
            col(GRAIN),
            col(ORGANISATION),
            col(REGULATION),
            col(MUNICIPALITY),
            col(PROVINCE),
            col(GOVERNMENT_LAYER),
            col(CLIENT_SEGMENT),
            col(CHANNEL),
            col(MONTH),
            col(THROUGHPUT_DAYS),
            col(RESOLUTION_DAYS))
        .agg(sums[0], java.util.Arrays.copyOfRange(sums, 1, sums.length))
        .withColumn(MONTH_PERIOD, date_format(col(MONTH), "yyyy-MM"))
        .withColumn(
            QUARTER_PERIOD,
            concat(year(col(MONTH)).cast("string"), lit("-Q"), quarter(col(MONTH)).cast("string")))
        .withColumn(YEAR_PERIOD, year(col(MONTH)).cast("string"));
  }

  private Dataset<Row> groupingSets(Dataset<Row> fine, List<Breakdown> breakdowns) {
    String view = "effectmeter_fine_grain";
    fine.createOrReplaceTempView(view);
    Set<String> selected = new java.util.LinkedHashSet<>();
    Set<String> periods = new java.util.LinkedHashSet<>();
    List<String> sets = new ArrayList<>();
    for (Breakdown breakdown : breakdowns) {
      List<String> dims =
          breakdown.filledDimensions().stream().map(Dimension::column).collect(Collectors.toList());
      selected.addAll(dims);
      for (Granularity granularity : breakdown.granularities()) {
        List<String> set = new ArrayList<>(dims);
        set.add(periodColumn(granularity));
        periods.add(periodColumn(granularity));
        sets.add("(" + String.join(", ", set) + ")");
      }
    }
    List<String> select = new ArrayList<>(selected);
    select.addAll(periods);
    for (String measure : MEASURES) {
      select.add("sum(" + measure + ") AS " + measure);
    }
    select.add(
        "percentile(" + THROUGHPUT_DAYS + ", array(0.5, 0.9), " + DECIDED + ") AS " + THROUGHPUT);
    select.add("percentile(" + RESOLUTION_DAYS + ", 0.5, " + RESOLVED + ") AS " + RESOLUTION);
    String sql =
        "SELECT "
            + String.join(", ", select)
            + " FROM "
            + view
            + " GROUP BY GROUPING SETS ("
            + String.join(", ", sets)
            + ")";
    return spark.sql(sql);
  }

  private static String periodColumn(Granularity granularity) {
    return switch (granularity) {
      case MONTH -> MONTH_PERIOD;
      case QUARTER -> QUARTER_PERIOD;
      case YEAR -> YEAR_PERIOD;
    };
  }

  static Cell toCell(Row row) {
    Map<Dimension, String> codes = new LinkedHashMap<>();
    EnumSet<Dimension> present = EnumSet.noneOf(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      int index = indexOf(row, dimension.column());
      String code = index < 0 || row.isNullAt(index) ? Dimension.TOTAL : row.getString(index);
      if (index >= 0 && !row.isNullAt(index)) {
        present.add(dimension);
      }
      codes.put(dimension, code);
    }
    Granularity granularity;
    String period;
    int month = indexOf(row, MONTH_PERIOD);
    if (month >= 0 && !row.isNullAt(month)) {
      granularity = Granularity.MONTH;
      period = row.getAs(MONTH_PERIOD);
    } else if (!row.isNullAt(row.fieldIndex(QUARTER_PERIOD))) {
      granularity = Granularity.QUARTER;
      period = row.getAs(QUARTER_PERIOD);
    } else {
      granularity = Granularity.YEAR;
      period = row.getAs(YEAR_PERIOD);
    }
    Breakdown breakdown = breakdownOf(present);
    CellKey key =
        new CellKey(
            breakdown,
            granularity,
            period,
            codes.get(Dimension.ORGANISATION),
            codes.get(Dimension.REGULATION),
            codes.get(Dimension.MUNICIPALITY),
            codes.get(Dimension.PROVINCE),
            codes.get(Dimension.GOVERNMENT_LAYER),
            codes.get(Dimension.CLIENT_SEGMENT),
            codes.get(Dimension.CHANNEL));
    String open =
        switch (granularity) {
          case MONTH -> OPEN_MONTH;
          case QUARTER -> OPEN_QUARTER;
          case YEAR -> OPEN_YEAR;
        };
    List<Object> throughput =
        row.isNullAt(row.fieldIndex(THROUGHPUT)) ? null : row.getList(row.fieldIndex(THROUGHPUT));
    Object resolution = row.getAs(RESOLUTION);
    CellMeasures measures =
        CellMeasures.of(
            quantity -> {
              Number sum = row.getAs(quantity.isStock() ? open : quantity.column());
              return quantity.isSum() ? euros(sum.longValue()) : sum.doubleValue();
            },
            throughput == null ? null : ((Number) throughput.get(0)).doubleValue(),
            throughput == null ? null : ((Number) throughput.get(1)).doubleValue(),
            resolution == null ? null : ((Number) resolution).doubleValue());
    return new Cell(key, measures);
  }

  private static Breakdown breakdownOf(Set<Dimension> present) {
    for (Breakdown breakdown : Breakdown.values()) {
      if (breakdown.filledDimensions().equals(present)) {
        return breakdown;
      }
    }
    throw new IllegalStateException("No breakdown holds exactly the dimensions " + present);
  }

  private static int indexOf(Row row, String column) {
    String[] names = row.schema().fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(column)) {
        return i;
      }
    }
    return -1;
  }
}
