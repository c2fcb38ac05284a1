package nl.effectmeter.mapping;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.ingest.RawColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Nothing lost in the mapping: every raw row must become a row of at least one fact dataset or be
 * skipped, once, with a reason; {@code read = mapped + skipped} holds per raw file or the run
 * fails. Only counts and a few example record numbers reach the driver.
 */
public final class MappingAccounting {
  /** The reason column of {@code skipped.sql}. */
  public static final String REASON = "reason";

  private static final String STATUS = "_status";
  private static final String FROM = "_from";
  private static final int EXAMPLES = 5;

  private MappingAccounting() {}

  /** The accounting of one raw file: every row read is mapped or skipped for a reason. */
  public record RawFileCounts(
      String view, String path, long read, long mapped, Map<String, Long> skippedByReason) {
    public RawFileCounts {
      skippedByReason = new TreeMap<>(skippedByReason);
      long skipped = skippedByReason.values().stream().mapToLong(Long::longValue).sum();
      if (read != mapped + skipped) {
        throw new IllegalStateException(
            String.format(
                "Rows of %s do not reconcile: read %d != mapped %d + skipped %d",
                path, read, mapped, skipped));
      }
    }

    public long skipped() {
      return read - mapped;
    }
  }

  /** A mapping's accounting: its folder, its files' SHA-256 and every raw file's counts. */
  public record Result(String folder, Map<String, String> files, List<RawFileCounts> rawFiles) {
    public Result {
      files = new LinkedHashMap<>(files);
      rawFiles = List.copyOf(rawFiles);
    }
  }

