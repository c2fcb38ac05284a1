package nl.effectmeter.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import nl.effectmeter.dataset.ColumnType;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Typed views of the text columns. A value that does not parse is null in its typed view, which
 * validation reports as {@code bad_type}.
 *
 * <p>Timestamps are ISO-8601: a date alone, a local date-time (Europe/Amsterdam), or a date-time
 * with {@code Z} or an offset, converted to Europe/Amsterdam. The session time zone must be
 * Europe/Amsterdam, so that {@code to_date} yields the local calendar date.
 */
public final class Parsed {
  public static final String TIME_ZONE = "Europe/Amsterdam";

  private static final String TIMESTAMP =
      "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?$";
  private static final String INTEGER = "^[+-]?\\d{1,9}$";
  private static final String LONG = "^[+-]?\\d{1,18}$";
  private static final String DECIMAL = "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$";

  private Parsed() {}

  /** Name of the typed view of a column. */
  public static String typed(String column) {
    return "_t_" + column;
  }

  /** Name of the local-date view of a timestamp column. */
  public static String date(String column) {
    return "_d_" + column;
  }

  /** The typed view of a text column. */
  public static Column parse(String column, ColumnType type) {
    Column text = col(column);
    return switch (type) {
      case STRING -> text;
      case INT -> when(text.rlike(INTEGER), text.try_cast(DataTypes.IntegerType));
      case LONG -> when(text.rlike(LONG), text.try_cast(DataTypes.LongType));
      case DOUBLE -> when(text.rlike(DECIMAL), text.try_cast(DataTypes.DoubleType));
      case BOOLEAN ->
          when(lower(text).equalTo("true"), true).when(lower(text).equalTo("false"), false);
      case TIMESTAMP -> when(text.rlike(TIMESTAMP), text.try_cast(DataTypes.TimestampType));
    };
  }

  /** The local calendar date of a typed timestamp column. */
  public static Column localDate(String column) {
    return to_date(col(typed(column)));
  }
}
