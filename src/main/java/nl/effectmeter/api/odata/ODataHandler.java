package nl.effectmeter.api.odata;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiNames;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/**
 * {@code /odata/}: a read-only OData v4 service over the current run (minimal conformance, JSON):
 * the service document, {@code $metadata} and the entity sets of {@link ODataModel}, with
 * server-driven paging of at most {@value #MAX_PAGE} entities.
 */
public final class ODataHandler {
  public static final String ROOT = ApiNames.V1 + "/odata";
  public static final int MAX_PAGE = 10_000;

  private final RunRegistry registry;

  public ODataHandler(RunRegistry registry) {
    this.registry = registry;
  }

  public void serviceDocument(Context ctx) {
    Run run = current();
    ctx.header("OData-Version", "4.0");
    List<Map<String, Object>> sets = new ArrayList<>();
    for (ODataEntitySet<?> set : ODataModel.SETS) {
      sets.add(JsonObjects.of("name", set.name(), "kind", "EntitySet", "url", set.name()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", base(ctx) + "$metadata");
    body.put("value", sets);
    Responses.json(ctx, run.id(), () -> body);
  }

  public void metadata(Context ctx) {
    ctx.header("OData-Version", "4.0");
    Responses.json(ctx, "odata-metadata", Csdl::document);
  }

  /**
   * A Power BI data source file ({@code .pbids}) that opens this OData feed: double-clicked, Power
   * BI Desktop connects to the service root as this client reached it.
   */
  public void pbids(Context ctx) {
    Map<String, Object> address = JsonObjects.of("url", base(ctx));
    Map<String, Object> connection = new LinkedHashMap<>();
    connection.put("details", JsonObjects.of("protocol", "odata", "address", address));
    connection.put("options", Map.of());
    connection.put("mode", null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", "0.1");
    body.put("connections", List.of(connection));
    ctx.header("Content-Disposition", "attachment; filename=\"effectmeter.pbids\"");
    Responses.json(ctx, "pbids/" + base(ctx), () -> body);
  }

  /** The handler of one entity set. */
  public io.javalin.http.Handler entitySet(ODataEntitySet<?> set) {
    return ctx -> answer(ctx, set);
  }

  private <T> void answer(Context ctx, ODataEntitySet<T> set) {
    Run run = current();
    ODataQuery query = ODataQuery.parse(ctx, set);
    ctx.header("OData-Version", "4.0");
    Responses.runAnswer(
        ctx, run.manifest().answerKey(), () -> Answer.of(page(ctx, run, set, query)));
  }

  private <T> Map<String, Object> page(
      Context ctx, Run run, ODataEntitySet<T> set, ODataQuery query) {
    List<Function<String, Object>> matching = new ArrayList<>();
    for (T row : set.rows().apply(run)) {
      Function<String, Object> reader = column -> set.property().apply(row, column);
      if (query.filter().test(reader)) {
        matching.add(reader);
      }
    }
    if (!query.orderBy().isEmpty()) {
      matching.sort(query.order());
    }
    int total = matching.size();
    int from = Math.min(query.skip(), total);
    long wanted = query.top() == null ? Long.MAX_VALUE : query.top();
    int to = (int) Math.min(total, from + Math.min(wanted, MAX_PAGE));
    List<Map<String, Object>> value = new ArrayList<>();
    for (Function<String, Object> row : matching.subList(from, to)) {
      Map<String, Object> entity = new LinkedHashMap<>();
      query.select().forEach(column -> entity.put(column, row.apply(column)));
      value.add(entity);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", base(ctx) + "$metadata#" + set.name() + selection(query, set));
    if (query.count()) {
      body.put("@odata.count", total);
    }
    body.put("value", value);
    boolean more = to < total && (query.top() == null || to < (long) query.skip() + query.top());
    if (more) {
      body.put("@odata.nextLink", nextLink(ctx, set, query, to));
    }
    return body;
  }

  private static String selection(ODataQuery query, ODataEntitySet<?> set) {
    return query.select().size() == set.columns().size()
        ? ""
        : "(" + String.join(",", query.select()) + ")";
  }

  /** The same request from the next entity on, with what is left of {@code $top}. */
  private static String nextLink(Context ctx, ODataEntitySet<?> set, ODataQuery query, int next) {
    List<String> options = new ArrayList<>();
    if (query.filterText() != null) {
      options.add("$filter=" + encode(query.filterText()));
    }
    if (query.select().size() < set.columns().size()) {
      options.add("$select=" + encode(String.join(",", query.select())));
    }
    if (!query.orderBy().isEmpty()) {
      options.add("$orderby=" + encode(String.join(",", query.orderBy())));
    }
    if (query.count()) {
      options.add("$count=true");
    }
    if (query.top() != null) {
      options.add("$top=" + ((long) query.skip() + query.top() - next));
    }
    options.add("$skip=" + next);
    return base(ctx) + set.name() + "?" + String.join("&", options);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The service root as the client reached it, e.g. {@code http://host:7070/api/v1/odata/}. */
  static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host() + ROOT + "/";
  }

  private Run current() {
    return registry
        .snapshot()
        .current()
        .orElseThrow(() -> ApiProblem.unavailable("No published run is loaded yet"));
  }
}