  static Result of(
      SourceMapping mapping,
      Map<String, RawViews.Registered> views,
      Map<InputDataset, Dataset<Row>> factKeys,
      Dataset<Row> skipped) {
    Dataset<Row> raw = null;
    Dataset<Row> malformed = null;
    for (RawViews.Registered view : views.values()) {
      Dataset<Row> keys = view.records().select(col(RawView.VIEW), col(RawView.ROW));
      Dataset<Row> bad =
          view.records()
              .filter(col(RawViews.MALFORMED_TEXT).isNotNull())
              .select(
                  col(RawView.VIEW), col(RawView.ROW), lit(RawViews.MALFORMED_REASON).as(REASON));
      raw = raw == null ? keys : raw.unionByName(keys);
      malformed = malformed == null ? bad : malformed.unionByName(bad);
    }
    Dataset<Row> mapped = null;
    for (Map.Entry<InputDataset, Dataset<Row>> entry : factKeys.entrySet()) {
      Dataset<Row> keys =
          entry
              .getValue()
              .select(
                  col(RawView.VIEW),
                  col(RawView.ROW).cast("long").as(RawView.ROW),
                  lit(entry.getKey().datasetName()).as(FROM));
      mapped = mapped == null ? keys : mapped.unionByName(keys);
    }
    Dataset<Row> skips =
        skipped == null
            ? malformed
            : malformed.unionByName(
                skipped.select(
                    col(RawView.VIEW),
                    col(RawView.ROW).cast("long").as(RawView.ROW),
                    col(REASON).cast("string").as(REASON)));
    List<String> key = List.of(RawView.VIEW, RawView.ROW);
    Dataset<Row> joined =
        raw.withColumn("_raw", lit(true))
            .join(
                mapped
                    .groupBy(col(RawView.VIEW), col(RawView.ROW))
                    .agg(min(col(FROM)).as(FROM))
                    .withColumn("_mapped", lit(true)),
                scala(key),
                "full_outer")
            .join(
                skips
                    .groupBy(col(RawView.VIEW), col(RawView.ROW))
                    .agg(count(lit(1)).as("_skips"), min(col(REASON)).as(REASON)),
                scala(key),
                "full_outer")
            .withColumn(STATUS, status());
    Map<String, Map<String, Long>> byView = new TreeMap<>();
    Map<String, Long> problems = new TreeMap<>();
    for (Row row :
        joined.groupBy(col(RawView.VIEW), col(STATUS), col(REASON)).count().collectAsList()) {
      String view = row.getString(0);
      String status = row.getString(1);
      String reason = row.isNullAt(2) ? null : row.getString(2);
      long n = row.getLong(3);
      byView
          .computeIfAbsent(view, v -> new TreeMap<>())
          .merge(status.equals("skipped") ? "skipped:" + reason : status, n, Long::sum);
      if (!status.equals("mapped") && !status.equals("skipped")) {
        problems.merge(status + "\u0000" + view, n, Long::sum);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(describe(mapping, views, joined, problems));
    }
    List<RawFileCounts> counts = new ArrayList<>();
    for (RawViews.Registered view : views.values()) {
      Map<String, Long> statuses = byView.getOrDefault(view.view().name(), Map.of());
      Map<String, Long> skippedByReason = new TreeMap<>();
      long read = 0;
      for (Map.Entry<String, Long> entry : statuses.entrySet()) {
        read += entry.getValue();
        if (entry.getKey().startsWith("skipped:")) {
          skippedByReason.put(entry.getKey().substring("skipped:".length()), entry.getValue());
        }
      }
      counts.add(
          new RawFileCounts(
              view.view().name(),
              view.path(),
              read,
              statuses.getOrDefault("mapped", 0L),
              skippedByReason));
    }
    return new Result(mapping.folder().toString(), mapping.fileHashes(), counts);
  }

  /** What each raw row became: mapped, skipped, or one of the ways a mapping goes wrong. */
  private static Column status() {
    Column isRaw = col("_raw").isNotNull();
    Column isMapped = col("_mapped").isNotNull();
    Column skips = col("_skips");
    return when(isRaw.unary_$bang(), lit("not_a_raw_row"))
        .when(isMapped.and(skips.isNotNull()), lit("mapped_and_skipped"))
        .when(skips.gt(1), lit("skipped_more_than_once"))
        .when(isMapped, lit("mapped"))
        .when(skips.equalTo(1).and(col(REASON).isNull()), lit("skipped_without_reason"))
        .when(skips.equalTo(1), lit("skipped"))
        .otherwise(lit("lost"));
  }

  private static String describe(
      SourceMapping mapping,
      Map<String, RawViews.Registered> views,
      Dataset<Row> joined,
      Map<String, Long> problems) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Long> entry : problems.entrySet()) {
      String[] parts = entry.getKey().split("\u0000", 2);
      String status = parts[0];
      String view = parts[1];
      RawViews.Registered registered = view.equals("null") ? null : views.get(view);
      String file = registered == null ? "no declared raw file" : registered.path();
      List<String> examples = new ArrayList<>();
      for (Row row :
          joined
              .filter(col(STATUS).equalTo(status))
              .filter(
                  view.equals("null")
                      ? col(RawView.VIEW).isNull()
                      : col(RawView.VIEW).equalTo(view))
              .orderBy(col(RawView.ROW))
              .limit(EXAMPLES)
              .select(col(RawView.ROW), col(FROM))
              .collectAsList()) {
        examples.add(
            (row.isNullAt(0) ? "null" : Long.toString(row.getLong(0)))
                + (row.isNullAt(1) ? "" : " (in " + row.getString(1) + ")"));
      }
      String what =
          switch (status) {
            case "lost" ->
                "are neither in a contract dataset nor in skipped.sql; map them, or skip them"
                    + " in skipped.sql with a reason";
            case "mapped_and_skipped" -> "are both mapped and skipped; do one or the other";
            case "skipped_more_than_once" -> "are skipped more than once; skip each row once";
            case "skipped_without_reason" -> "are skipped with an empty reason; give one";
            default ->
                "are named by the mapping's _view/_row but are not rows of any declared raw"
                    + " file; select _view and _row from the raw view unchanged";
          };
      lines.add(
          String.format(
              "%d rows of %s (view %s) %s; e.g. records %s",
              entry.getValue(), file, view, what, String.join(", ", examples)));
    }
    return "Mapping "
        + mapping.folder()
        + " does not account for every raw row:\n  "
        + String.join("\n  ", lines);
  }

  /** Every skipped raw row: its view, file, record, reason and, when malformed, its raw text. */
  static Dataset<Row> skippedRows(
      Map<String, RawViews.Registered> views, Dataset<Row> skipped, Column viewPath) {
    Dataset<Row> rows = null;
    for (RawViews.Registered view : views.values()) {
      Dataset<Row> bad =
          view.records()
              .filter(col(RawViews.MALFORMED_TEXT).isNotNull())
              .select(
                  col(RawView.VIEW),
                  col(RawView.ROW),
                  lit(RawViews.MALFORMED_REASON).as(REASON),
                  col(RawViews.MALFORMED_TEXT));
      rows = rows == null ? bad : rows.unionByName(bad);
    }
    if (skipped != null) {
      rows =
          rows.unionByName(
              skipped.select(
                  col(RawView.VIEW),
                  col(RawView.ROW).cast("long").as(RawView.ROW),
                  col(REASON).cast("string").as(REASON),
                  lit(null).cast(DataTypes.StringType).as(RawViews.MALFORMED_TEXT)));
    }
    return rows.select(
        col(RawView.VIEW).as("view"),
        viewPath.as(RawColumns.SOURCE_FILE),
        col(RawView.ROW).as(RawColumns.SOURCE_RECORD),
        col(REASON),
        col(RawViews.MALFORMED_TEXT).as("raw_text"));
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
  }
}
