package nl.effectmeter.api;

import static nl.effectmeter.api.http.ApiProblem.InvalidParam;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.effectmeter.api.format.Formats;
import nl.effectmeter.api.format.ResponseFormat;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.QueryParams;
import nl.effectmeter.indicator.Breakdown;
import nl.effectmeter.indicator.Dimension;
import nl.effectmeter.indicator.Granularity;
import nl.effectmeter.indicator.Indicator;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.store.ObservationQuery;
import nl.effectmeter.store.Run;
import nl.effectmeter.warehouse.PublishedColumns;

/** A validated {@code /observations} request: the filter, the order, the page and the format. */
public record ObservationRequest(
    ObservationQuery query, List<String> sort, int limit, int offset, ResponseFormat format) {
  static final int DEFAULT_LIMIT = 1000;
  public static final int MAX_LIMIT = 10_000;

  static ObservationRequest parse(Context ctx, Run run) {
    List<InvalidParam> invalid = new ArrayList<>();
    Set<String> indicators = new LinkedHashSet<>();
    for (String id : QueryParams.list(ctx, "indicator")) {
      if (Arrays.stream(Indicator.values()).noneMatch(i -> i.id().equals(id))) {
        invalid.add(
            new InvalidParam(
                "indicator",
                "Unknown indicator "
                    + id
                    + "; "
                    + Vocabulary.describe("indicators", ids(), "/api/v1/indicators")));
      }
      indicators.add(id);
    }
    Breakdown breakdown = Breakdown.TOTAL;
    String breakdownLabel = QueryParams.single(ctx, "breakdown");
    if (breakdownLabel != null) {
      try {
        breakdown = Breakdown.fromLabel(breakdownLabel);
      } catch (IllegalArgumentException e) {
        invalid.add(
            new InvalidParam(
                "breakdown",
                "Unknown breakdown "
                    + breakdownLabel
                    + "; accepted: "
                    + String.join(
                        " | ", Arrays.stream(Breakdown.values()).map(Breakdown::label).toList())));
      }
    }
    Granularity granularity = Granularity.YEAR;
    String granularityLabel = QueryParams.single(ctx, "granularity");
    if (granularityLabel != null) {
      try {
        granularity = Granularity.fromLabel(granularityLabel);
      } catch (IllegalArgumentException e) {
        invalid.add(
            new InvalidParam(
                "granularity",
                "Unknown granularity " + granularityLabel + "; accepted: month, quarter, year"));
      }
    }
    if (!breakdown.existsAt(granularity)) {
      invalid.add(
          new InvalidParam(
              "granularity",
              "Breakdown "
                  + breakdown.label()
                  + " is not published by "
                  + granularity.label()
                  + "; accepted: "
                  + String.join(
                      ", ",
                      breakdown.granularities().stream()
                          .sorted()
                          .map(Granularity::label)
                          .toList())));
    }
    Set<String> periods = new LinkedHashSet<>();
    for (String period : QueryParams.list(ctx, "period")) {
      checkPeriod("period", period, granularity, invalid);
      periods.add(period);
    }
    String from = QueryParams.single(ctx, "from");
    String to = QueryParams.single(ctx, "to");
    // Both are checked, so that both are named when both are wrong.
    boolean fromWellFormed = checkPeriod("from", from, granularity, invalid);
    boolean toWellFormed = checkPeriod("to", to, granularity, invalid);
    boolean rangeWellFormed = fromWellFormed && toWellFormed;
    if (rangeWellFormed && from != null && to != null && from.compareTo(to) > 0) {
      invalid.add(new InvalidParam("from", "from " + from + " is after to " + to));
    }
    Map<Dimension, Set<String>> codes = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      List<String> given = QueryParams.list(ctx, dimension.column());
      if (given.isEmpty()) {
        continue;
      }
      for (String code : given) {
        if (!Vocabulary.isAccepted(run, dimension, code)) {
          SortedSet<String> accepted = Vocabulary.accepted(run, dimension);
          invalid.add(
              new InvalidParam(
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
      codes.put(dimension, new LinkedHashSet<>(given));
    }
    Set<String> statuses = new LinkedHashSet<>();
    List<String> statusLabels = Arrays.stream(Status.values()).map(Status::label).toList();
    for (String status : QueryParams.list(ctx, "status")) {
      if (!statusLabels.contains(status)) {
        invalid.add(
            new InvalidParam(
                "status",
                "Unknown status " + status + "; accepted: " + String.join(", ", statusLabels)));
      }
      statuses.add(status);
    }
    List<String> sort = QueryParams.list(ctx, "sort");
    for (String field : sort) {
      String column = field.startsWith("-") ? field.substring(1) : field;
      if (!PublishedColumns.INDICATOR_COLUMNS.contains(column)) {
        invalid.add(
            new InvalidParam(
                "sort",
                "Cannot sort by "
                    + column
                    + "; accepted: "
                    + String.join(", ", PublishedColumns.INDICATOR_COLUMNS)
                    + ", each optionally prefixed with - for descending"));
      }
    }
    if (!invalid.isEmpty()) {
      throw ApiProblem.badParameters(invalid);
    }
    QueryParams.single(ctx, "limit");
    QueryParams.single(ctx, "offset");
    int limit =
        ctx.queryParamAsClass("limit", Integer.class)
            .check(
                l -> l == null || (l >= 1 && l <= MAX_LIMIT),
                "limit must be from 1 to " + MAX_LIMIT)
            .getOrDefault(DEFAULT_LIMIT);
    int offset =
        ctx.queryParamAsClass("offset", Integer.class)
            .check(o -> o == null || o >= 0, "offset must be 0 or more")
            .getOrDefault(0);
    ResponseFormat format = Formats.of(ctx);
    ObservationQuery query =
        new ObservationQuery(
            breakdown, granularity, indicators, periods, from, to, codes, statuses);
    return new ObservationRequest(query, sort, limit, offset, format);
  }

  private static SortedSet<String> ids() {
    return new TreeSet<>(Arrays.stream(Indicator.values()).map(Indicator::id).toList());
  }

  private static boolean checkPeriod(
      String name, String period, Granularity granularity, List<InvalidParam> invalid) {
    if (period == null || granularity.accepts(period)) {
      return true;
    }
    invalid.add(
        new InvalidParam(
            name,
            "Cannot parse "
                + period
                + " as a "
                + granularity.label()
                + " period; write "
                + switch (granularity) {
                  case MONTH -> "e.g. 2025-03";
                  case QUARTER -> "e.g. 2025-Q1";
                  case YEAR -> "e.g. 2025";
                }));
    return false;
  }

  /** The request with every default filled in, as the answer echoes it. */
  Map<String, Object> normalised(String runId) {
    Map<String, Object> normalised = new LinkedHashMap<>();
    normalised.put("indicator", List.copyOf(query.indicators()));
    normalised.put("breakdown", query.breakdown().label());
    normalised.put("granularity", query.granularity().label());
    normalised.put("period", List.copyOf(query.periods()));
    normalised.put("from", query.from());
    normalised.put("to", query.to());
    for (Dimension dimension : Dimension.values()) {
      normalised.put(
          dimension.column(), List.copyOf(query.codes().getOrDefault(dimension, Set.of())));
    }
    normalised.put("status", List.copyOf(query.statuses()));
    normalised.put("sort", sort);
    normalised.put("limit", limit);
    normalised.put("offset", offset);
    normalised.put("run", runId);
    normalised.put("format", format.name());
    return normalised;
  }

  /** The link to the next page on the same run, or null on the last page. */
  String next(String path, String runId, int total) {
    if (offset + limit >= total) {
      return null;
    }
    StringBuilder link = new StringBuilder(path).append('?');
    Map<String, Object> normalised = normalised(runId);
    normalised.put("offset", offset + limit);
    List<String> pairs = new ArrayList<>();
    normalised.forEach(
        (name, value) -> {
          String text =
              value instanceof List<?> list
                  ? String.join(",", list.stream().map(String::valueOf).toList())
                  : value == null ? "" : String.valueOf(value);
          if (!text.isEmpty()) {
            pairs.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
          }
        });
    return link.append(String.join("&", pairs)).toString();
  }
}
