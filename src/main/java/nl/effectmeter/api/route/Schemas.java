package nl.effectmeter.api.route;

import static nl.effectmeter.api.http.ApiNames.schemaRef;
import static nl.effectmeter.api.route.JsonSchema.array;
import static nl.effectmeter.api.route.JsonSchema.closedObject;
import static nl.effectmeter.api.route.JsonSchema.columnType;
import static nl.effectmeter.api.route.JsonSchema.integer;
import static nl.effectmeter.api.route.JsonSchema.nullable;
import static nl.effectmeter.api.route.JsonSchema.nullableRecord;
import static nl.effectmeter.api.route.JsonSchema.object;
import static nl.effectmeter.api.route.JsonSchema.properties;
import static nl.effectmeter.api.route.JsonSchema.props;
import static nl.effectmeter.api.route.JsonSchema.record;
import static nl.effectmeter.api.route.JsonSchema.string;
import static nl.effectmeter.api.route.JsonSchema.table;
import static nl.effectmeter.api.route.JsonSchema.type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.answer.ObservationJson;
import nl.effectmeter.answer.ObservationPage;
import nl.effectmeter.answer.RunRef;
import nl.effectmeter.answer.Scorecard;
import nl.effectmeter.answer.SignalJson;
import nl.effectmeter.api.IndicatorJson;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.api.odata.Columns;
import nl.effectmeter.api.odata.ODataEntitySet;
import nl.effectmeter.api.odata.ODataError;
import nl.effectmeter.api.odata.ODataModel;
import nl.effectmeter.history.InputChecks;
import nl.effectmeter.store.Revised;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.PublishedColumns;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.TableColumn;

/**
 * JSON Schemas of the answers, for the OpenAPI components: one method per area of {@link
 * Routes#table}, in its order, each holding the schemas of its routes' answers.
 *
 * <p>An answer's object says {@code additionalProperties: false} when the server writes no other
 * keys: {@code record(...)} for an answer written as a Java record (its JSON names are checked
 * against the record's, so a new component fails the document until it is described), {@code
 * table(...)} for rows of a published table (read by their declared columns), {@code
 * closedObject(...)} for a map the handler fills with exactly these keys. An object that holds
 * whatever the run or the request holds ({@code query}, {@code settings}, {@code attributes}, ...)
 * stays open.
 */
final class Schemas {
  private Schemas() {}

  static Map<String, Object> all() {
    Map<String, Object> schemas = new LinkedHashMap<>();
    problem(schemas);
    catalogue(schemas);
    runRef(schemas);
    observations(schemas);
    dimensions(schemas);
    signals(schemas);
    feasibility(schemas);
    scorecard(schemas);
    runs(schemas);
    service(schemas);
    odata(schemas);
    return schemas;
  }

  /** The problem every route answers on an error (RFC 9457). */
  private static void problem(Map<String, Object> schemas) {
    schemas.put(
        "Problem",
        record(
            Problems.ProblemJson.class,
            List.of("type", "title", "status"),
            props(
                "type", string(),
                "title", string(),
                "status", integer(),
                "detail", string(),
                "instance", string(),
                "invalid_params",
                    array(
                        record(
                            ApiProblem.InvalidParam.class,
                            List.of("name", "reason"),
                            props("name", string(), "reason", string()))))));
  }

  /** {@code /indicators}, {@code /indicators/{id}}: the catalogue. */
  private static void catalogue(Map<String, Object> schemas) {
    schemas.put(
        "Indicator",
        record(
            IndicatorJson.class,
            List.of("id", "family", "title", "unit", "better", "breakdowns", "has_interval"),
            props(
                "id", string(),
                "family", string(),
                "title", closedObject(List.of("en", "nl"), props("en", string(), "nl", string())),
                "description", string(),
                "unit", string(),
                "better", nullable("string"),
                "computation", string(),
                "breakdowns",
                    array(
                        record(
                            IndicatorJson.Published.class,
                            List.of("breakdown", "granularities"),
                            props("breakdown", string(), "granularities", array(string())))),
                "has_interval", type("boolean"))));
    schemas.put(
        "IndicatorList",
        closedObject(
            List.of("indicators"),
            props("catalogue_version", string(), "indicators", array(schemaRef("Indicator")))));
  }

  /** Which run an answer came from ({@code run} of most answers). */
  private static void runRef(Map<String, Object> schemas) {
    schemas.put(
        "RunRef",
        record(
            RunRef.class,
            List.of("id", "as_of", "published_at"),
            props("id", string(), "as_of", string(), "published_at", nullable("string"))));
  }

