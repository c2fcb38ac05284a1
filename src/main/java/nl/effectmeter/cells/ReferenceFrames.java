package nl.effectmeter.cells;

import java.util.List;
import nl.effectmeter.dataset.InputColumns;
import nl.effectmeter.reference.ReferenceData;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Small lookup frames built from the validated reference data, for broadcast joins. */
final class ReferenceFrames {
  private ReferenceFrames() {}

  static Dataset<Row> layers(SparkSession spark, ReferenceData refs) {
    StructType schema =
        new StructType()
            .add("_org", DataTypes.StringType, false)
            .add(FactColumns.GOVERNMENT_LAYER, DataTypes.StringType, false);
    List<Row> rows =
        refs.organisations().values().stream()
            .map(o -> RowFactory.create(o.code(), o.governmentLayer()))
            .toList();
    return spark.createDataFrame(rows, schema);
  }

  static Dataset<Row> provinces(SparkSession spark, ReferenceData refs) {
    StructType schema =
        new StructType()
            .add("_muni", DataTypes.StringType, false)
            .add(FactColumns.PROVINCE, DataTypes.StringType, false);
    List<Row> rows =
        refs.municipalities().values().stream()
            .map(m -> RowFactory.create(m.code(), m.provinceCode()))
            .toList();
    return spark.createDataFrame(rows, schema);
  }

  static Dataset<Row> regulations(SparkSession spark, ReferenceData refs) {
    StructType schema =
        new StructType()
            .add("_reg", DataTypes.StringType, false)
            .add(InputColumns.LEGAL_TERM_DAYS, DataTypes.IntegerType, false)
            .add(InputColumns.OUTCOME_WINDOW_DAYS, DataTypes.IntegerType, false);
    List<Row> rows =
        refs.regulations().values().stream()
            .map(r -> RowFactory.create(r.code(), r.legalTermDays(), r.outcomeWindowDays()))
            .toList();
    return spark.createDataFrame(rows, schema);
  }

  static Dataset<Row> outcomeTypes(SparkSession spark, ReferenceData refs) {
    StructType schema =
        new StructType()
            .add("_type", DataTypes.StringType, false)
            .add(InputColumns.INTENDED, DataTypes.BooleanType, false)
            .add(InputColumns.SOCIETAL_VALUE_EUR, DataTypes.DoubleType, false);
    List<Row> rows =
        refs.outcomeTypes().values().stream()
            .map(t -> RowFactory.create(t.code(), t.intended(), t.societalValueEur()))
            .toList();
    return spark.createDataFrame(rows, schema);
  }
}
