package nl.effectmeter.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.store.Run;
import nl.effectmeter.store.RunRegistry;

/** {@code /signals}: the run's early warnings, filtered. */
public final class SignalHandler {
  static final List<String> SIGNALS =
      List.of("timeliness_breach", "backlog_growth", "complaint_surge", "outcome_decline");
  static final List<String> SEVERITIES = List.of("high", "medium");

  private final RunRegistry registry;

  /** The wire form of one signal. */
  public record SignalJson(
      @JsonProperty("organisation") String organisation,
      @JsonProperty("regulation") String regulation,
      @JsonProperty("period") String period,
      @JsonProperty("signal") String signal,
      @JsonProperty("severity") String severity,
      @JsonProperty("value") Double value,
      @JsonProperty("reference") Double reference,
      @JsonProperty("message") String message) {
    static SignalJson of(Signal s) {
      return new SignalJson(
          s.organisation(),
          s.regulation(),
          s.period(),
          s.signal(),
          s.severity(),
          s.value(),
          s.reference(),
          s.message());
    }
  }

  SignalHandler(RunRegistry registry) {
    this.registry = registry;
  }

  void handle(Context ctx) {
    Formats.choose(ctx, false);
    Run run = RunChoice.of(ctx, registry.snapshot());
    List<ApiProblem.InvalidParam> invalid = new ArrayList<>();
    List<String> organisations = codes(ctx, run, Dimension.ORGANISATION, invalid);
    List<String> regulations = codes(ctx, run, Dimension.REGULATION, invalid);
    List<String> signals = enumerated(ctx, "signal", SIGNALS, invalid);
    List<String> severities = enumerated(ctx, "severity", SEVERITIES, invalid);
    YearMonth from = month(ctx, "from", true, invalid);
    YearMonth to = month(ctx, "to", false, invalid);
    if (from != null && to != null && from.isAfter(to)) {
      invalid.add(new ApiProblem.InvalidParam("from", "from is after to"));
    }
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("organisation", organisations);
    query.put("regulation", regulations);
    query.put("signal", signals);
    query.put("severity", severities);
    query.put("from", from == null ? null : from.toString());
    query.put("to", to == null ? null : to.toString());
    Responses.json(
        ctx,
        run.id(),
        () -> {
          List<SignalJson> matching =
              run.signals().stream()
                  .filter(s -> organisations.isEmpty() || organisations.contains(s.organisation()))
                  .filter(s -> regulations.isEmpty() || regulations.contains(s.regulation()))
                  .filter(s -> signals.isEmpty() || signals.contains(s.signal()))
                  .filter(s -> severities.isEmpty() || severities.contains(s.severity()))
                  .filter(s -> from == null || !YearMonth.parse(s.period()).isBefore(from))
                  .filter(s -> to == null || !YearMonth.parse(s.period()).isAfter(to))
                  .map(SignalJson::of)
                  .toList();
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("run", RunRef.of(run));
          body.put("query", query);
          body.put("total", matching.size());
          body.put("signals", matching);
          return body;
        });
  }

  private static List<String> codes(
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

  private static List<String> enumerated(
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
  private static YearMonth month(
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
