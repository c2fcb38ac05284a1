package nl.effectmeter.store;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;

/**
 * A folder of Parquet files as Spark writes it: every {@code *.parquet} file in name order, with
 * {@code _SUCCESS} and {@code .crc} files ignored.
 */
final class ParquetFolder {
  private final String folder;

  ParquetFolder(String folder) {
    this.folder = folder;
  }

  boolean exists() {
    return WarehouseFiles.isDirectory(folder);
  }

  List<String> files() {
    return WarehouseFiles.list(folder).stream()
        .filter(name -> name.endsWith(".parquet") && !name.startsWith("."))
        .map(name -> folder + "/" + name)
        .toList();
  }

  /** Calls the consumer with every row of every file, in file order. */
  void forEachRow(Consumer<Row> consumer) {
    for (String file : files()) {
      readFile(file, consumer);
    }
  }

  @SuppressWarnings("deprecation")
  private static void readFile(String file, Consumer<Row> consumer) {
    Path path = new Path(file);
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), path)
            .withConf(WarehouseFiles.conf())
            .build()) {
      for (Group group = reader.read(); group != null; group = reader.read()) {
        consumer.accept(new Row(group));
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot read Parquet file " + file + ": " + e.getMessage(), e);
    }
  }

  /** One row, read by column name; a missing column or a null value reads as null. */
  static final class Row {
    private final Group group;
    private final GroupType type;

    private Row(Group group) {
      this.group = group;
      this.type = group.getType();
    }

    private boolean present(String column) {
      return type.containsField(column) && group.getFieldRepetitionCount(column) > 0;
    }

    String string(String column) {
      return present(column) ? group.getString(column, 0) : null;
    }

    Double decimal(String column) {
      return present(column) ? group.getDouble(column, 0) : null;
    }

    Long integer(String column) {
      if (!present(column)) {
        return null;
      }
      return switch (type.getType(column).asPrimitiveType().getPrimitiveTypeName()) {
        case INT32 -> (long) group.getInteger(column, 0);
        default -> group.getLong(column, 0);
      };
    }

    Boolean bool(String column) {
      return present(column) ? group.getBoolean(column, 0) : null;
    }
  }
}
