package nl.effectmeter.api.route;

import static nl.effectmeter.api.http.ApiNames.V1;
import static nl.effectmeter.api.route.Param.path;
import static nl.effectmeter.api.route.Param.pathEnum;
import static nl.effectmeter.api.route.Param.query;
import static nl.effectmeter.api.route.Param.queryEnum;
import static nl.effectmeter.api.route.Param.queryInteger;
import static nl.effectmeter.api.route.Param.queryList;
import static nl.effectmeter.api.route.Param.queryListOf;
import static nl.effectmeter.api.route.Param.requiredQuery;
import static nl.effectmeter.api.route.Param.requiredQueryEnum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.effectmeter.api.CatalogueHandlers;
import nl.effectmeter.api.DimensionHandlers;
import nl.effectmeter.api.FeasibilityHandlers;
import nl.effectmeter.api.ObservationHandler;
import nl.effectmeter.api.ObservationRequest;
import nl.effectmeter.api.RevisionHandler;
import nl.effectmeter.api.RunHandlers;
import nl.effectmeter.api.ScorecardHandler;
import nl.effectmeter.api.SignalHandler;
import nl.effectmeter.api.TableFileHandler;
import nl.effectmeter.api.format.CsvFormat;
import nl.effectmeter.api.format.JsonFormat;
import nl.effectmeter.api.format.ParquetFileFormat;
import nl.effectmeter.api.format.ResponseFormat;
import nl.effectmeter.api.format.SdmxCsvFormat;
import nl.effectmeter.api.format.XmlFormat;
import nl.effectmeter.api.odata.Column;
import nl.effectmeter.api.odata.ODataEntitySet;
import nl.effectmeter.api.odata.ODataHandler;
import nl.effectmeter.api.odata.ODataJsonFormat;
import nl.effectmeter.api.odata.ODataModel;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.reference.CodeLists;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.WarehouseLayout;

/** The route table: every route the API answers, its parameters and its handler. */
public final class Routes {
  /** The methods every route answers, as a 405's {@code Allow} header lists them. */
  static final String METHODS = "GET, HEAD";

  private static final List<ResponseFormat> JSON = List.of(JsonFormat.INSTANCE);
  private static final List<ResponseFormat> TABULAR =
      List.of(JsonFormat.INSTANCE, CsvFormat.INSTANCE, SdmxCsvFormat.INSTANCE);

  /** A period of any granularity: 2025, 2025-Q1 or 2025-03. */
  private static final String ANY_PERIOD =
      Granularity.YEAR.pattern()
          + "|"
          + Granularity.QUARTER.pattern()
          + "|"
          + Granularity.MONTH.pattern();

  private Routes() {}

  /**
   * The routes; {@code tokens} says whether this server checks bearer tokens on {@code /api/v1}, so
   * that the OpenAPI document describes what it does.
   */
  public static List<Route> table(RunRegistry registry, TokenCheck tokens) {
    Param run = query("run", "A published run id, to reproduce an earlier answer; default current");
    List<Route> routes = new ArrayList<>();
    routes.addAll(catalogueRoutes(registry));
    routes.addAll(observationRoutes(registry, run));
    routes.addAll(dimensionRoutes(registry, run));
    routes.addAll(signalRoutes(registry, run));
    routes.addAll(feasibilityRoutes(registry, run));
    routes.addAll(scorecardRoutes(registry, run));
    routes.addAll(runRoutes(registry));
    routes.addAll(serviceRoutes(registry, tokens));
    routes.addAll(odataRoutes(new ODataHandler(registry)));
    return List.copyOf(routes);
  }

  /** The indicator catalogue. */
  private static List<Route> catalogueRoutes(RunRegistry registry) {
    CatalogueHandlers catalogue = new CatalogueHandlers(registry);
    return List.of(
        new Route(
            V1 + "/indicators",
            "listIndicators",
            "The indicator catalogue",
            List.of(),
            "IndicatorList",
            Access.TOKEN,
            JSON,
            catalogue::list),
        new Route(
            V1 + "/indicators/{id}",
            "getIndicator",
            "One catalogue entry",
            List.of(path("id", "Indicator id")),
            "Indicator",
            Access.TOKEN,
            JSON,
            catalogue::one));
  }

