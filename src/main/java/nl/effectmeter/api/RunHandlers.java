package nl.effectmeter.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.Manifest;

/** {@code /runs}, {@code /runs/{id}}, {@code /runs/current}, {@code /health}, {@code /ready}. */
public final class RunHandlers {
  private final RunRegistry registry;

  public RunHandlers(RunRegistry registry) {
    this.registry = registry;
  }

  public void list(Context ctx) {
    RunRegistry.Snapshot snapshot = registry.snapshot();
    String current = snapshot.current().map(Run::id).orElse(null);
    Responses.json(
        ctx,
        String.valueOf(current) + "/" + snapshot.published().size(),
        () -> {
          List<Map<String, Object>> runs =
              snapshot.published().stream()
                  .map(
                      manifest -> {
                        Map<String, Object> run = new LinkedHashMap<>();
                        run.put("id", manifest.runId());
                        run.put("as_of", manifest.asOf());
                        run.put("started_at", manifest.startedAt());
                        run.put("published_at", manifest.finishedAt());
                        run.put("job_version", manifest.jobVersion());
                        run.put("current", manifest.runId().equals(current));
                        run.put("loaded", snapshot.loaded().containsKey(manifest.runId()));
                        run.put("tables", manifest.tables());
                        return run;
                      })
                  .toList();
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("current", current);
          body.put("runs", runs);
          return body;
        });
  }

  public void one(Context ctx) {
    String id = ctx.pathParam("id");
    Manifest manifest =
        registry
            .snapshot()
            .manifest(id)
            .orElseThrow(() -> ApiProblem.notFound("Unknown run " + id));
    Responses.json(ctx, id, () -> manifest);
  }

  public void current(Context ctx) {
    Run run =
        registry
            .snapshot()
            .current()
            .orElseThrow(() -> ApiProblem.unavailable("No published run is loaded yet"));
    Responses.json(ctx, run.id(), run::manifest);
  }

  public void health(Context ctx) {
    ctx.contentType(Responses.JSON).result(Json.bytes(JsonObjects.of("status", "up")));
  }

  /**
   * 200 once a run is served; when {@code CURRENT} names a run that cannot be loaded, the body says
   * so ({@code problem}) while the served run stays in place.
   */
  public void ready(Context ctx) {
    RunRegistry.Snapshot snapshot = registry.snapshot();
    Optional<String> problem = snapshot.currentProblem();
    Run run =
        snapshot
            .current()
            .orElseThrow(
                () ->
                    ApiProblem.unavailable(
                        "No published run is loaded yet" + problem.map(p -> ": " + p).orElse("")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ready");
    body.put("run", run.id());
    problem.ifPresent(p -> body.put("problem", p));
    ctx.contentType(Responses.JSON).result(Json.bytes(body));
  }
}
