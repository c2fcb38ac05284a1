package nl.effectmeter.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.QueryParams;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.store.RunLoader;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.Manifest;
import nl.effectmeter.warehouse.RevisionColumns;

/**
 * {@code /runs/{id}/revisions}: the values whose publication changed since the run before, as the
 * job published them (a value confidential in either run without numbers), filtered like the
 * observations, as JSON or CSV. A run's revisions are read once and kept: runs never change.
 */
public final class RevisionHandler {
  static final String CURRENT = "current";

  /** The list filters, each a column of the revisions table. */
  static final List<String> FILTERS =
      List.of("indicator", "kind", "organisation", "regulation", "period");

  private static final int KEPT_RUNS = 4;

  private final RunRegistry registry;
  private final Map<String, List<Map<String, Object>>> kept = new ConcurrentHashMap<>();

  public RevisionHandler(RunRegistry registry) {
    this.registry = registry;
  }

  public void handle(Context ctx) {
    RunRegistry.Snapshot snapshot = registry.snapshot();
    String id = ctx.pathParam("id");
    Manifest manifest =
        id.equals(CURRENT)
            ? snapshot
                .current()
                .orElseThrow(() -> ApiProblem.unavailable("No published run is loaded yet"))
                .manifest()
            : snapshot.manifest(id).orElseThrow(() -> ApiProblem.notFound("Unknown run " + id));
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String name : FILTERS) {
      filters.put(name, QueryParams.list(ctx, name));
    }
    check(filters.get("indicator"), ids(), "indicator", invalid);
    check(filters.get("kind"), RevisionColumns.KINDS, "kind", invalid);
    String breakdown = QueryParams.single(ctx, "breakdown");
    if (breakdown != null) {
      check(
          List.of(breakdown),
          Arrays.stream(Breakdown.values()).map(Breakdown::label).toList(),
          "breakdown",
          invalid);
    }
    String granularity = QueryParams.single(ctx, "granularity");
    if (granularity != null) {
      check(
          List.of(granularity),
          Arrays.stream(Granularity.values()).map(Granularity::label).toList(),
          "granularity",
          invalid);
    }
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    String runId = manifest.runId();
    Responses.runAnswer(
        ctx,
        manifest.answerKey(),
        () -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Map<String, Object> row : revisions(runId)) {
            if (matches(row, filters, breakdown, granularity)) {
              rows.add(row);
            }
          }
          Map<String, Object> query = new LinkedHashMap<>(filters);
          query.put("breakdown", breakdown);
          query.put("granularity", granularity);
          Map<String, Object> run = new LinkedHashMap<>();
          run.put("id", runId);
          run.put("as_of", manifest.asOf());
          run.put("previous_run", manifest.previousRun());
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("run", run);
          body.put("query", query);
          body.put("total", rows.size());
          body.put("revisions", rows);
          return Answer.of(body);
        });
  }

  private List<Map<String, Object>> revisions(String runId) {
    List<Map<String, Object>> rows = kept.get(runId);
    if (rows == null) {
      rows = List.copyOf(new RunLoader(registry.layout()).revisions(runId));
      if (kept.size() >= KEPT_RUNS) {
        kept.clear();
      }
      kept.put(runId, rows);
    }
    return rows;
  }

  private static boolean matches(
      Map<String, Object> row,
      Map<String, List<String>> filters,
      String breakdown,
      String granularity) {
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      if (!filter.getValue().isEmpty() && !filter.getValue().contains(row.get(filter.getKey()))) {
        return false;
      }
    }
    return (breakdown == null || breakdown.equals(row.get("breakdown")))
        && (granularity == null || granularity.equals(row.get("granularity")));
  }

  private static void check(
      List<String> given,
      List<String> accepted,
      String name,
      List<ApiProblem.InvalidParam> invalid) {
    for (String value : given) {
      if (!accepted.contains(value)) {
        invalid.add(
            new ApiProblem.InvalidParam(
                name,
                "Unknown " + name + " " + value + "; accepted: " + String.join(", ", accepted)));
      }
    }
  }

  private static List<String> ids() {
    return Arrays.stream(Indicator.values()).map(Indicator::id).toList();
  }
}
