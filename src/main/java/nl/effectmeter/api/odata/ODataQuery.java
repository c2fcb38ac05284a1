package nl.effectmeter.api.odata;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.effectmeter.api.http.ApiProblem;
import nl.effectmeter.api.http.QueryParams;

/**
 * The query options of an entity set request, validated against its columns: {@code $filter},
 * {@code $select}, {@code $orderby}, {@code $top}, {@code $skip} and {@code $count}. The route
 * table refuses every other option before this is read.
 */
record ODataQuery(
    String filterText,
    Predicate<Function<String, Object>> filter,
    List<String> select,
    List<String> orderBy,
    Comparator<Function<String, Object>> order,
    Integer top,
    int skip,
    boolean count) {

  static final List<String> OPTIONS =
      List.of("$filter", "$select", "$orderby", "$top", "$skip", "$count");

  static ODataQuery parse(Context ctx, ODataEntitySet<?> set) {
    Map<String, Column> columns = set.columnsByName();
    String filterText = QueryParams.single(ctx, "$filter");
    Predicate<Function<String, Object>> filter =
        filterText == null ? row -> true : ODataFilter.parse(filterText, columns);
    List<String> select = new ArrayList<>();
    for (String name : QueryParams.list(ctx, "$select")) {
      if (name.equals("*")) {
        select.clear();
        select.addAll(columns.keySet());
        break;
      }
      if (!columns.containsKey(name)) {
        throw ApiProblem.badParameter(
            "$select",
            "Unknown property "
                + name
                + " of "
                + set.name()
                + "; accepted: "
                + String.join(", ", columns.keySet()));
      }
      select.add(name);
    }
    if (select.isEmpty()) {
      select.addAll(columns.keySet());
    }
    List<String> orderBy = QueryParams.list(ctx, "$orderby");
    Comparator<Function<String, Object>> order = Comparator.comparingInt(row -> 0);
    for (String item : orderBy) {
      String[] parts = item.trim().split("\\s+", -1);
      String name = parts[0];
      String direction = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
      if (!columns.containsKey(name)
          || parts.length > 2
          || !(direction.equals("asc") || direction.equals("desc"))) {
        throw ApiProblem.badParameter(
            "$orderby",
            "Cannot order by "
                + item
                + "; write a property and asc or desc, e.g. period desc; properties: "
                + String.join(", ", columns.keySet()));
      }
      Comparator<Comparable<Object>> values =
          direction.equals("desc")
              ? Comparator.<Comparable<Object>>reverseOrder()
              : Comparator.<Comparable<Object>>naturalOrder();
      order = order.thenComparing(row -> comparable(row.apply(name)), Comparator.nullsLast(values));
    }
    Integer top = count(ctx, "$top");
    Integer skip = count(ctx, "$skip");
    String countText = QueryParams.single(ctx, "$count");
    if (countText != null && !countText.equals("true") && !countText.equals("false")) {
      throw ApiProblem.badParameter("$count", "Cannot read " + countText + "; write true or false");
    }
    return new ODataQuery(
        filterText,
        filter,
        select,
        orderBy,
        order,
        top,
        skip == null ? 0 : skip,
        "true".equals(countText));
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Object value) {
    return (Comparable<Object>) value;
  }

  private static Integer count(Context ctx, String name) {
    String text = QueryParams.single(ctx, name);
    if (text == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiProblem.badParameter(
        name, "Cannot read " + text + "; write a whole number, 0 or more");
  }
}
