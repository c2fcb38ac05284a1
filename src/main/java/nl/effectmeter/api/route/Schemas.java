package nl.effectmeter.api.route;

import static nl.effectmeter.api.http.ApiNames.schemaRef;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.answer.FeasibilityService;
import nl.effectmeter.api.odata.Column;
import nl.effectmeter.api.odata.Columns;
import nl.effectmeter.api.odata.ODataEntitySet;
import nl.effectmeter.api.odata.ODataModel;
import nl.effectmeter.warehouse.FeasibilityColumns;
import nl.effectmeter.warehouse.RevisionColumns;
import nl.effectmeter.warehouse.TableColumn;

/** JSON Schemas of the answers, for the OpenAPI components. */
final class Schemas {
  private Schemas() {}

  static Map<String, Object> all() {
    Map<String, Object> schemas = new LinkedHashMap<>();
    schemas.put(
        "Problem",
        object(
            List.of("type", "title", "status"),
            props(
                "type", string(),
                "title", string(),
                "status", integer(),
                "detail", string(),
                "instance", string(),
                "invalid_params",
                    array(
                        object(
                            List.of("name", "reason"),
                            props("name", string(), "reason", string()))))));
    schemas.put(
        "Indicator",
        object(
            List.of("id", "family", "title", "unit", "better", "breakdowns", "has_interval"),
            props(
                "id", string(),
                "family", string(),
                "title", object(List.of("en", "nl"), props("en", string(), "nl", string())),
                "description", string(),
                "unit", string(),
                "better", nullable("string"),
                "computation", string(),
                "breakdowns",
                    array(
                        object(
                            List.of("breakdown", "granularities"),
                            props("breakdown", string(), "granularities", array(string())))),
                "has_interval", type("boolean"))));
    schemas.put(
        "IndicatorList",
        object(
            List.of("indicators"),
            props("catalogue_version", string(), "indicators", array(schemaRef("Indicator")))));
    schemas.put(
        "RunRef",
        object(
            List.of("id", "as_of", "published_at"),
            props("id", string(), "as_of", string(), "published_at", nullable("string"))));
    Map<String, Object> observation = properties(Columns.OBSERVATION);
    schemas.put("Observation", object(List.copyOf(observation.keySet()), observation));
    schemas.put(
        "ObservationPage",
        object(
            List.of("run", "query", "total", "limit", "offset", "next", "observations"),
            props(
                "run", schemaRef("RunRef"),
                "query", type("object"),
                "total", integer(),
                "limit", integer(),
                "offset", integer(),
                "next", nullable("string"),
                "observations", array(schemaRef("Observation")))));
    schemas.put(
        "DimensionList",
        object(
            List.of("run", "dimensions"),
            props(
                "run",
                schemaRef("RunRef"),
                "dimensions",
                array(
                    object(
                        List.of("dimension", "codes"),
                        props("dimension", string(), "codes", integer()))))));
    schemas.put(
        "DimensionCodes",
        object(
            List.of("run", "dimension", "codes"),
            props(
                "run", schemaRef("RunRef"),
                "dimension", string(),
                "codes",
                    array(
                        object(
                            List.of("code", "name", "attributes"),
                            props(
                                "code", string(),
                                "name", nullable("string"),
                                "attributes", type("object")))))));
    schemas.put(
        "Signal",
        object(
            List.of("organisation", "regulation", "period", "signal", "severity", "value"),
            properties(Columns.SIGNAL)));
    schemas.put(
        "SignalList",
        object(
            List.of("run", "query", "total", "signals"),
            props(
                "run", schemaRef("RunRef"),
                "query", type("object"),
                "total", integer(),
                "signals", array(schemaRef("Signal")))));
    feasibility(schemas);
    schemas.put(
        "ScorecardEntry",
        object(
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
                "interval",
                    nullableObject(props("low", nullable("number"), "high", nullable("number"))),
                "previous",
                    object(
                        List.of("period", "value", "status"),
                        props(
                            "period", string(),
                            "value", nullable("number"),
                            "status", string(),
                            "interval",
                                nullableObject(
                                    props("low", nullable("number"), "high", nullable("number"))))),
                "change", nullable("number"),
                "change_interval",
                    nullableObject(props("low", nullable("number"), "high", nullable("number"))),
                "trend",
                    Map.of(
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
                    object(
                        List.of("rank", "count", "median"),
                        props(
                            "government_layer", nullable("string"),
                            "rank", nullable("integer"),
                            "count", integer(),
                            "median", nullable("number"))),
                "revision",
                    nullableObject(
                        props(
                            "kind",
                            Map.of(
                                "type",
                                "string",
                                "enum",
                                RevisionColumns.KINDS,
                                "description",
                                "How the previous published run's value differs"),
                            "previous_run",
                            string(),
                            "old_status",
                            string(),
                            "old_value",
                            nullable("number"))))));
    schemas.put(
        "Scorecard",
        object(
            List.of("run", "organisation", "period", "granularity", "groups", "signals"),
            props(
                "run", schemaRef("RunRef"),
                "organisation",
                    object(
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
                        object(
                            List.of("question", "families", "indicators"),
                            props(
                                "question", string(),
                                "families", array(string()),
                                "indicators", array(schemaRef("ScorecardEntry"))))),
                "signals", array(schemaRef("Signal")),
                "feasibility_signals", array(schemaRef("FeasibilityEvidence")),
                "unvoiced_distress", array(schemaRef("UnvoicedDistress")))));
    schemas.put(
        "RunList",
        object(
            List.of("current", "runs"),
            props(
                "current",
                nullable("string"),
                "runs",
                array(
                    object(
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
        object(
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
                "input_checks",
                    array(
                        object(
                            List.of("check", "dataset", "severity"),
                            props(
                                "check", string(),
                                "dataset", string(),
                                "severity", string()))))));
    schemas.put(
        "Revision",
        object(
            List.of("indicator", "breakdown", "granularity", "period", "kind", "old_status"),
            props(
                "indicator", string(),
                "breakdown", string(),
                "granularity", string(),
                "period", string(),
                "organisation", string(),
                "regulation", string(),
                "municipality", string(),
                "province", string(),
                "government_layer", string(),
                "client_segment", string(),
                "channel", string(),
                "kind", string(),
                "previous_run", string(),
                "old_status", string(),
                "new_status", string(),
                "old_value", nullable("number"),
                "new_value", nullable("number"))));
    schemas.put(
        "RevisionList",
        object(
            List.of("run", "query", "total", "revisions"),
            props(
                "run", type("object"),
                "query", type("object"),
                "total", integer(),
                "revisions", array(schemaRef("Revision")))));
    schemas.put("ParquetFile", Map.of("type", "string", "format", "binary"));
    schemas.put("OpenApi", object(List.of("openapi", "paths"), props("openapi", string())));
    schemas.put(
        "ODataServiceDocument",
        object(
            List.of("@odata.context", "value"),
            props(
                "@odata.context",
                string(),
                "value",
                array(
                    object(
                        List.of("name", "kind", "url"),
                        props("name", string(), "kind", string(), "url", string()))))));
    schemas.put("ODataMetadata", string());
    schemas.put(
        "Pbids",
        object(
            List.of("version", "connections"),
            props("version", string(), "connections", array(type("object")))));
    schemas.put(
        "ODataError",
        object(
            List.of("error"),
            props(
                "error",
                object(
                    List.of("code", "message"),
                    props(
                        "code", string(),
                        "message", string(),
                        "target", string(),
                        "details",
                            array(
                                object(
                                    List.of("code", "message"),
                                    props(
                                        "code", string(),
                                        "message", string(),
                                        "target", string()))))))));
    for (ODataEntitySet<?> set : ODataModel.SETS) {
      schemas.put(
          "OData" + set.name(),
          object(
              List.of("@odata.context", "value"),
              props(
                  "@odata.context", string(),
                  "@odata.count", integer(),
                  "@odata.nextLink", string(),
                  "value",
                      array(Map.of("type", "object", "properties", properties(set.columns()))))));
    }
    schemas.put("Health", object(List.of("status"), props("status", string())));
    schemas.put(
        "Ready",
        object(
            List.of("status", "run"),
            props("status", string(), "run", string(), "problem", string())));
    return schemas;
  }

  /** The properties of rows of these columns, in order. */
  static Map<String, Object> properties(List<Column> columns) {
    Map<String, Object> props = new LinkedHashMap<>();
    columns.forEach(column -> props.put(column.name(), column.jsonSchema()));
    return props;
  }

  /** The feasibility answers: rows of the published tables with their columns, all present. */
  private static void feasibility(Map<String, Object> schemas) {
    schemas.put("FeasibilityEvidence", table(FeasibilityColumns.EVIDENCE_COLUMNS, List.of()));
    schemas.put("UnvoicedDistress", table(FeasibilityColumns.UNVOICED_DISTRESS_COLUMNS, List.of()));
    schemas.put(
        "AssessmentOutcome",
        table(
            FeasibilityColumns.ASSESSMENT_OUTCOME_COLUMNS, FeasibilityService.ASSESSMENT_COLUMNS));
    Map<String, Object> assessment = new LinkedHashMap<>();
    for (TableColumn column : FeasibilityColumns.ASSESSMENT_OUTCOME_COLUMNS) {
      if (FeasibilityService.ASSESSMENT_COLUMNS.contains(column.name())) {
        assessment.put(column.name(), columnType(column));
      }
    }
    assessment.put("outcomes", array(schemaRef("AssessmentOutcome")));
    schemas.put("Assessment", object(List.copyOf(assessment.keySet()), assessment));
    schemas.put("PeerComparison", table(FeasibilityColumns.PEER_COMPARISON_COLUMNS, List.of()));
    schemas.put(
        "FeasibilitySignalList", listOf("feasibility_signals", schemaRef("FeasibilityEvidence")));
    schemas.put(
        "FeasibilitySignalOne",
        object(
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
        object(
            List.of("run", "assessment"),
            props("run", schemaRef("RunRef"), "assessment", schemaRef("Assessment"))));
    schemas.put(
        "Learning",
        object(
            List.of("run", "regulation", "indicator", "period", "peer_groups"),
            props(
                "run", schemaRef("RunRef"),
                "regulation", string(),
                "indicator", string(),
                "period", string(),
                "peer_groups",
                    array(
                        object(
                            List.of("peer_group", "municipalities"),
                            props(
                                "peer_group",
                                nullable("string"),
                                "municipalities",
                                array(schemaRef("PeerComparison"))))))));
  }

  private static Map<String, Object> listOf(String name, Map<String, Object> item) {
    return object(
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

  /** A row of a published table: every column present, every value possibly null. */
  private static Map<String, Object> table(List<TableColumn> columns, List<String> leftOut) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (TableColumn column : columns) {
      if (!leftOut.contains(column.name())) {
        props.put(column.name(), columnType(column));
      }
    }
    return object(List.copyOf(props.keySet()), props);
  }

  private static Map<String, Object> columnType(TableColumn column) {
    return switch (column.type()) {
      case STRING -> nullable("string");
      case DOUBLE -> nullable("number");
      case LONG -> nullable("integer");
    };
  }

  private static Map<String, Object> props(Object... pairs) {
    Map<String, Object> props = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      props.put((String) pairs[i], pairs[i + 1]);
    }
    return props;
  }

  private static Map<String, Object> object(List<String> required, Map<String, Object> props) {
    return Map.of("type", "object", "required", required, "properties", props);
  }

  private static Map<String, Object> nullableObject(Map<String, Object> props) {
    return Map.of("type", List.of("object", "null"), "properties", props);
  }

  private static Map<String, Object> array(Map<String, Object> items) {
    return Map.of("type", "array", "items", items);
  }

  private static Map<String, Object> type(String type) {
    return Map.of("type", type);
  }

  private static Map<String, Object> string() {
    return type("string");
  }

  private static Map<String, Object> integer() {
    return type("integer");
  }

  private static Map<String, Object> nullable(String type) {
    return Map.of("type", List.of(type, "null"));
  }
}
