package nl.effectmeter.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
                    r.getAs("signal_id"),
                    r.getAs("organisation_code"),
                    r.getAs("regulation_code"),
                    r.getAs("kind"),
                    date(r, "raised_at"),
                    r.getAs("summary"),
                    date(r, "responded_at"),
                    r.getAs("response")))
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
                    r.getAs("assessment_id"),
                    r.getAs("regulation_code"),
                    r.getAs("organisation_code"),
                    r.getAs("government_layer"),
                    date(r, "assessed_at"),
                    date(r, "effective_from"),
                    r.getAs("verdict"),
                    number(r, "expected_cases_per_month"),
                    number(r, "expected_timely_decision_rate"),
                    number(r, "expected_cost_per_case"),
                    number(r, "expected_outcome_achievement_rate")))
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
