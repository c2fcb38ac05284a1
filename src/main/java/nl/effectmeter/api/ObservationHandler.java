package nl.effectmeter.api;

import io.javalin.http.Context;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.PublishedColumns;

/** {@code /observations}: published indicator values as JSON pages or CSV. */
final class ObservationHandler {
  private final RunRegistry registry;

  ObservationHandler(RunRegistry registry) {
    this.registry = registry;
  }

  void handle(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    ObservationRequest request = ObservationRequest.parse(ctx, run);
    if (request.format() == Formats.Format.CSV) {
      Responses.runCsv(
          ctx,
          run.id(),
          () ->
              Csv.write(
                  PublishedColumns.INDICATOR_COLUMNS,
                  ObservationService.page(run, request).rows().stream()
                      .map(ObservationJson::cells)
                      .toList()));
      return;
    }
    Responses.runJson(
        ctx,
        run.id(),
        () -> {
          ObservationService.Page page = ObservationService.page(run, request);
          return new ObservationPage(
              RunRef.of(run),
              request.normalised(run.id()),
              page.total(),
              request.limit(),
              request.offset(),
              request.next(ctx.path(), run.id(), page.total()),
              page.rows());
        });
  }
}
