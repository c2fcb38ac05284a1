package nl.effectmeter.api;

import static nl.effectmeter.api.Param.path;
import static nl.effectmeter.api.Param.query;
import static nl.effectmeter.api.Param.queryEnum;
import static nl.effectmeter.api.Param.queryInteger;
import static nl.effectmeter.api.Param.queryList;

import java.util.ArrayList;
import java.util.List;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.store.RunRegistry;

/** The route table: every route the API answers, its parameters and its handler. */
final class Routes {
  static final String V1 = "/api/v1";
  private static final List<String> JSON = List.of(Responses.JSON);
  private static final List<String> JSON_CSV = List.of(Responses.JSON, Responses.CSV);

  private Routes() {}

  static List<Route> table(RunRegistry registry) {
    CatalogueHandlers catalogue = new CatalogueHandlers(registry);
    DimensionHandlers dimensions = new DimensionHandlers(registry);
    RunHandlers runs = new RunHandlers(registry);
    Param run = query("run", "A published run id, to reproduce an earlier answer; default current");
    List<Param> observationParams = new ArrayList<>();
    observationParams.add(queryList("indicator", "One or more indicator ids; default all"));
    observationParams.add(query("breakdown", "One breakdown, e.g. organisation,regulation"));
    observationParams.add(
        queryEnum("granularity", List.of("month", "quarter", "year"), "Default year"));
    observationParams.add(queryList("period", "One or more exact periods"));
    observationParams.add(query("from", "First period, inclusive, same granularity"));
    observationParams.add(query("to", "Last period, inclusive, same granularity"));
    for (Dimension dimension : Dimension.values()) {
      observationParams.add(queryList(dimension.column(), "One or more codes"));
    }
    observationParams.add(queryList("status", "One or more statuses"));
    observationParams.add(
        queryList("sort", "Comma-separated fields, - for descending; default cell order"));
    observationParams.add(queryInteger("limit", "Page size, 1 to 10000; default 1000"));
    observationParams.add(queryInteger("offset", "Rows to skip; default 0"));
    observationParams.add(run);
    observationParams.add(queryEnum("format", List.of("json", "csv"), "Default json"));
    ObservationHandler observations = new ObservationHandler(registry);
    SignalHandler signals = new SignalHandler(registry);
    ScorecardHandler scorecards = new ScorecardHandler(registry);
    OpenApiHandler openApi = new OpenApiHandler(registry);
    return List.of(
        new Route(
            V1 + "/indicators",
            "listIndicators",
            "The indicator catalogue",
            List.of(),
            "IndicatorList",
            false,
            JSON,
            catalogue::list),
        new Route(
            V1 + "/indicators/{id}",
            "getIndicator",
            "One catalogue entry",
            List.of(path("id", "Indicator id")),
            "Indicator",
            false,
            JSON,
            catalogue::one),
        new Route(
            V1 + "/observations",
            "listObservations",
            "Published indicator values, filtered",
            observationParams,
            "ObservationPage",
            false,
            JSON_CSV,
            observations::handle),
        new Route(
            V1 + "/dimensions",
            "listDimensions",
            "The dimensions with the number of codes in each",
            List.of(run),
            "DimensionList",
            false,
            JSON,
            dimensions::list),
        new Route(
            V1 + "/dimensions/{dimension}",
            "getDimension",
            "The codes of one dimension with names and attributes",
            List.of(path("dimension", "Dimension name, e.g. municipality"), run),
            "DimensionCodes",
            false,
            JSON,
            dimensions::one),
        new Route(
            V1 + "/signals",
            "listSignals",
            "The run's early-warning signals",
            List.of(
                queryList("organisation", "One or more organisation codes"),
                queryList("regulation", "One or more regulation codes"),
                queryList("signal", "One or more signal names"),
                queryList("severity", "high or medium"),
                query("from", "First period (a month, quarter or year), inclusive"),
                query("to", "Last period (a month, quarter or year), inclusive"),
                run),
            "SignalList",
            false,
            JSON,
            signals::handle),
        new Route(
            V1 + "/scorecards/{organisation}",
            "getScorecard",
            "One organisation's accountability scorecard for one period",
            List.of(
                path("organisation", "Organisation code"),
                new Param(
                    "period",
                    "query",
                    "string",
                    false,
                    List.of(),
                    "Required: 2025, 2025-Q1 or 2025-03; sets the granularity"),
                run),
            "Scorecard",
            false,
            JSON,
            scorecards::handle),
        new Route(
            V1 + "/runs",
            "listRuns",
            "The published runs, newest first",
            List.of(),
            "RunList",
            false,
            JSON,
            runs::list),
        new Route(
            V1 + "/runs/current",
            "getCurrentRun",
            "The current run's manifest",
            List.of(),
            "Manifest",
            false,
            JSON,
            runs::current),
        new Route(
            V1 + "/runs/{id}",
            "getRun",
            "A run's manifest",
            List.of(path("id", "Run id")),
            "Manifest",
            false,
            JSON,
            runs::one),
        new Route(
            V1 + "/openapi.json",
            "getOpenApi",
            "This OpenAPI 3.1 description",
            List.of(),
            "OpenApi",
            false,
            JSON,
            openApi::handle),
        new Route(
            "/openapi.json",
            "getOpenApiAtRoot",
            "This OpenAPI 3.1 description, also outside /api/v1",
            List.of(),
            "OpenApi",
            true,
            JSON,
            openApi::handle),
        new Route(
            "/health",
            "health",
            "The process is up",
            List.of(),
            "Health",
            true,
            JSON,
            runs::health),
        new Route(
            "/ready",
            "ready",
            "A published run is loaded (503 until then)",
            List.of(),
            "Ready",
            true,
            JSON,
            runs::ready));
  }
}
