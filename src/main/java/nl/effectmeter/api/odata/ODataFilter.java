package nl.effectmeter.api.odata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import nl.effectmeter.api.http.ApiProblem;

/**
 * OData's {@code $filter}, the subset this service answers: {@code eq}, {@code ne}, {@code ge},
 * {@code gt}, {@code le}, {@code lt}, {@code in (...)}, {@code and}, {@code or}, {@code not} and
 * parentheses, comparing a property with a literal ({@code 'text'}, a number, {@code true}, {@code
 * false}, {@code null}). Periods compare as text, which orders periods of one granularity in time.
 */
final class ODataFilter {
  private final String text;
  private final Map<String, Column> columns;
  private final List<String> tokens;
  private int next;

  private ODataFilter(String text, Map<String, Column> columns) {
    this.text = text;
    this.columns = columns;
    this.tokens = tokenize(text);
  }

  /** The longest filter read, in characters, and the deepest nesting of parentheses and not. */
  static final int MAX_LENGTH = 4000;

  static final int MAX_DEPTH = 32;

  private int depth;

  /** A row test of the filter; a row is read by property name. */
  static Predicate<Function<String, Object>> parse(String text, Map<String, Column> columns) {
    if (text.length() > MAX_LENGTH) {
      throw ApiProblem.badParameter(
          "$filter",
          "Cannot read a filter of " + text.length() + " characters; at most " + MAX_LENGTH);
    }
    ODataFilter parser = new ODataFilter(text, columns);
    Predicate<Function<String, Object>> filter = parser.or();
    if (parser.next < parser.tokens.size()) {
      throw parser.error("unexpected " + parser.tokens.get(parser.next));
    }
    return filter;
  }

  private Predicate<Function<String, Object>> or() {
    Predicate<Function<String, Object>> left = and();
    while (accept("or")) {
      left = left.or(and());
    }
    return left;
  }

  private Predicate<Function<String, Object>> and() {
    Predicate<Function<String, Object>> left = unary();
    while (accept("and")) {
      left = left.and(unary());
    }
    return left;
  }

