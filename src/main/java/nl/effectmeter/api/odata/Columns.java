package nl.effectmeter.api.odata;

import static nl.effectmeter.api.odata.Column.Type.BOOLEAN;
import static nl.effectmeter.api.odata.Column.Type.DOUBLE;
import static nl.effectmeter.api.odata.Column.Type.LONG;
import static nl.effectmeter.api.odata.Column.Type.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.effectmeter.indicator.Status;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.warehouse.PublishedColumns;

/** The columns of the rows the API answers with: observations, signals, indicators and codes. */
public final class Columns {
  /** The published indicators table's columns, in order; the first eleven are a row's key. */
  public static final List<Column> OBSERVATION = observation();

  static final int OBSERVATION_KEY = 11;

  /** The published signals table's columns, in order; the first four are a row's key. */
  public static final List<Column> SIGNAL =
      List.of(
          Column.required(PublishedColumns.ORGANISATION, STRING),
          Column.required(PublishedColumns.REGULATION, STRING),
          Column.required(PublishedColumns.PERIOD, STRING),
          Column.oneOf(PublishedColumns.SIGNAL, Signal.NAMES),
          Column.oneOf(PublishedColumns.SEVERITY, Signal.SEVERITIES),
          Column.nullable(PublishedColumns.VALUE, DOUBLE),
          Column.nullable(PublishedColumns.REFERENCE, DOUBLE),
          Column.nullable(PublishedColumns.MESSAGE, STRING));

  static final int SIGNAL_KEY = 4;

  /** A catalogue entry as one flat row (OData has no nested titles): the id is the key. */
  static final List<Column> INDICATOR =
      List.of(
          Column.required("id", STRING),
          Column.required("family", STRING),
          Column.required("title_en", STRING),
          Column.required("title_nl", STRING),
          Column.nullable("description", STRING),
          Column.required("unit", STRING),
          Column.nullable("better", STRING),
          Column.nullable("computation", STRING),
          Column.required("has_interval", BOOLEAN));

  /** A code of a dimension with its name; the code is the key. */
  static final List<Column> CODE =
      List.of(Column.required("code", STRING), Column.nullable("name", STRING));

  private Columns() {}

  private static List<Column> observation() {
    List<Column> columns = new ArrayList<>();
    for (String name : PublishedColumns.INDICATOR_COLUMNS) {
      columns.add(
          switch (name) {
            case PublishedColumns.VALUE,
                PublishedColumns.NUMERATOR,
                PublishedColumns.DENOMINATOR,
                PublishedColumns.CI_LOW,
                PublishedColumns.CI_HIGH ->
                Column.nullable(name, DOUBLE);
            case PublishedColumns.BASE -> Column.nullable(name, LONG);
            case PublishedColumns.STATUS ->
                Column.oneOf(name, Arrays.stream(Status.values()).map(Status::label).toList());
            default -> Column.required(name, STRING);
          });
    }
    return List.copyOf(columns);
  }
}
