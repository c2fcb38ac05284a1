package nl.effectmeter.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.effectmeter.dataset.InputColumns;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.feasibility.Assessment;
import nl.effectmeter.feasibility.FeasibilitySignal;
import org.apache.spark.sql.Row;

/**
 * The valid rows of the optional feasibility datasets as records for the driver: they are a few
 * rows per organisation and regulation, not a function of the number of cases.
 */
public final class FeasibilityInputs {
  private FeasibilityInputs() {}

  public static List<FeasibilitySignal> signals(InputValidation.Facts facts) {
    return rows(facts, InputDataset.FEASIBILITY_SIGNALS).stream()
        .map(
            r ->
                new FeasibilitySignal(
                    r.getAs(InputColumns.SIGNAL_ID),
                    r.getAs(InputColumns.ORGANISATION_CODE),
                    r.getAs(InputColumns.REGULATION_CODE),
                    r.getAs(InputColumns.KIND),
                    date(r, InputColumns.RAISED_AT),
                    r.getAs(InputColumns.SUMMARY),
                    date(r, InputColumns.RESPONDED_AT),
                    r.getAs(InputColumns.RESPONSE)))
        .sorted(
            java.util.Comparator.comparing(FeasibilitySignal::raisedOn)
                .thenComparing(FeasibilitySignal::id))
        .toList();
  }

  public static List<Assessment> assessments(InputValidation.Facts facts) {
    return rows(facts, InputDataset.FEASIBILITY_ASSESSMENTS).stream()
        .map(
            r ->
                new Assessment(
                    r.getAs(InputColumns.ASSESSMENT_ID),
                    r.getAs(InputColumns.REGULATION_CODE),
                    r.getAs(InputColumns.ORGANISATION_CODE),
                    r.getAs(InputColumns.GOVERNMENT_LAYER),
                    date(r, InputColumns.ASSESSED_AT),
                    date(r, InputColumns.EFFECTIVE_FROM),
                    r.getAs(InputColumns.VERDICT),
                    number(r, InputColumns.EXPECTED_CASES_PER_MONTH),
                    number(r, InputColumns.EXPECTED_TIMELY_DECISION_RATE),
                    number(r, InputColumns.EXPECTED_COST_PER_CASE),
                    number(r, InputColumns.EXPECTED_OUTCOME_ACHIEVEMENT_RATE)))
        .sorted(java.util.Comparator.comparing(Assessment::id))
        .toList();
  }

  private static List<Row> rows(InputValidation.Facts facts, InputDataset dataset) {
    Optional<Judged> judged = facts.optional(dataset);
    return judged.map(j -> j.valid().collectAsList()).orElse(List.of());
  }

  private static LocalDate date(Row row, String column) {
    Date date = row.getAs(Parsed.date(column));
    return date == null ? null : date.toLocalDate();
  }

  private static Double number(Row row, String column) {
    return row.getAs(Parsed.typed(column));
  }
}
