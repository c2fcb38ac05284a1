package nl.effectmeter.dataset;

/** The declared type of an input column; input schemas are declared, never inferred. */
public enum ColumnType {
  STRING,
  INT,
  LONG,
  DOUBLE,
  BOOLEAN,
  TIMESTAMP
}
