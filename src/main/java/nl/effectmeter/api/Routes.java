package nl.effectmeter.api;

import static nl.effectmeter.api.Param.path;
import static nl.effectmeter.api.Param.pathEnum;
import static nl.effectmeter.api.Param.query;
import static nl.effectmeter.api.Param.queryEnum;
import static nl.effectmeter.api.Param.queryInteger;
import static nl.effectmeter.api.Param.queryList;
import static nl.effectmeter.api.Param.queryListOf;
import static nl.effectmeter.api.Param.requiredQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.WarehouseLayout;

/** The route table: every route the API answers, its parameters and its handler. */
final class Routes {
  static final String V1 = "/api/v1";

  /** The methods every route answers, as a 405's {@code Allow} header lists them. */
  static final String METHODS = "GET, HEAD";

  private static final List<ResponseFormat> JSON = List.of(JsonFormat.INSTANCE);
  private static final List<ResponseFormat> TABULAR =
      List.of(JsonFormat.INSTANCE, CsvFormat.INSTANCE, SdmxCsvFormat.INSTANCE);

  private Routes() {}

  /**
   * The routes; {@code tokens} says whether this server checks bearer tokens on {@code /api/v1}, so
   * that the OpenAPI document describes what it does.
   */
  static List<Route> table(RunRegistry registry, TokenCheck tokens) {
    CatalogueHandlers catalogue = new CatalogueHandlers(registry);
    DimensionHandlers dimensions = new DimensionHandlers(registry);
    RunHandlers runs = new RunHandlers(registry);
    Param run = query("run", "A published run id, to reproduce an earlier answer; default current");
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
        queryEnum("granularity", List.of("month", "quarter", "year"), "Default year"));
    observationParams.add(queryList("period", "One or more exact periods"));
    observationParams.add(query("from", "First period, inclusive, same granularity"));
    observationParams.add(query("to", "Last period, inclusive, same granularity"));
    for (Dimension dimension : Dimension.values()) {
      observationParams.add(queryList(dimension.column(), "One or more codes"));
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
    SignalHandler signals = new SignalHandler(registry);
    ScorecardHandler scorecards = new ScorecardHandler(registry);
    TableFileHandler tableFiles = new TableFileHandler(registry);
    ODataHandler odata = new ODataHandler(registry);
    FeasibilityHandlers feasibility = new FeasibilityHandlers(registry);
    RevisionHandler revisions = new RevisionHandler(registry);
    OpenApiHandler openApi = new OpenApiHandler(registry, tokens);
    List<Route> routes = new ArrayList<>();
    routes.addAll(
        List.of(
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
                catalogue::one),
            new Route(
                V1 + "/observations",
                "listObservations",
                "Published indicator values, filtered",
                observationParams,
                "ObservationPage",
                Access.TOKEN,
                TABULAR,
                observations::handle),
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
                dimensions::one),
            new Route(
                V1 + "/signals",
                "listSignals",
                "The run's early-warning signals",
                List.of(
                    queryList("organisation", "One or more organisation codes"),
                    queryList("regulation", "One or more regulation codes"),
                    queryListOf("signal", SignalService.SIGNALS, "One or more signal names"),
                    queryListOf("severity", SignalService.SEVERITIES, "high or medium"),
                    query("from", "First period (a month, quarter or year), inclusive"),
                    query("to", "Last period (a month, quarter or year), inclusive"),
                    run),
                "SignalList",
                Access.TOKEN,
                JSON,
                signals::handle),
            new Route(
                V1 + "/feasibility-signals",
                "listFeasibilitySignals",
                "Signals raised by executing organisations, with the evidence around them",
                List.of(
                    queryList("organisation", "One or more organisation codes"),
                    queryList("regulation", "One or more regulation codes"),
                    queryListOf("kind", FeasibilityHandlers.KINDS, "noodsignaal or knelpunt"),
                    queryListOf("response", FeasibilityHandlers.RESPONSES, "One or more responses"),
                    query("from", "First month raised (a month, quarter or year), inclusive"),
                    query("to", "Last month raised (a month, quarter or year), inclusive"),
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
                    queryList("organisation", "One or more organisation codes"),
                    queryList("regulation", "One or more regulation codes"),
                    run),
                "UnvoicedDistressList",
                Access.TOKEN,
                JSON,
                feasibility::unvoicedDistress),
            new Route(
                V1 + "/assessments",
                "listAssessments",
                "Uitvoeringstoetsen with their expectations against what was realised",
                List.of(queryList("regulation", "One or more regulation codes"), run),
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
                    new Param(
                        "indicator",
                        "query",
                        "string",
                        false,
                        true,
                        FeasibilityHandlers.LEARNING_INDICATORS,
                        null,
                        null,
                        "timely_decision_rate or outcome_achievement_rate"),
                    requiredQuery("period", "A year (2025) or a quarter (2025-Q1)"),
                    run),
                "Learning",
                Access.TOKEN,
                JSON,
                feasibility::learning),
            new Route(
                V1 + "/scorecards/{organisation}",
                "getScorecard",
                "One organisation's accountability scorecard for one period",
                List.of(
                    path("organisation", "Organisation code"),
                    requiredQuery("period", "2025, 2025-Q1 or 2025-03; sets the granularity"),
                    run),
                "Scorecard",
                Access.TOKEN,
                JSON,
                scorecards::handle),
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
                    queryList("indicator", "One or more indicator ids"),
                    queryListOf("kind", RevisionColumns.KINDS, "One or more kinds of revision"),
                    query("breakdown", "One breakdown, e.g. organisation,regulation"),
                    queryEnum(
                        "granularity", List.of("month", "quarter", "year"), "One granularity"),
                    queryList("organisation", "One or more organisation codes"),
                    queryList("regulation", "One or more regulation codes"),
                    queryList("period", "One or more periods, e.g. 2025-06, 2025-Q2, 2025"),
                    queryEnum("format", List.of("json", "csv"), "Default json")),
                "RevisionList",
                Access.TOKEN,
                List.of(JsonFormat.INSTANCE, RevisionCsvFormat.INSTANCE),
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
                    path(
                        "dataset",
                        "Reference dataset, e.g. organisations (see the run's manifest)")),
                "ParquetFile",
                Access.TOKEN,
                List.of(ParquetFileFormat.INSTANCE),
                tableFiles::reference),
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
                runs::ready)));
    routes.addAll(odataRoutes(odata));
    return List.copyOf(routes);
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
            Routes.V1 + "/effectmeter.pbids",
            "getPowerBiDataSource",
            "A Power BI data source file (.pbids) that opens the OData feed in one click",
            List.of(),
            "Pbids",
            Access.TOKEN,
            List.of(JsonFormat.INSTANCE),
            odata::pbids));
    List<Param> options =
        List.of(
            query("$filter", "eq, ne, ge, gt, le, lt, in, and, or, not; e.g. period ge '2024'"),
            query("$select", "Comma-separated properties"),
            query("$orderby", "Comma-separated properties, each optionally asc or desc"),
            queryInteger("$top", 0, Integer.MAX_VALUE, "At most this many entities"),
            queryInteger("$skip", 0, Integer.MAX_VALUE, "Entities to skip"),
            queryEnum("$count", List.of("true", "false"), "true adds @odata.count"));
    for (ODataEntitySet<?> set : ODataModel.SETS) {
      routes.add(
          new Route(
              ODataHandler.ROOT + "/" + set.name(),
              "getOData" + set.name(),
              "OData entity set " + set.name() + ", at most " + ODataHandler.MAX_PAGE + " a page",
              options,
              "OData" + set.name(),
              Access.TOKEN,
              odataJson,
              odata.entitySet(set)));
    }
    return routes;
  }
}
