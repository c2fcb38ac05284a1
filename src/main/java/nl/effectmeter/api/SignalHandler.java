package nl.effectmeter.api;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.answer.RunRef;
import nl.effectmeter.answer.SignalJson;
import nl.effectmeter.api.format.Responses;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.QueryParams;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** {@code /signals}: the run's early warnings, filtered ({@link SignalService}). */
public final class SignalHandler {
  private final RunRegistry registry;

  public SignalHandler(RunRegistry registry) {
    this.registry = registry;
  }

  public void handle(Context ctx) {
    Run run = RunChoice.of(ctx, registry.snapshot());
    SignalQuery query = parse(ctx, run);
    Responses.json(
        ctx,
        run.id(),
        () -> {
          List<SignalJson> matching =
              SignalService.select(run, query).stream().map(SignalJson::of).toList();
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("run", RunRef.of(run));
          body.put("query", query.normalised());
          body.put("total", matching.size());
          body.put("signals", matching);
          return body;
        });
  }

  private static SignalQuery parse(Context ctx, Run run) {
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    List<String> organisations = codes(ctx, run, Dimension.ORGANISATION, invalid);
    List<String> regulations = codes(ctx, run, Dimension.REGULATION, invalid);
    List<String> signals = enumerated(ctx, "signal", Signal.NAMES, invalid);
    List<String> severities = enumerated(ctx, "severity", Signal.SEVERITIES, invalid);
    YearMonth from = month(ctx, "from", true, invalid);
    YearMonth to = month(ctx, "to", false, invalid);
    if (from != null && to != null && from.isAfter(to)) {
      invalid.add(new ApiProblem.InvalidParam("from", "from is after to"));
    }
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    return new SignalQuery(organisations, regulations, signals, severities, from, to);
  }

  static List<String> codes(
      Context ctx, Run run, Dimension dimension, List<ApiProblem.InvalidParam> invalid) {
    List<String> given = QueryParams.list(ctx, dimension.column());
    for (String code : given) {
      if (!Vocabulary.isAccepted(run, dimension, code)) {
        var accepted = Vocabulary.accepted(run, dimension);
        invalid.add(
            new ApiProblem.InvalidParam(
                dimension.column(),
                "Unknown "
                    + dimension.column()
                    + " code "
                    + code
                    + "; "
                    + Vocabulary.describe(
                        "codes", accepted, "/api/v1/dimensions/" + dimension.column())));
      }
    }
    return given;
  }

  static List<String> enumerated(
      Context ctx, String name, List<String> accepted, List<ApiProblem.InvalidParam> invalid) {
    List<String> given = QueryParams.list(ctx, name);
    for (String value : given) {
      if (!accepted.contains(value)) {
        invalid.add(
            new ApiProblem.InvalidParam(
                name,
                "Unknown " + name + " " + value + "; accepted: " + String.join(", ", accepted)));
      }
    }
    return given;
  }

  /** A period of any granularity as a month: its first month for from, its last for to. */
  static YearMonth month(
      Context ctx, String name, boolean first, List<ApiProblem.InvalidParam> invalid) {
    String period = QueryParams.single(ctx, name);
    if (period == null) {
      return null;
    }
    try {
      Granularity granularity = Granularity.ofPeriod(period);
      return first ? granularity.firstMonth(period) : granularity.lastMonth(period);
    } catch (IllegalArgumentException e) {
      invalid.add(
          new ApiProblem.InvalidParam(
              name, "Cannot parse " + period + " as a period; write 2025, 2025-Q1 or 2025-03"));
      return null;
    }
  }
}
