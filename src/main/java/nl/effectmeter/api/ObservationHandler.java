package nl.effectmeter.api;

import io.javalin.http.Context;
import nl.effectmeter.answer.ObservationPage;
import nl.effectmeter.answer.RunRef;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.Answer;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** {@code /observations}: published indicator values, in the format chosen for the request. */
public final class ObservationHandler {
  private final RunRegistry registry;

  public ObservationHandler(RunRegistry registry) {
    this.registry = registry;
  }

  public void handle(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    ObservationRequest request = ObservationRequest.parse(ctx, run);
    Responses.runAnswer(
        ctx,
        run.manifest().answerKey(),
        () -> {
          ObservationService.Page page = ObservationService.page(run, request);
          return Answer.of(
              new ObservationPage(
                  RunRef.of(run),
                  request.normalised(run.id()),
                  page.total(),
                  request.limit(),
                  request.offset(),
                  request.next(ctx.path(), run.id(), page.total()),
                  page.rows()));
        });
  }
}
