package nl.effectmeter.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.effectmeter.answer.ObservationJson;
import nl.effectmeter.store.Observation;
import nl.effectmeter.store.Run;

/** Selects, orders and pages published observations. */
public final class ObservationService {
  record Page(int total, List<ObservationJson> rows) {}

  private ObservationService() {}

  static Page page(Run run, ObservationRequest request) {
    List<Observation> rows = run.observations().select(request.query());
    if (!request.sort().isEmpty()) {
      rows = new ArrayList<>(rows);
      rows.sort(comparator(request.sort()));
    }
    int from = Math.min(request.offset(), rows.size());
    int to = Math.min(from + request.limit(), rows.size());
    return new Page(rows.size(), rows.subList(from, to).stream().map(ObservationJson::of).toList());
  }

  /** Orders by the given fields, nulls last in either direction; ties keep cell order. */
  static Comparator<Observation> comparator(List<String> sort) {
    Comparator<Observation> order = Comparator.comparingInt(row -> 0);
    for (String field : sort) {
      boolean descending = field.startsWith("-");
      String column = descending ? field.substring(1) : field;
      Function<Observation, Comparable<Object>> key = key(column);
      Comparator<Comparable<Object>> values =
          descending ? Comparator.<Comparable<Object>>reverseOrder() : Comparator.naturalOrder();
      order = order.thenComparing(key, Comparator.nullsLast(values));
    }
    return order;
  }

  @SuppressWarnings("unchecked")
  private static Function<Observation, Comparable<Object>> key(String column) {
    return row -> (Comparable<Object>) (Comparable<?>) cell(row, column);
  }

  /** A row's value of a column of the indicators table. */
  public static Object value(Observation row, String column) {
    return cell(row, column);
  }

  private static Comparable<?> cell(Observation row, String column) {
    return switch (column) {
      case "indicator" -> row.indicator();
      case "breakdown" -> row.breakdown();
      case "granularity" -> row.granularity();
      case "period" -> row.period();
      case "value" -> row.value();
      case "numerator" -> row.numerator();
      case "denominator" -> row.denominator();
      case "base" -> row.base();
      case "ci_low" -> row.ciLow();
      case "ci_high" -> row.ciHigh();
      case "status" -> row.status();
      default -> row.code(nl.effectmeter.indicator.Dimension.fromColumn(column));
    };
  }
}
