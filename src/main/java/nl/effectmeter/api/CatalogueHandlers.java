package nl.effectmeter.api;

import io.javalin.http.Context;
import java.util.Arrays;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.JsonObjects;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.store.RunRegistry;

/** {@code /indicators} and {@code /indicators/{id}}: the catalogue, which needs no run. */
public final class CatalogueHandlers {
  private final RunRegistry registry;

  public CatalogueHandlers(RunRegistry registry) {
    this.registry = registry;
  }

  public void list(Context ctx) {
    Responses.json(
        ctx,
        etagBase(),
        () ->
            JsonObjects.of(
                "catalogue_version",
                Indicator.CATALOGUE_VERSION,
                "indicators",
                Arrays.stream(Indicator.values()).map(IndicatorJson::of).toList()));
  }

  public void one(Context ctx) {
    String id = ctx.pathParam("id");
    Indicator indicator =
        Arrays.stream(Indicator.values())
            .filter(i -> i.id().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "Unknown indicator "
                            + id
                            + "; accepted: "
                            + String.join(
                                ", ",
                                Arrays.stream(Indicator.values()).map(Indicator::id).toList())));
    Responses.json(ctx, etagBase(), () -> IndicatorJson.of(indicator));
  }

  private String etagBase() {
    return Indicator.CATALOGUE_VERSION
        + "/"
        + registry.snapshot().current().map(run -> run.id()).orElse("");
  }
}