  /** {@code /observations}: the published values, a page at a time. */
  private static void observations(Map<String, Object> schemas) {
    Map<String, Object> observation = properties(Columns.OBSERVATION);
    schemas.put(
        "Observation",
        record(ObservationJson.class, List.copyOf(observation.keySet()), observation));
    schemas.put(
        "ObservationPage",
        record(
            ObservationPage.class,
            List.of("run", "query", "total", "limit", "offset", "next", "observations"),
            props(
                "run", schemaRef("RunRef"),
                "query", type("object"),
                "total", integer(),
                "limit", integer(),
                "offset", integer(),
                "next", nullable("string"),
                "observations", array(schemaRef("Observation")))));
  }

  /** {@code /dimensions}, {@code /dimensions/{dimension}}: the run's codes. */
  private static void dimensions(Map<String, Object> schemas) {
    schemas.put(
        "DimensionList",
        closedObject(
            List.of("run", "dimensions"),
            props(
                "run",
                schemaRef("RunRef"),
                "dimensions",
                array(
                    closedObject(
                        List.of("dimension", "codes"),
                        props("dimension", string(), "codes", integer()))))));
    schemas.put(
        "DimensionCodes",
        closedObject(
            List.of("run", "dimension", "codes"),
            props(
                "run", schemaRef("RunRef"),
                "dimension", string(),
                "codes",
                    array(
                        record(
                            DimensionService.Code.class,
                            List.of("code", "name", "attributes"),
                            props(
                                "code", string(),
                                "name", nullable("string"),
                                "attributes", type("object")))))));
  }

  /** {@code /signals}: the early-warning signals. */
  private static void signals(Map<String, Object> schemas) {
    schemas.put(
        "Signal",
        record(
            SignalJson.class,
            List.of(
                PublishedColumns.ORGANISATION,
                PublishedColumns.REGULATION,
                PublishedColumns.PERIOD,
                PublishedColumns.SIGNAL,
                PublishedColumns.SEVERITY,
                PublishedColumns.VALUE),
            properties(Columns.SIGNAL)));
    schemas.put("SignalList", listOf("signals", schemaRef("Signal")));
  }

  /**
   * {@code /feasibility-signals}, {@code /unvoiced-distress}, {@code /assessments}, {@code
   * /learning}: rows of the published feasibility tables with their columns, all present.
   */
  private static void feasibility(Map<String, Object> schemas) {
    schemas.put("FeasibilityEvidence", table(FeasibilityColumns.EVIDENCE_COLUMNS, List.of()));
    schemas.put("UnvoicedDistress", table(FeasibilityColumns.UNVOICED_DISTRESS_COLUMNS, List.of()));
    schemas.put(
        "AssessmentOutcome",
        table(
            FeasibilityColumns.ASSESSMENT_OUTCOME_COLUMNS, FeasibilityColumns.ASSESSMENT_COLUMNS));
    Map<String, Object> assessment = new LinkedHashMap<>();
    for (TableColumn column : FeasibilityColumns.ASSESSMENT_OUTCOME_COLUMNS) {
      if (FeasibilityColumns.ASSESSMENT_COLUMNS.contains(column.name())) {
        assessment.put(column.name(), columnType(column));
      }
    }
    assessment.put("outcomes", array(schemaRef("AssessmentOutcome")));
    schemas.put("Assessment", closedObject(List.copyOf(assessment.keySet()), assessment));
    schemas.put("PeerComparison", table(FeasibilityColumns.PEER_COMPARISON_COLUMNS, List.of()));
    schemas.put(
        "FeasibilitySignalList", listOf("feasibility_signals", schemaRef("FeasibilityEvidence")));
    schemas.put(
        "FeasibilitySignalOne",
        closedObject(
            List.of("run", "feasibility_signal"),
            props(
                "run",
                schemaRef("RunRef"),
                "feasibility_signal",
                schemaRef("FeasibilityEvidence"))));
    schemas.put("UnvoicedDistressList", listOf("unvoiced_distress", schemaRef("UnvoicedDistress")));
    schemas.put("AssessmentList", listOf("assessments", schemaRef("Assessment")));
    schemas.put(
        "AssessmentOne",
        closedObject(
            List.of("run", "assessment"),
            props("run", schemaRef("RunRef"), "assessment", schemaRef("Assessment"))));
    schemas.put(
        "Learning",
        closedObject(
            List.of("run", "regulation", "indicator", "period", "peer_groups"),
            props(
                "run", schemaRef("RunRef"),
                "regulation", string(),
                "indicator", string(),
                "period", string(),
                "peer_groups",
                    array(
                        closedObject(
                            List.of(FeasibilityColumns.PEER_GROUP, "municipalities"),
                            props(
                                FeasibilityColumns.PEER_GROUP,
                                nullable("string"),
                                "municipalities",
                                array(schemaRef("PeerComparison"))))))));
  }

