package nl.effectmeter.publish;

import static nl.effectmeter.warehouse.PublishedColumns.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.effectmeter.indicator.CellKey;
import nl.effectmeter.indicator.IndicatorRow;
import nl.effectmeter.privacy.Suppression;
import nl.effectmeter.reference.Signal;
import nl.effectmeter.warehouse.TableColumn;
import nl.effectmeter.warehouse.WarehouseLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes the indicators and signals tables as Parquet straight from the driver: after aggregation
 * they are a bounded number of cells, not a function of the input's size.
 */
public final class ParquetTables {
  public static final MessageType INDICATORS = indicatorSchema();
  public static final MessageType SIGNALS = signalSchema();
  public static final MessageType DISCLOSURE = disclosureSchema();

  private ParquetTables() {}

  /** The published indicators table of these rows. */
  public static RunTable indicators(List<IndicatorRow> rows, Configuration conf) {
    return new RunTable(
        WarehouseLayout.INDICATORS,
        folder -> {
          writeIndicators(rows, folder, conf);
          return rows.size();
        });
  }

  /** The published signals table. */
  public static RunTable signals(List<Signal> signals, Configuration conf) {
    return new RunTable(
        WarehouseLayout.SIGNALS,
        folder -> {
          writeSignals(signals, folder, conf);
          return signals.size();
        });
  }

  /** The disclosure table, kept in the warehouse for the data team and never served. */
  public static RunTable disclosure(List<Suppression> suppressions, Configuration conf) {
    return new RunTable(
        WarehouseLayout.DISCLOSURE,
        folder -> {
          writeDisclosure(suppressions, folder, conf);
          return suppressions.size();
        });
  }

  /** A table of rows keyed by column name (the feasibility tables), with its declared columns. */
  public static RunTable table(
      String name, List<TableColumn> columns, List<Map<String, Object>> rows, Configuration conf) {
    return new RunTable(
        name,
        folder -> {
          writeTable(name, columns, rows, folder, conf);
          return rows.size();
        });
  }