  /** Published values, filtered, in the tabular formats. */
  private static List<Route> observationRoutes(RunRegistry registry, Param run) {
    List<Param> observationParams = new ArrayList<>();
    observationParams.add(
        queryListOf(
            "indicator",
            Arrays.stream(Indicator.values()).map(Indicator::id).toList(),
            "One or more indicator ids; default all"));
    observationParams.add(
        queryEnum(
            "breakdown",
            Arrays.stream(Breakdown.values()).map(Breakdown::label).toList(),
            "One breakdown, e.g. organisation,regulation; default total"));
    observationParams.add(
        queryEnum(
            "granularity",
            List.of("month", "quarter", "year"),
            "Default year; the breakdown must be published by it (a 400 otherwise)"));
    observationParams.add(
        queryList("period", "One or more exact periods of the granularity").matching(ANY_PERIOD));
    observationParams.add(
        query("from", "First period, inclusive, of the granularity; not after to")
            .matching(ANY_PERIOD));
    observationParams.add(
        query("to", "Last period, inclusive, of the granularity").matching(ANY_PERIOD));
    for (Dimension dimension : Dimension.values()) {
      observationParams.add(
          queryList(dimension.column(), "One or more codes of the current run").codesOf(dimension));
    }
    observationParams.add(
        queryListOf(
            "status",
            Arrays.stream(Status.values()).map(Status::label).toList(),
            "One or more statuses"));
    List<String> sortFields = new ArrayList<>(PublishedColumns.INDICATOR_COLUMNS);
    PublishedColumns.INDICATOR_COLUMNS.forEach(column -> sortFields.add("-" + column));
    observationParams.add(
        queryListOf(
            "sort", sortFields, "Comma-separated fields, - for descending; default cell order"));
    observationParams.add(
        queryInteger(
            "limit",
            1,
            ObservationRequest.MAX_LIMIT,
            "Page size, 1 to " + ObservationRequest.MAX_LIMIT + "; default 1000"));
    observationParams.add(queryInteger("offset", 0, Integer.MAX_VALUE, "Rows to skip; default 0"));
    observationParams.add(run);
    observationParams.add(
        queryEnum("format", TABULAR.stream().map(ResponseFormat::name).toList(), "Default json"));
    ObservationHandler observations = new ObservationHandler(registry);
    return List.of(
        new Route(
            V1 + "/observations",
            "listObservations",
            "Published indicator values, filtered",
            observationParams,
            "ObservationPage",
            Access.TOKEN,
            TABULAR,
            observations::handle));
  }

  /** The dimensions and their codes. */
  private static List<Route> dimensionRoutes(RunRegistry registry, Param run) {
    DimensionHandlers dimensions = new DimensionHandlers(registry);
    return List.of(
        new Route(
            V1 + "/dimensions",
            "listDimensions",
            "The dimensions with the number of codes in each",
            List.of(run),
            "DimensionList",
            Access.TOKEN,
            JSON,
            dimensions::list),
        new Route(
            V1 + "/dimensions/{dimension}",
            "getDimension",
            "The codes of one dimension with names and attributes",
            List.of(path("dimension", "Dimension name, e.g. municipality"), run),
            "DimensionCodes",
            Access.TOKEN,
            JSON,
            dimensions::one));
  }