  /** {@code /scorecards/{organisation}}: an organisation's indicators for one period. */
  private static void scorecard(Map<String, Object> schemas) {
    schemas.put(
        "ScorecardEntry",
        record(
            Scorecard.Entry.class,
            List.of("indicator", "unit", "value", "status", "previous", "change", "peers"),
            props(
                "indicator", string(),
                "title", string(),
                "family", string(),
                "unit", string(),
                "better", nullable("string"),
                "value", nullable("number"),
                "status", string(),
                "base", nullable("integer"),
                "interval", interval(),
                "previous",
                    record(
                        Scorecard.Previous.class,
                        List.of("period", "value", "status"),
                        props(
                            "period", string(),
                            "value", nullable("number"),
                            "status", string(),
                            "interval", interval())),
                "change", nullable("number"),
                "change_interval", interval(),
                "trend",
                    JsonObjects.of(
                        "type",
                        List.of("string", "null"),
                        "enum",
                        Arrays.asList("improved", "worsened", "no_significant_change", null),
                        "description",
                        "The six rates only: the 95% Newcombe (method 10) interval of the change"
                            + " lies on the better side of 0 (improved), the worse side"
                            + " (worsened) or holds 0; null for other indicators and when this or"
                            + " the previous value is not published"),
                "peers",
                    record(
                        Scorecard.Peers.class,
                        List.of("rank", "count", "median"),
                        props(
                            "government_layer", nullable("string"),
                            "rank", nullable("integer"),
                            "count", integer(),
                            "median", nullable("number"))),
                "revision",
                    nullableRecord(
                        Revised.class,
                        props(
                            RevisionColumns.KIND,
                            JsonObjects.of(
                                "type",
                                "string",
                                "enum",
                                RevisionColumns.KINDS,
                                "description",
                                "How the previous published run's value differs"),
                            RevisionColumns.PREVIOUS_RUN,
                            string(),
                            RevisionColumns.OLD_STATUS,
                            string(),
                            RevisionColumns.OLD_VALUE,
                            nullable("number"))))));
    schemas.put(
        "Scorecard",
        record(
            Scorecard.class,
            List.of("run", "organisation", "period", "granularity", "groups", "signals"),
            props(
                "run", schemaRef("RunRef"),
                "organisation",
                    record(
                        Scorecard.Organisation.class,
                        List.of("code"),
                        props(
                            "code", string(),
                            "name", nullable("string"),
                            "government_layer", nullable("string"))),
                "period", string(),
                "granularity", string(),
                "previous_period", string(),
                "groups",
                    array(
                        record(
                            Scorecard.Group.class,
                            List.of("question", "families", "indicators"),
                            props(
                                "question", string(),
                                "families", array(string()),
                                "indicators", array(schemaRef("ScorecardEntry"))))),
                "signals", array(schemaRef("Signal")),
                "feasibility_signals", array(schemaRef("FeasibilityEvidence")),
                "unvoiced_distress", array(schemaRef("UnvoicedDistress")))));
  }

  /** A 95% interval of a scorecard entry, or null. */
  private static Map<String, Object> interval() {
    return nullableRecord(
        Scorecard.Interval.class, props("low", nullable("number"), "high", nullable("number")));
  }

  /**
   * {@code /runs}, {@code /runs/current}, {@code /runs/{id}}, {@code /runs/{id}/revisions} and the
   * run's tables as Parquet files.
   */
  private static void runs(Map<String, Object> schemas) {
    schemas.put(
        "RunList",
        closedObject(
            List.of("current", "runs"),
            props(
                "current",
                nullable("string"),
                "runs",
                array(
                    closedObject(
                        List.of("id", "as_of", "current", "loaded"),
                        props(
                            "id", string(),
                            "as_of", string(),
                            "started_at", nullable("string"),
                            "published_at", nullable("string"),
                            "job_version", nullable("string"),
                            "current", type("boolean"),
                            "loaded", type("boolean"),
                            "tables", type("object")))))));
    schemas.put(
        "Manifest",
        record(
            Manifest.class,
            // emptied in the manifest the API serves (Manifest.asServed), so never written
            Set.of("disclosure", "input_metrics", "disclosure_headline"),
            List.of("run_id", "as_of", "settings", "inputs", "datasets", "tables"),
            props(
                "run_id", string(),
                "as_of", string(),
                "started_at", nullable("string"),
                "finished_at", nullable("string"),
                "job_version", nullable("string"),
                "catalogue_version", nullable("string"),
                "settings", type("object"),
                "inputs", array(type("object")),
                "datasets", array(type("object")),
                "tables", type("object"),
                "warnings", array(string()),
                "mapping", type("object"),
                "tables_sha256", type("object"),
                "previous_run", nullable("string"),
                "input_checks", array(inputCheck()))));
    schemas.put("Revision", revision());
    schemas.put(
        "RevisionList",
        closedObject(
            List.of("run", "query", "total", "revisions"),
            props(
                "run", type("object"),
                "query", type("object"),
                "total", integer(),
                "revisions", array(schemaRef("Revision")))));
    schemas.put("ParquetFile", JsonObjects.of("type", "string", "format", "binary"));
  }

