package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.effectmeter.dataset.DatasetColumn;
import nl.effectmeter.dataset.InputColumns;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.warehouse.Manifest;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The input metrics a run keeps of each main fact dataset, so that the next run can compare: its
 * valid rows by month of the main date (and by organisation and month where the dataset names the
 * organisation), the share of valid rows filling each optional column, the distinct organisations
 * and regulations, and the share of the rows read quarantined for each reason. One aggregation per
 * dataset over the (cached) judged rows, grouped by month, organisation and regulation.
 */
public final class InputProfile {
  private static final String MONTH = "_profile_month";
  private static final String ORGANISATION = InputColumns.ORGANISATION_CODE;
  private static final String REGULATION = InputColumns.REGULATION_CODE;
  private static final String ROWS = "_profile_rows";

  /** The main date of each dataset profiled: the one its rows are counted by. */
  private static final Map<InputDataset, String> MAIN_DATE =
      Map.of(
          InputDataset.SERVICES, InputColumns.REQUESTED_AT,
          InputDataset.COMPLAINTS, InputColumns.RECEIVED_AT,
          InputDataset.OUTCOMES, InputColumns.MEASURED_AT);

  private InputProfile() {}

  /** The metrics of the services, complaints and outcomes, in that order. */
  public static List<Manifest.InputMetrics> of(
      InputValidation.Facts facts, List<DatasetCounts> counts) {
    List<Manifest.InputMetrics> metrics = new ArrayList<>();
    for (Judged judged : List.of(facts.services(), facts.complaints(), facts.outcomes())) {
      DatasetCounts count =
          counts.stream()
              .filter(c -> c.dataset().equals(judged.dataset().datasetName()))
              .findFirst()
              .orElseThrow();
      metrics.add(of(judged, count));
    }
    return metrics;
  }

  static Manifest.InputMetrics of(Judged judged, DatasetCounts count) {
    InputDataset dataset = judged.dataset();
    String date = MAIN_DATE.get(dataset);
    boolean hasOrganisation = dataset.columnNames().contains(ORGANISATION);
    boolean hasRegulation = dataset.columnNames().contains(REGULATION);
    List<String> optional =
        dataset.columns().stream().filter(c -> !c.required()).map(DatasetColumn::name).toList();
    List<Column> keys = new ArrayList<>();
    keys.add(date_format(col(Parsed.date(date)), "yyyy-MM").as(MONTH));
    keys.add(hasOrganisation ? col(ORGANISATION) : lit(null).cast("string").as(ORGANISATION));
    keys.add(hasRegulation ? col(REGULATION) : lit(null).cast("string").as(REGULATION));
    List<Column> aggregates = new ArrayList<>();
    for (String column : optional) {
      aggregates.add(
          sum(when(col(column).isNotNull().and(trim(col(column)).notEqual("")), 1L).otherwise(0L))
              .as(column));
    }
    List<Row> groups =
        judged
            .valid()
            .groupBy(keys.toArray(Column[]::new))
            .agg(count(lit(1)).as(ROWS), aggregates.toArray(Column[]::new))
            .collectAsList();

    Map<String, Long> byMonth = new TreeMap<>();
    Map<String, Map<String, Long>> byOrganisationMonth = new TreeMap<>();
    Map<String, Long> filled = new TreeMap<>();
    Set<String> organisations = new HashSet<>();
    Set<String> regulations = new HashSet<>();
    long total = 0;
    for (Row group : groups) {
      String month = group.getString(0);
      String organisation = group.getString(1);
      String regulation = group.getString(2);
      long rows = group.getLong(3);
      total += rows;
      byMonth.merge(month, rows, Long::sum);
      if (organisation != null) {
        organisations.add(organisation);
        byOrganisationMonth
            .computeIfAbsent(organisation, o -> new TreeMap<>())
            .merge(month, rows, Long::sum);
      }
      if (regulation != null) {
        regulations.add(regulation);
      }
      for (int i = 0; i < optional.size(); i++) {
        filled.merge(optional.get(i), group.getLong(4 + i), Long::sum);
      }
    }
    Map<String, Double> completeness = new TreeMap<>();
    for (String column : optional) {
      completeness.put(column, total == 0 ? 0.0 : (double) filled.get(column) / total);
    }
    Map<String, Double> quarantined = new TreeMap<>();
    count
        .quarantinedByReason()
        .forEach(
            (reason, rows) ->
                quarantined.put(reason, count.read() == 0 ? 0.0 : (double) rows / count.read()));
    return new Manifest.InputMetrics(
        dataset.datasetName(),
        date,
        byMonth,
        byOrganisationMonth,
        completeness,
        organisations.size(),
        regulations.size(),
        quarantined);
  }
}