  private Predicate<Function<String, Object>> unary() {
    if (++depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    try {
      if (accept("not")) {
        return unary().negate();
      }
      if (accept("(")) {
        Predicate<Function<String, Object>> inner = or();
        expect(")");
        return inner;
      }
      return comparison();
    } finally {
      depth--;
    }
  }

  private Predicate<Function<String, Object>> comparison() {
    String name = take("a property name");
    Column column = columns.get(name);
    if (column == null) {
      throw error(
          "unknown property " + name + "; accepted: " + String.join(", ", columns.keySet()));
    }
    String operator = take("an operator (eq, ne, ge, gt, le, lt, in)");
    if (operator.equals("in")) {
      expect("(");
      List<Object> values = new ArrayList<>();
      do {
        values.add(literal(column));
      } while (accept(","));
      expect(")");
      return row -> values.stream().anyMatch(value -> equal(row.apply(name), value));
    }
    Object literal = literal(column);
    return switch (operator) {
      case "eq" -> row -> equal(row.apply(name), literal);
      case "ne" -> row -> !equal(row.apply(name), literal);
      case "ge" -> row -> ordered(row.apply(name), literal, order -> order >= 0);
      case "gt" -> row -> ordered(row.apply(name), literal, order -> order > 0);
      case "le" -> row -> ordered(row.apply(name), literal, order -> order <= 0);
      case "lt" -> row -> ordered(row.apply(name), literal, order -> order < 0);
      default ->
          throw error(
              "unsupported operator " + operator + "; supported: eq, ne, ge, gt, le, lt, in");
    };
  }

  /** A literal of the property's type, or null; anything else is an error naming both. */
  private Object literal(Column column) {
    String token = take("a value");
    if (token.equals("null")) {
      return null;
    }
    switch (column.type()) {
      case STRING -> {
        if (token.length() >= 2 && token.startsWith("'") && token.endsWith("'")) {
          return token.substring(1, token.length() - 1).replace("''", "'");
        }
      }
      case DOUBLE, LONG -> {
        try {
          return new BigDecimal(token);
        } catch (NumberFormatException e) {
          // falls through to the error below
        }
      }
      case BOOLEAN -> {
        if (token.equals("true") || token.equals("false")) {
          return Boolean.valueOf(token);
        }
      }
    }
    throw error(
        "cannot compare "
            + column.name()
            + " ("
            + column.type().edmType()
            + ") with "
            + token
            + (column.type() == Column.Type.STRING ? "; write text in quotes, e.g. '2025'" : ""));
  }

  private static boolean equal(Object value, Object literal) {
    if (value == null || literal == null) {
      return value == null && literal == null;
    }
    if (literal instanceof BigDecimal number) {
      BigDecimal decimal = decimal(value);
      return decimal != null && decimal.compareTo(number) == 0;
    }
    return Objects.equals(value, literal);
  }

  /**
   * Whether a value stands as asked to a literal; a null on either side, or values of other types,
   * stand in no order, so that no comparison holds (a suppressed value is never found by range).
   */
  private static boolean ordered(Object value, Object literal, IntPredicate test) {
    if (literal instanceof BigDecimal number) {
      BigDecimal decimal = decimal(value);
      return decimal != null && test.test(decimal.compareTo(number));
    }
    if (literal instanceof String s && value instanceof String v) {
      return test.test(v.compareTo(s));
    }
    if (literal instanceof Boolean b && value instanceof Boolean v) {
      return test.test(v.compareTo(b));
    }
    return false;
  }

  /** A finite number as a decimal, else null. */
  private static BigDecimal decimal(Object value) {
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
    }
    if (value instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    return null;
  }

  private boolean accept(String token) {
    if (next < tokens.size() && tokens.get(next).equals(token)) {
      next++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("expected " + token);
    }
  }

  private String take(String what) {
    if (next >= tokens.size()) {
      throw error("expected " + what + " at the end");
    }
    return tokens.get(next++);
  }

  private ApiProblem error(String reason) {
    return ApiProblem.badParameter("$filter", "Cannot read " + text + ": " + reason);
  }

  private List<String> tokenize(String text) {
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        found.add(String.valueOf(c));
        i++;
      } else if (c == '\'') {
        int end = i + 1;
        while (true) {
          if (end >= text.length()) {
            throw error("a text value is not closed with '");
          }
          if (text.charAt(end) == '\'') {
            if (end + 1 < text.length() && text.charAt(end + 1) == '\'') {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        found.add(text.substring(i, end + 1));
        i = end + 1;
      } else {
        int end = i;
        while (end < text.length()
            && !Character.isWhitespace(text.charAt(end))
            && "(),'".indexOf(text.charAt(end)) < 0) {
          end++;
        }
        found.add(text.substring(i, end));
        i = end;
      }
    }
    return found;
  }

  /**
   * A regular expression for the filters made of comparisons of these columns with a literal of
   * their type, joined by {@code and}: a part of the grammar this class reads, for the OpenAPI
   * document (which cannot express all of it).
   */
  static String pattern(List<Column> columns) {
    List<String> comparisons = new ArrayList<>();
    for (Column.Type type : Column.Type.values()) {
      List<String> names =
          columns.stream().filter(c -> c.type() == type).map(Column::name).toList();
      if (names.isEmpty()) {
        continue;
      }
      String literal =
          switch (type) {
            case STRING -> "'[A-Za-z0-9_-]*'";
            case DOUBLE, LONG -> "-?[0-9]{1,9}";
            case BOOLEAN -> "(true|false)";
          };
      comparisons.add(
          "(" + String.join("|", names) + ") (eq|ne|ge|gt|le|lt) (" + literal + "|null)");
    }
    String comparison = "(" + String.join("|", comparisons) + ")";
    return comparison + "( and " + comparison + ")*";
  }
}