  /**
   * A row of a run's revisions table: the indicators table's key, then the revision's own columns;
   * only the values may be null.
   */
  private static Map<String, Object> revision() {
    Map<String, Object> props = new LinkedHashMap<>();
    for (TableColumn column : RevisionColumns.COLUMNS) {
      props.put(
          column.name(), column.type() == TableColumn.Type.STRING ? string() : nullable("number"));
    }
    List<String> required = new ArrayList<>(PublishedColumns.INDICATOR_KEY.subList(0, 4));
    required.add(RevisionColumns.KIND);
    required.add(RevisionColumns.OLD_STATUS);
    return closedObject(List.copyOf(required), props);
  }

  /**
   * An input check of a served manifest: which check fired, on which dataset, with which severity;
   * never its sentence ({@link Manifest#asServed}).
   */
  private static Map<String, Object> inputCheck() {
    return record(
        Manifest.InputCheck.class,
        Set.of("message"),
        List.of("check", "dataset", "severity"),
        props(
            "check",
            JsonObjects.of("type", "string", "enum", InputChecks.CHECKS),
            "dataset",
            string(),
            "severity",
            JsonObjects.of(
                "type",
                "string",
                "enum",
                InputChecks.SEVERITIES,
                "description",
                "A check that fails stops the run, which is then never served")));
  }

  /** {@code /openapi.json}, {@code /health}, {@code /ready}. */
  private static void service(Map<String, Object> schemas) {
    schemas.put("OpenApi", object(List.of("openapi", "paths"), props("openapi", string())));
    schemas.put("Health", closedObject(List.of("status"), props("status", string())));
    schemas.put(
        "Ready",
        closedObject(
            List.of("status", "run"),
            props("status", string(), "run", string(), "problem", string())));
  }

  /** {@code /odata}: the service document, its metadata, Power BI's file, errors and the sets. */
  private static void odata(Map<String, Object> schemas) {
    schemas.put(
        "ODataServiceDocument",
        closedObject(
            List.of("@odata.context", "value"),
            props(
                "@odata.context",
                string(),
                "value",
                array(
                    closedObject(
                        List.of("name", "kind", "url"),
                        props("name", string(), "kind", string(), "url", string()))))));
    schemas.put("ODataMetadata", string());
    schemas.put(
        "Pbids",
        closedObject(
            List.of("version", "connections"),
            props("version", string(), "connections", array(type("object")))));
    schemas.put(
        "ODataError",
        record(
            ODataError.class,
            List.of("error"),
            props(
                "error",
                record(
                    ODataError.Body.class,
                    List.of("code", "message"),
                    props(
                        "code", string(),
                        "message", string(),
                        "target", string(),
                        "details",
                            array(
                                record(
                                    ODataError.Detail.class,
                                    List.of("code", "message"),
                                    props(
                                        "code", string(),
                                        "message", string(),
                                        "target", string()))))))));
    for (ODataEntitySet<?> set : ODataModel.SETS) {
      schemas.put(
          "OData" + set.name(),
          closedObject(
              List.of("@odata.context", "value"),
              props(
                  "@odata.context", string(),
                  "@odata.count", integer(),
                  "@odata.nextLink", string(),
                  "value",
                      array(
                          JsonObjects.of(
                              "type",
                              "object",
                              "properties",
                              properties(set.columns()),
                              "additionalProperties",
                              false)))));
    }
  }

  /** An answer listing rows: the run, the query as the server read it, the total and the rows. */
  private static Map<String, Object> listOf(String name, Map<String, Object> item) {
    return closedObject(
        List.of("run", "query", "total", name),
        props(
            "run",
            schemaRef("RunRef"),
            "query",
            type("object"),
            "total",
            integer(),
            name,
            array(item)));
  }
}
