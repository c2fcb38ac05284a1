package nl.effectmeter.api;

import io.javalin.http.Context;
import java.util.List;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.answer.ScorecardService;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** {@code /scorecards/{organisation}?period=}: one organisation's accountability scorecard. */
public final class ScorecardHandler {
  private final RunRegistry registry;

  public ScorecardHandler(RunRegistry registry) {
    this.registry = registry;
  }

  public void handle(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    String organisation = ctx.pathParam("organisation");
    if (organisation.startsWith("_")
        || !(run.reference().organisations().containsKey(organisation)
            || run.codesSeen(Dimension.ORGANISATION).contains(organisation))) {
      throw ApiProblem.notFound(
          "Unknown organisation "
              + organisation
              + "; "
              + Vocabulary.describe(
                  "organisations",
                  DimensionService.codes(run, Dimension.ORGANISATION).stream()
                      .map(DimensionService.Code::code)
                      .filter(code -> !code.startsWith("_"))
                      .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                  "/api/v1/dimensions/organisation"));
    }
    String period =
        ctx.queryParamAsClass("period", String.class)
            .check(
                p -> p != null,
                "period is required: a year (2025), a quarter (2025-Q1) or a month (2025-03)")
            .check(
                p -> {
                  if (p == null) {
                    return true;
                  }
                  try {
                    Granularity.ofPeriod(p);
                    return true;
                  } catch (IllegalArgumentException e) {
                    return false;
                  }
                },
                "Cannot parse period; write a year (2025), a quarter (2025-Q1) or a month (2025-03)")
            .get();
    Granularity granularity = Granularity.ofPeriod(period);
    List<String> published = run.observations().periods(Breakdown.ORGANISATION_, granularity);
    if (!published.contains(period)) {
      throw ApiProblem.badParameter(
          "period",
          "Period "
              + period
              + " is not published in run "
              + run.id()
              + (published.isEmpty()
                  ? ""
                  : "; accepted: "
                      + published.get(0)
                      + " to "
                      + published.get(published.size() - 1)));
    }
    Responses.runAnswer(
        ctx,
        run.manifest().answerKey(),
        () -> Answer.of(ScorecardService.build(run, organisation, period)));
  }
}