  public static void writeIndicators(List<IndicatorRow> rows, String folder, Configuration conf) {
    SimpleGroupFactory groups = new SimpleGroupFactory(INDICATORS);
    try (ParquetWriter<Group> writer = open(INDICATORS, folder, conf)) {
      for (IndicatorRow row : rows) {
        Group group = groups.newGroup();
        group.add(INDICATOR, row.indicator().id());
        addCell(group, row.cell());
        addDouble(group, VALUE, row.value());
        addDouble(group, NUMERATOR, row.numerator());
        addDouble(group, DENOMINATOR, row.denominator());
        if (row.base() != null) {
          group.add(BASE, row.base().longValue());
        }
        addDouble(group, CI_LOW, row.ciLow());
        addDouble(group, CI_HIGH, row.ciHigh());
        group.add(STATUS, row.status().label());
        writer.write(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the indicators table to " + folder, e);
    }
  }

  public static void writeSignals(List<Signal> signals, String folder, Configuration conf) {
    SimpleGroupFactory groups = new SimpleGroupFactory(SIGNALS);
    try (ParquetWriter<Group> writer = open(SIGNALS, folder, conf)) {
      for (Signal signal : signals) {
        Group group = groups.newGroup();
        group.add(ORGANISATION, signal.organisation());
        group.add(REGULATION, signal.regulation());
        group.add(PERIOD, signal.period());
        group.add(SIGNAL, signal.signal());
        group.add(SEVERITY, signal.severity());
        group.add(VALUE, signal.value());
        group.add(REFERENCE, signal.reference());
        group.add(MESSAGE, signal.message());
        writer.write(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the signals table to " + folder, e);
    }
  }

  /** The disclosure table: one row per suppressed quantity of a cell, with its reason. */
  public static void writeDisclosure(
      List<Suppression> suppressions, String folder, Configuration conf) {
    SimpleGroupFactory groups = new SimpleGroupFactory(DISCLOSURE);
    try (ParquetWriter<Group> writer = open(DISCLOSURE, folder, conf)) {
      for (Suppression suppression : suppressions) {
        Group group = groups.newGroup();
        addCell(group, suppression.cell());
        group.add(QUANTITY, suppression.quantity().label());
        group.add(REASON, suppression.reason().label());
        group.add(VALUE, suppression.value());
        writer.write(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the disclosure table to " + folder, e);
    }
  }

  /**
   * A table whose rows are column name to value (strings, doubles and longs; null is absent), with
   * the given columns in order; a row naming another column is a fault of ours.
   */
  public static void writeTable(
      String name,
      List<TableColumn> columns,
      List<Map<String, Object>> rows,
      String folder,
      Configuration conf) {
    MessageType schema = tableSchema(name, columns);
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer = open(schema, folder, conf)) {
      for (Map<String, Object> row : rows) {
        if (!columns.stream().map(TableColumn::name).toList().containsAll(row.keySet())) {
          throw new IllegalArgumentException(
              "Row of table " + name + " has columns " + row.keySet() + ", declared " + columns);
        }
        Group group = groups.newGroup();
        for (TableColumn column : columns) {
          Object value = row.get(column.name());
          if (value == null) {
            continue;
          }
          switch (column.type()) {
            case STRING -> group.add(column.name(), (String) value);
            case DOUBLE -> group.add(column.name(), ((Number) value).doubleValue());
            case LONG -> group.add(column.name(), ((Number) value).longValue());
          }
        }
        writer.write(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the " + name + " table to " + folder, e);
    }
  }

  private static MessageType tableSchema(String name, List<TableColumn> columns) {
    Types.MessageTypeBuilder builder = Types.buildMessage();
    for (TableColumn column : columns) {
      switch (column.type()) {
        case STRING -> string(builder, column.name());
        case DOUBLE -> builder.optional(PrimitiveTypeName.DOUBLE).named(column.name());
        case LONG -> builder.optional(PrimitiveTypeName.INT64).named(column.name());
      }
    }
    return builder.named(name);
  }

  private static void addCell(Group group, CellKey cell) {
    group.add(BREAKDOWN, cell.breakdown().label());
    group.add(GRANULARITY, cell.granularity().label());
    group.add(PERIOD, cell.period());
    group.add(ORGANISATION, cell.organisation());
    group.add(REGULATION, cell.regulation());
    group.add(MUNICIPALITY, cell.municipality());
    group.add(PROVINCE, cell.province());
    group.add(GOVERNMENT_LAYER, cell.governmentLayer());
    group.add(CLIENT_SEGMENT, cell.clientSegment());
    group.add(CHANNEL, cell.channel());
  }

  private static ParquetWriter<Group> open(MessageType schema, String folder, Configuration conf)
      throws IOException {
    Path file = new Path(folder, "part-00000.parquet");
    return ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, conf))
        .withType(schema)
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .build();
  }

  private static void addDouble(Group group, String field, Double value) {
    if (value != null) {
      group.add(field, value.doubleValue());
    }
  }

  /** The disclosure table: the cell's keys, quantity and reason as strings, the hidden value. */
  private static MessageType disclosureSchema() {
    Types.MessageTypeBuilder builder = Types.buildMessage();
    for (String column : DISCLOSURE_COLUMNS) {
      if (column.equals(VALUE)) {
        builder.required(PrimitiveTypeName.DOUBLE).named(column);
      } else {
        string(builder, column);
      }
    }
    return builder.named(WarehouseLayout.DISCLOSURE);
  }

  private static MessageType indicatorSchema() {
    Types.MessageTypeBuilder builder = Types.buildMessage();
    for (String column : INDICATOR_COLUMNS) {
      switch (column) {
        case VALUE, NUMERATOR, DENOMINATOR, CI_LOW, CI_HIGH ->
            builder.optional(PrimitiveTypeName.DOUBLE).named(column);
        case BASE -> builder.optional(PrimitiveTypeName.INT64).named(column);
        default -> string(builder, column);
      }
    }
    return builder.named(WarehouseLayout.INDICATORS);
  }

  private static MessageType signalSchema() {
    Types.MessageTypeBuilder builder = Types.buildMessage();
    for (String column : SIGNAL_COLUMNS) {
      if (column.equals(VALUE) || column.equals(REFERENCE)) {
        builder.optional(PrimitiveTypeName.DOUBLE).named(column);
      } else {
        string(builder, column);
      }
    }
    return builder.named(WarehouseLayout.SIGNALS);
  }

  private static void string(Types.MessageTypeBuilder builder, String column) {
    builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
  }
}
