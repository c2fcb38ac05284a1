package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.dataset.InputColumns;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.reference.Municipality;
import nl.effectmeter.reference.Organisation;
import nl.effectmeter.reference.OutcomeType;
import nl.effectmeter.reference.ReferenceData;
import nl.effectmeter.reference.Regulation;
import nl.effectmeter.settings.RegionCodes;
import nl.effectmeter.warehouse.Manifest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads and validates every dataset of an input location: reference data must be fully valid, fact
 * rows are kept or quarantined, and every row read is accounted for.
 */
public final class InputValidation {
  /** How many invalid reference rows per dataset the error names. */
  private static final int PROBLEMS_SHOWN = 20;

  private final RawSource source;
  private final LocalDate asOf;
  private final RegionCodes regionCodes;

  public InputValidation(SparkSession spark, String input, LocalDate asOf, List<String> warnings) {
    this(spark, input, null, asOf, warnings);
  }

  /** Validation of an input location whose files all have the given format (null: by extension). */
  public InputValidation(
      SparkSession spark, String input, InputFormat format, LocalDate asOf, List<String> warnings) {
    this(spark, new LocatedSource(spark, input, format, warnings), asOf, RegionCodes.CBS);
  }

  /** Validation of the datasets a source gives, with region codes checked as the settings say. */
  public InputValidation(
      SparkSession spark, RawSource source, LocalDate asOf, RegionCodes regionCodes) {
    this.source = source;
    this.asOf = asOf;
    this.regionCodes = regionCodes;
    if (!Parsed.TIME_ZONE.equals(spark.conf().get("spark.sql.session.timeZone"))) {
      throw new IllegalStateException(
          "The Spark session time zone must be " + Parsed.TIME_ZONE + " to derive local dates");
    }
  }

  /** Where the datasets came from; its inputs are filled as datasets are read. */
  public RawSource source() {
    return source;
  }

