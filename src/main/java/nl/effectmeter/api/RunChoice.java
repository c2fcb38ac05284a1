package nl.effectmeter.api;

import io.javalin.http.Context;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.QueryParams;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** The run a request is answered from: {@code run=} when given, else the current one. */
final class RunChoice {
  private RunChoice() {}

  static Run of(Context ctx, RunRegistry.Snapshot snapshot) {
    String id = QueryParams.single(ctx, "run");
    if (id == null) {
      return snapshot
          .current()
          .orElseThrow(() -> ApiProblem.unavailable("No published run is loaded yet"));
    }
    return snapshot
        .run(id)
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    snapshot.manifest(id).isPresent()
                        ? "Run "
                            + id
                            + " is published but not loaded; loaded runs: "
                            + String.join(", ", snapshot.loaded().keySet())
                        : "Unknown run "
                            + id
                            + "; loaded runs: "
                            + String.join(", ", snapshot.loaded().keySet())));
  }
}