  /** The early-warning signals. */
  private static List<Route> signalRoutes(RunRegistry registry, Param run) {
    SignalHandler signals = new SignalHandler(registry);
    return List.of(
        new Route(
            V1 + "/signals",
            "listSignals",
            "The run's early-warning signals",
            List.of(
                queryList("organisation", "One or more organisation codes")
                    .codesOf(Dimension.ORGANISATION),
                queryList("regulation", "One or more regulation codes")
                    .codesOf(Dimension.REGULATION),
                queryListOf("signal", Signal.NAMES, "One or more signal names"),
                queryListOf("severity", Signal.SEVERITIES, "high or medium"),
                query("from", "First period (a month, quarter or year), inclusive; not after to")
                    .matching(ANY_PERIOD),
                query("to", "Last period (a month, quarter or year), inclusive")
                    .matching(ANY_PERIOD),
                run),
            "SignalList",
            Access.TOKEN,
            JSON,
            signals::handle));
  }

  /** The voice of executing organisations: their signals, assessments and peers. */
  private static List<Route> feasibilityRoutes(RunRegistry registry, Param run) {
    FeasibilityHandlers feasibility = new FeasibilityHandlers(registry);
    return List.of(
        new Route(
            V1 + "/feasibility-signals",
            "listFeasibilitySignals",
            "Signals raised by executing organisations, with the evidence around them",
            List.of(
                queryList("organisation", "One or more organisation codes")
                    .codesOf(Dimension.ORGANISATION),
                queryList("regulation", "One or more regulation codes")
                    .codesOf(Dimension.REGULATION),
                queryListOf("kind", CodeLists.FEASIBILITY_KINDS, "noodsignaal or knelpunt"),
                queryListOf("response", CodeLists.FEASIBILITY_RESPONSES, "One or more responses"),
                query(
                        "from",
                        "First month raised (a month, quarter or year), inclusive; not after to")
                    .matching(ANY_PERIOD),
                query("to", "Last month raised (a month, quarter or year), inclusive")
                    .matching(ANY_PERIOD),
                run),
            "FeasibilitySignalList",
            Access.TOKEN,
            JSON,
            feasibility::signals),
        new Route(
            V1 + "/feasibility-signals/{id}",
            "getFeasibilitySignal",
            "One raised signal with its evidence",
            List.of(path("id", "Signal id"), run),
            "FeasibilitySignalOne",
            Access.TOKEN,
            JSON,
            feasibility::signal),
        new Route(
            V1 + "/unvoiced-distress",
            "listUnvoicedDistress",
            "Organisations and regulations in trouble by the data, with no signal raised",
            List.of(
                queryList("organisation", "One or more organisation codes")
                    .codesOf(Dimension.ORGANISATION),
                queryList("regulation", "One or more regulation codes")
                    .codesOf(Dimension.REGULATION),
                run),
            "UnvoicedDistressList",
            Access.TOKEN,
            JSON,
            feasibility::unvoicedDistress),
        new Route(
            V1 + "/assessments",
            "listAssessments",
            "Uitvoeringstoetsen with their expectations against what was realised",
            List.of(
                queryList("regulation", "One or more regulation codes")
                    .codesOf(Dimension.REGULATION),
                run),
            "AssessmentList",
            Access.TOKEN,
            JSON,
            feasibility::assessments),
        new Route(
            V1 + "/assessments/{id}",
            "getAssessment",
            "One assessment with its outcomes",
            List.of(path("id", "Assessment id"), run),
            "AssessmentOne",
            Access.TOKEN,
            JSON,
            feasibility::assessment),
        new Route(
            V1 + "/learning/{regulation}",
            "getLearning",
            "Municipalities against their peers for one regulation, indicator and period",
            List.of(
                path("regulation", "Regulation code"),
                requiredQueryEnum(
                    "indicator",
                    FeasibilityHandlers.LEARNING_INDICATORS,
                    "timely_decision_rate or outcome_achievement_rate"),
                requiredQuery("period", "A year (2025) or a quarter (2025-Q1)")
                    .matching(Granularity.YEAR.pattern() + "|" + Granularity.QUARTER.pattern()),
                run),
            "Learning",
            Access.TOKEN,
            JSON,
            feasibility::learning));
  }