  /**
   * Reads the four reference datasets; any invalid row fails the run with its file, row and rule.
   */
  public References references() {
    Judged organisations = judgeReference(InputDataset.ORGANISATIONS, RuleBook.organisations());
    Judged regulations = judgeReference(InputDataset.REGULATIONS, RuleBook.regulations());
    Judged municipalities =
        judgeReference(InputDataset.MUNICIPALITIES, RuleBook.municipalities(regionCodes));
    Judged outcomeTypes = judgeReference(InputDataset.OUTCOME_TYPES, RuleBook.outcomeTypes());
    List<Judged> all = List.of(organisations, regulations, municipalities, outcomeTypes);
    // Reference data is small and goes to the driver whole: each dataset's judged rows are read
    // once, in the file's order, and split here into the valid rows and the problems.
    Map<InputDataset, List<Row>> valid = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Judged judged : all) {
      List<Row> rows = judged.rows().collectAsList();
      List<Row> kept = new ArrayList<>();
      int reported = 0;
      for (Row row : rows) {
        if (row.isNullAt(row.fieldIndex(RawColumns.REASON))) {
          kept.add(row);
        } else if (reported++ < PROBLEMS_SHOWN) {
          problems.add(
              String.format(
                  "%s record %s: %s (%s)",
                  row.getAs(RawColumns.SOURCE_FILE),
                  row.getAs(RawColumns.SOURCE_RECORD),
                  row.getAs(RawColumns.DETAIL),
                  row.getAs(RawColumns.REASON)));
        }
      }
      valid.put(judged.dataset(), kept);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Reference data is invalid; fix these rows and run again:\n  "
              + String.join("\n  ", problems));
    }
    List<DatasetCounts> counts = new ArrayList<>();
    valid.forEach(
        (dataset, rows) ->
            counts.add(
                new DatasetCounts(dataset.datasetName(), rows.size(), rows.size(), Map.of())));
    ReferenceData data =
        ReferenceData.of(
            valid.get(InputDataset.ORGANISATIONS).stream()
                .map(
                    r ->
                        new Organisation(
                            r.getAs(InputColumns.ORGANISATION_CODE),
                            r.getAs(InputColumns.NAME),
                            r.getAs(InputColumns.GOVERNMENT_LAYER)))
                .toList(),
            valid.get(InputDataset.REGULATIONS).stream()
                .map(
                    r ->
                        new Regulation(
                            r.getAs(InputColumns.REGULATION_CODE),
                            r.getAs(InputColumns.NAME),
                            (Integer) r.getAs(Parsed.typed(InputColumns.LEGAL_TERM_DAYS)),
                            (Integer) r.getAs(Parsed.typed(InputColumns.OUTCOME_WINDOW_DAYS))))
                .toList(),
            valid.get(InputDataset.MUNICIPALITIES).stream()
                .map(
                    r ->
                        new Municipality(
                            r.getAs(InputColumns.MUNICIPALITY_CODE),
                            r.getAs(InputColumns.NAME),
                            r.getAs(InputColumns.PROVINCE_CODE),
                            (Long) r.getAs(Parsed.typed(InputColumns.POPULATION)),
                            (Integer) r.getAs(Parsed.typed(InputColumns.URBANISATION))))
                .toList(),
            valid.get(InputDataset.OUTCOME_TYPES).stream()
                .map(
                    r ->
                        new OutcomeType(
                            r.getAs(InputColumns.OUTCOME_TYPE),
                            r.getAs(InputColumns.NAME),
                            (Boolean) r.getAs(Parsed.typed(InputColumns.INTENDED)),
                            (Double) r.getAs(Parsed.typed(InputColumns.SOCIETAL_VALUE_EUR))))
                .toList());
    return new References(data, all, counts);
  }

  /** Every file the run read, with its format, size and SHA-256, as the manifest lists them. */
  public List<Manifest.Input> manifestInputs() {
    return source.inputs();
  }

  /** Validates services, then complaints and outcomes against the services' verdicts. */
  public Facts facts(ReferenceCodes codes) {
    Dataset<Row> servicesRaw = withDuplicates(read(InputDataset.SERVICES), InputColumns.CASE_ID);
    Judged services =
        persist(
            new Judged(
                InputDataset.SERVICES,
                Validator.judge(
                    Validator.withTypedColumns(servicesRaw, InputDataset.SERVICES),
                    Validator.rules(InputDataset.SERVICES, RuleBook.services(asOf, codes)))));

    Dataset<Row> caseLookup =
        services
            .valid()
            .select(
                col(InputColumns.CASE_ID).as("_lookup_case"),
                col(InputColumns.ORGANISATION_CODE).as(RuleBook.CASE_ORGANISATION),
                col(Parsed.date(InputColumns.DECIDED_AT)).as(RuleBook.CASE_DECIDED_DATE),
                lit(true).as(RuleBook.CASE_VALID));
    Dataset<Row> quarantinedCases =
        services
            .rows()
            .filter(col(RawColumns.REASON).isNotNull().and(col(InputColumns.CASE_ID).isNotNull()))
            .select(col(InputColumns.CASE_ID).as("_quarantined_case"))
            .distinct()
            .withColumn(RuleBook.CASE_QUARANTINED, lit(true));

    Dataset<Row> complaintsRaw =
        withDuplicates(read(InputDataset.COMPLAINTS), InputColumns.COMPLAINT_ID);
    Judged complaints =
        persist(
            new Judged(
                InputDataset.COMPLAINTS,
                Validator.judge(
                    withCase(
                        Validator.withTypedColumns(complaintsRaw, InputDataset.COMPLAINTS),
                        caseLookup,
                        quarantinedCases),
                    Validator.rules(InputDataset.COMPLAINTS, RuleBook.complaints(asOf, codes)))));

    Dataset<Row> outcomesRaw = read(InputDataset.OUTCOMES);
    Judged outcomes =
        persist(
            new Judged(
                InputDataset.OUTCOMES,
                Validator.judge(
                    withCase(
                        Validator.withTypedColumns(outcomesRaw, InputDataset.OUTCOMES),
                        caseLookup,
                        quarantinedCases),
                    Validator.rules(InputDataset.OUTCOMES, RuleBook.outcomes(asOf, codes)))));
    List<Judged> optional = new ArrayList<>();
    judgeOptional(InputDataset.FEASIBILITY_SIGNALS, RuleBook.feasibilitySignals(asOf, codes))
        .ifPresent(optional::add);
    judgeOptional(
            InputDataset.FEASIBILITY_ASSESSMENTS, RuleBook.feasibilityAssessments(asOf, codes))
        .ifPresent(optional::add);
    return new Facts(services, complaints, outcomes, optional);
  }

  /** An optional fact dataset judged on its own, or empty when the input location lacks it. */
  private Optional<Judged> judgeOptional(InputDataset dataset, Map<String, List<Rule>> rules) {
    Optional<Dataset<Row>> read = source.readIfPresent(dataset);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Dataset<Row> raw = withDuplicates(read.get(), dataset.primaryKey());
    return Optional.of(
        persist(
            new Judged(
                dataset,
                Validator.judge(
                    Validator.withTypedColumns(raw, dataset), Validator.rules(dataset, rules)))));
  }

  /** Counts read, valid and quarantined rows by reason. */
  public static DatasetCounts count(Judged judged) {
    Map<String, Long> byReason = new LinkedHashMap<>();
    long valid = 0;
    long read = 0;
    for (Row row : judged.rows().groupBy(col(RawColumns.REASON)).count().collectAsList()) {
      long n = row.getLong(1);
      read += n;
      if (row.isNullAt(0)) {
        valid = n;
      } else {
        byReason.put(row.getString(0), n);
      }
    }
    return new DatasetCounts(judged.dataset().datasetName(), read, valid, byReason);
  }

  private Judged judgeReference(InputDataset dataset, Map<String, List<Rule>> extras) {
    Dataset<Row> raw = withDuplicates(read(dataset), dataset.primaryKey());
    return persist(
        new Judged(
            dataset,
            Validator.judge(
                Validator.withTypedColumns(raw, dataset), Validator.rules(dataset, extras))));
  }

  private Dataset<Row> read(InputDataset dataset) {
    return source.read(dataset);
  }

  /** Flags every row whose key occurs more than once (all copies, not just the later ones). */
  private static Dataset<Row> withDuplicates(Dataset<Row> raw, String key) {
    Dataset<Row> duplicated =
        raw.filter(col(key).isNotNull())
            .groupBy(col(key))
            .count()
            .filter(col("count").gt(1))
            .select(col(key).as("_duplicate_key"), lit(true).as(RuleBook.DUPLICATE));
    return raw.join(broadcast(duplicated), col(key).equalTo(col("_duplicate_key")), "left")
        .drop("_duplicate_key")
        .withColumn(RuleBook.DUPLICATE, coalesce(col(RuleBook.DUPLICATE), lit(false)));
  }

  private static Dataset<Row> withCase(
      Dataset<Row> rows, Dataset<Row> caseLookup, Dataset<Row> quarantinedCases) {
    Dataset<Row> joined =
        rows.join(caseLookup, col(InputColumns.CASE_ID).equalTo(col("_lookup_case")), "left")
            .drop("_lookup_case")
            .join(
                broadcast(quarantinedCases),
                col(InputColumns.CASE_ID).equalTo(col("_quarantined_case")),
                "left")
            .drop("_quarantined_case");
    return joined
        .withColumn(RuleBook.CASE_VALID, coalesce(col(RuleBook.CASE_VALID), lit(false)))
        .withColumn(
            RuleBook.CASE_QUARANTINED, coalesce(col(RuleBook.CASE_QUARANTINED), lit(false)));
  }

  private static Judged persist(Judged judged) {
    return new Judged(judged.dataset(), judged.rows().persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /**
   * The reference data, its datasets as judged, and their counts (every row valid: an invalid one
   * fails the run).
   */
  public record References(ReferenceData data, List<Judged> judged, List<DatasetCounts> counts) {
    public References {
      judged = List.copyOf(judged);
      counts = List.copyOf(counts);
    }
  }

  /** The fact datasets after validation; {@code optional} holds those the input location had. */
  public record Facts(Judged services, Judged complaints, Judged outcomes, List<Judged> optional) {
    public Facts {
      optional = List.copyOf(optional);
    }

    public Facts(Judged services, Judged complaints, Judged outcomes) {
      this(services, complaints, outcomes, List.of());
    }

    public List<Judged> all() {
      List<Judged> all = new ArrayList<>(List.of(services, complaints, outcomes));
      all.addAll(optional);
      return all;
    }

    /** The judged rows of an optional dataset, or empty when the input location lacks it. */
    public Optional<Judged> optional(InputDataset dataset) {
      return optional.stream().filter(j -> j.dataset() == dataset).findFirst();
    }
  }
}
