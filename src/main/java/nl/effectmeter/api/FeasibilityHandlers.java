package nl.effectmeter.api;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.answer.FeasibilityService;
import nl.effectmeter.answer.RunRef;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.QueryParams;
import nl.effectmeter.feasibility.PeerGroups;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.EvidenceRow;

/**
 * The feasibility routes (FEASIBILITY.md): signals raised with their evidence, unvoiced distress,
 * assessments with their outcomes and the learning network's peer comparisons. Parameters are
 * checked here; {@link FeasibilityService} selects the published rows.
 */
public final class FeasibilityHandlers {
  /** The ids of the indicators the learning network compares ({@link PeerGroups#INDICATORS}). */
  public static final List<String> LEARNING_INDICATORS =
      PeerGroups.INDICATORS.stream().map(Indicator::id).toList();

  private final RunRegistry registry;

  public FeasibilityHandlers(RunRegistry registry) {
    this.registry = registry;
  }

  public void signals(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    FeasibilityService.SignalFilter filter =
        new FeasibilityService.SignalFilter(
            SignalHandler.codes(ctx, run, Dimension.ORGANISATION, invalid),
            SignalHandler.codes(ctx, run, Dimension.REGULATION, invalid),
            SignalHandler.enumerated(ctx, "kind", CodeLists.FEASIBILITY_KINDS, invalid),
            SignalHandler.enumerated(ctx, "response", CodeLists.FEASIBILITY_RESPONSES, invalid),
            SignalHandler.month(ctx, "from", true, invalid),
            SignalHandler.month(ctx, "to", false, invalid));
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      invalid.add(new ApiProblem.InvalidParam("from", "from is after to"));
    }
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("organisation", filter.organisations());
    query.put("regulation", filter.regulations());
    query.put("kind", filter.kinds());
    query.put("response", filter.responses());
    query.put("from", text(filter.from()));
    query.put("to", text(filter.to()));
    Responses.json(
        ctx,
        run.id(),
        () -> list(run, query, "feasibility_signals", FeasibilityService.signals(run, filter)));
  }

  public void signal(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    String id = ctx.pathParam("id");
    EvidenceRow row =
        found(
            FeasibilityService.signal(run, id),
            "feasibility signal",
            id,
            run,
            "feasibility-signals");
    Responses.json(ctx, run.id(), () -> one(run, "feasibility_signal", row));
  }

  public void unvoicedDistress(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    List<String> organisations = SignalHandler.codes(ctx, run, Dimension.ORGANISATION, invalid);
    List<String> regulations = SignalHandler.codes(ctx, run, Dimension.REGULATION, invalid);
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("organisation", organisations);
    query.put("regulation", regulations);
    Responses.json(
        ctx,
        run.id(),
        () ->
            list(
                run,
                query,
                "unvoiced_distress",
                FeasibilityService.unvoicedDistress(run, organisations, regulations)));
  }

  public void assessments(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    List<String> regulations = SignalHandler.codes(ctx, run, Dimension.REGULATION, invalid);
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("regulation", regulations);
    Responses.json(
        ctx,
        run.id(),
        () -> list(run, query, "assessments", FeasibilityService.assessments(run, regulations)));
  }

  public void assessment(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    String id = ctx.pathParam("id");
    FeasibilityService.Assessment assessment =
        found(FeasibilityService.assessment(run, id), "assessment", id, run, "assessments");
    Responses.json(ctx, run.id(), () -> one(run, "assessment", assessment));
  }

  /** The row of that id, or a 404 that names the run and the route listing them. */
  private static <T> T found(Optional<T> row, String what, String id, Run run, String listRoute) {
    return row.orElseThrow(
        () ->
            ApiProblem.notFound(
                "Unknown "
                    + what
                    + " "
                    + id
                    + " in run "
                    + run.id()
                    + "; list them at /api/v1/"
                    + listRoute));
  }

  public void learning(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    String regulation = ctx.pathParam("regulation");
    if (regulation.startsWith("_")
        || !(run.reference().regulations().containsKey(regulation)
            || run.codesSeen(Dimension.REGULATION).contains(regulation))) {
      throw ApiProblem.notFound(
          "Unknown regulation "
              + regulation
              + "; "
              + Vocabulary.describe(
                  "regulations",
                  Vocabulary.accepted(run, Dimension.REGULATION),
                  "/api/v1/dimensions/regulation"));
    }
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    String indicator = QueryParams.single(ctx, "indicator");
    if (indicator == null) {
      invalid.add(
          new ApiProblem.InvalidParam(
              "indicator",
              "indicator is required: one of " + String.join(", ", LEARNING_INDICATORS)));
    } else if (!LEARNING_INDICATORS.contains(indicator)) {
      invalid.add(
          new ApiProblem.InvalidParam(
              "indicator",
              "Unknown indicator "
                  + indicator
                  + " for peer comparison; accepted: "
                  + String.join(", ", LEARNING_INDICATORS)));
    }
    String period = QueryParams.single(ctx, "period");
    if (period == null) {
      invalid.add(
          new ApiProblem.InvalidParam(
              "period", "period is required: a year (2025) or a quarter (2025-Q1)"));
    } else if (!Granularity.YEAR.accepts(period) && !Granularity.QUARTER.accepts(period)) {
      invalid.add(
          new ApiProblem.InvalidParam(
              "period",
              "Cannot parse " + period + " as a year or a quarter; write 2025 or 2025-Q1"));
    }
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    Responses.json(
        ctx,
        run.id(),
        () -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("run", RunRef.of(run));
          body.put("regulation", regulation);
          body.put("indicator", indicator);
          body.put("period", period);
          body.put("peer_groups", FeasibilityService.learning(run, regulation, indicator, period));
          return body;
        });
  }

  private static Map<String, Object> list(
      Run run, Map<String, Object> query, String name, List<?> rows) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("run", RunRef.of(run));
    body.put("query", query);
    body.put("total", rows.size());
    body.put(name, rows);
    return body;
  }

  private static Map<String, Object> one(Run run, String name, Object row) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("run", RunRef.of(run));
    body.put(name, row);
    return body;
  }

  private static String text(YearMonth month) {
    return month == null ? null : month.toString();
  }
}