  /** The accountability scorecards. */
  private static List<Route> scorecardRoutes(RunRegistry registry, Param run) {
    ScorecardHandler scorecards = new ScorecardHandler(registry);
    return List.of(
        new Route(
            V1 + "/scorecards/{organisation}",
            "getScorecard",
            "One organisation's accountability scorecard for one period",
            List.of(
                path("organisation", "Organisation code"),
                requiredQuery(
                        "period",
                        "2025, 2025-Q1 or 2025-03 (sets the granularity), published in the run")
                    .takingFromTheRun(Routes::scorecardPeriods),
                run),
            "Scorecard",
            Access.TOKEN,
            JSON,
            scorecards::handle));
  }

  /** The published runs, their manifests and their tables as files. */
  private static List<Route> runRoutes(RunRegistry registry) {
    RunHandlers runs = new RunHandlers(registry);
    TableFileHandler tableFiles = new TableFileHandler(registry);
    RevisionHandler revisions = new RevisionHandler(registry);
    return List.of(
        new Route(
            V1 + "/runs",
            "listRuns",
            "The published runs, newest first",
            List.of(),
            "RunList",
            Access.TOKEN,
            JSON,
            runs::list),
        new Route(
            V1 + "/runs/current",
            "getCurrentRun",
            "The current run's manifest",
            List.of(),
            "Manifest",
            Access.TOKEN,
            JSON,
            runs::current),
        new Route(
            V1 + "/runs/{id}",
            "getRun",
            "A run's manifest",
            List.of(path("id", "Run id")),
            "Manifest",
            Access.TOKEN,
            JSON,
            runs::one),
        new Route(
            V1 + "/runs/{id}/revisions",
            "listRevisions",
            "The values whose publication changed since the run before (revised, newly"
                + " published, newly suppressed, withdrawn)",
            List.of(
                path("id", "Run id, or current"),
                queryListOf(
                    "indicator",
                    Arrays.stream(Indicator.values()).map(Indicator::id).toList(),
                    "One or more indicator ids"),
                queryListOf("kind", RevisionColumns.KINDS, "One or more kinds of revision"),
                queryEnum(
                    "breakdown",
                    Arrays.stream(Breakdown.values()).map(Breakdown::label).toList(),
                    "One breakdown, e.g. organisation,regulation"),
                queryEnum("granularity", List.of("month", "quarter", "year"), "One granularity"),
                queryList("organisation", "One or more organisation codes"),
                queryList("regulation", "One or more regulation codes"),
                queryList("period", "One or more periods, e.g. 2025-06, 2025-Q2, 2025"),
                queryEnum("format", List.of("json", "csv"), "Default json")),
            "RevisionList",
            Access.TOKEN,
            List.of(JsonFormat.INSTANCE, CsvFormat.REVISIONS),
            revisions::handle),
        new Route(
            V1 + "/runs/{id}/tables/{table}.parquet",
            "getTableFile",
            "A run's published indicators or signals table as one Parquet file, with byte ranges",
            List.of(
                path("id", "Run id, or current"),
                pathEnum(
                    "table",
                    List.of(WarehouseLayout.INDICATORS, WarehouseLayout.SIGNALS),
                    "indicators or signals")),
            "ParquetFile",
            Access.TOKEN,
            List.of(ParquetFileFormat.INSTANCE),
            tableFiles::table),
        new Route(
            V1 + "/runs/{id}/tables/reference/{dataset}.parquet",
            "getReferenceTableFile",
            "The reference data a run used, one dataset as one Parquet file, with byte ranges",
            List.of(
                path("id", "Run id, or current"),
                path("dataset", "Reference dataset, e.g. organisations (see the run's manifest)")),
            "ParquetFile",
            Access.TOKEN,
            List.of(ParquetFileFormat.INSTANCE),
            tableFiles::reference));
  }

