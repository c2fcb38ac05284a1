package nl.effectmeter.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.answer.DimensionService;
import nl.effectmeter.answer.RunRef;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** {@code /dimensions} and {@code /dimensions/{dimension}}. */
public final class DimensionHandlers {
  private final RunRegistry registry;

  public DimensionHandlers(RunRegistry registry) {
    this.registry = registry;
  }

  public void list(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    Responses.json(
        ctx,
        run.id(),
        () -> {
          List<Map<String, Object>> dimensions =
              Arrays.stream(Dimension.values())
                  .map(
                      dimension -> {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("dimension", dimension.column());
                        entry.put("codes", DimensionService.codes(run, dimension).size());
                        return entry;
                      })
                  .toList();
          return JsonObjects.of("run", RunRef.of(run), "dimensions", dimensions);
        });
  }

  public void one(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    String name = ctx.pathParam("dimension");
    Dimension dimension =
        Arrays.stream(Dimension.values())
            .filter(d -> d.column().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "Unknown dimension "
                            + name
                            + "; accepted: "
                            + String.join(
                                ", ",
                                Arrays.stream(Dimension.values())
                                    .map(Dimension::column)
                                    .toList())));
    Responses.json(
        ctx,
        run.id(),
        () ->
            JsonObjects.of(
                "run",
                RunRef.of(run),
                "dimension",
                dimension.column(),
                "codes",
                DimensionService.codes(run, dimension)));
  }
}