  /** This document, liveness and readiness. */
  private static List<Route> serviceRoutes(RunRegistry registry, TokenCheck tokens) {
    RunHandlers runs = new RunHandlers(registry);
    OpenApiHandler openApi = new OpenApiHandler(registry, tokens);
    return List.of(
        new Route(
            V1 + "/openapi.json",
            "getOpenApi",
            "This OpenAPI 3.1 description",
            List.of(),
            "OpenApi",
            Access.TOKEN,
            JSON,
            openApi::handle),
        new Route(
            "/openapi.json",
            "getOpenApiAtRoot",
            "This OpenAPI 3.1 description, also outside /api/v1",
            List.of(),
            "OpenApi",
            Access.OPEN,
            JSON,
            openApi::handle),
        new Route(
            "/health",
            "health",
            "The process is up",
            List.of(),
            "Health",
            Access.OPEN,
            JSON,
            runs::health),
        new Route(
            "/ready",
            "ready",
            "A published run is loaded (503 until then)",
            List.of(),
            "Ready",
            Access.OPEN,
            JSON,
            runs::ready));
  }

  /** The OData service: its root, {@code $metadata} and one route per entity set. */
  private static List<Route> odataRoutes(ODataHandler odata) {
    List<ResponseFormat> odataJson = List.of(ODataJsonFormat.INSTANCE);
    List<Route> routes = new ArrayList<>();
    routes.add(
        new Route(
            ODataHandler.ROOT + "/",
            "getODataService",
            "OData v4 service document over the current run (for Excel and Power BI)",
            List.of(),
            "ODataServiceDocument",
            Access.TOKEN,
            odataJson,
            odata::serviceDocument));
    routes.add(
        new Route(
            ODataHandler.ROOT + "/$metadata",
            "getODataMetadata",
            "The OData service's CSDL XML metadata",
            List.of(),
            "ODataMetadata",
            Access.TOKEN,
            List.of(XmlFormat.INSTANCE),
            odata::metadata));
    routes.add(
        new Route(
            V1 + "/effectmeter.pbids",
            "getPowerBiDataSource",
            "A Power BI data source file (.pbids) that opens the OData feed in one click",
            List.of(),
            "Pbids",
            Access.TOKEN,
            List.of(JsonFormat.INSTANCE),
            odata::pbids));
    for (ODataEntitySet<?> set : ODataModel.SETS) {
      routes.add(
          new Route(
              ODataHandler.ROOT + "/" + set.name(),
              "getOData" + set.name(),
              "OData entity set " + set.name() + ", at most " + ODataHandler.MAX_PAGE + " a page",
              odataOptions(set),
              "OData" + set.name(),
              Access.TOKEN,
              odataJson,
              odata.entitySet(set)));
    }
    return routes;
  }

  /** The OData query options of one entity set, its properties named. */
  private static List<Param> odataOptions(ODataEntitySet<?> set) {
    List<String> properties = set.columns().stream().map(Column::name).toList();
    List<String> selectable = new ArrayList<>(properties);
    selectable.add("*");
    List<String> orderings = new ArrayList<>();
    for (String property : properties) {
      orderings.addAll(List.of(property, property + " asc", property + " desc"));
    }
    return List.of(
        query(
                "$filter",
                "eq, ne, ge, gt, le, lt, in, and, or, not, parentheses; e.g. period ge '2024'."
                    + " The pattern shows comparisons joined by and only: OpenAPI cannot express"
                    + " the whole grammar, which the server reads")
            .matching(set.filterPattern()),
        queryListOf("$select", selectable, "Comma-separated properties"),
        queryListOf(
            "$orderby", orderings, "Comma-separated properties, each optionally asc or desc"),
        queryInteger("$top", 0, Integer.MAX_VALUE, "At most this many entities"),
        queryInteger("$skip", 0, Integer.MAX_VALUE, "Entities to skip"),
        queryEnum("$count", List.of("true", "false"), "true adds @odata.count"));
  }

  /** The periods of the current run's organisation breakdown, by year, quarter and month. */
  private static List<String> scorecardPeriods(Run run) {
    List<String> periods = new ArrayList<>();
    for (Granularity granularity :
        List.of(Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH)) {
      periods.addAll(run.observations().periods(Breakdown.ORGANISATION_, granularity));
    }
    return periods;
  }
}
