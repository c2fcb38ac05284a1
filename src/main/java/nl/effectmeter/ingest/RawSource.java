package nl.effectmeter.ingest;

import java.util.List;
import java.util.Optional;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.warehouse.Manifest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where validation gets each dataset's rows: files shaped like the contract ({@link LocatedSource})
 * or an export reshaped by a source mapping.
 */
public interface RawSource {
  /**
   * One dataset's rows as {@link RawReader#outputSchema} declares them: every contract column as
   * trimmed text (null when missing), the source file, the record number and malformed text.
   */
  Dataset<Row> read(InputDataset dataset);

  /**
   * An optional dataset's rows as {@link #read} gives them, or empty when the source does not have
   * it (no file at the input location, no SELECT in the mapping).
   */
  Optional<Dataset<Row>> readIfPresent(InputDataset dataset);

  /** Every file read so far, with its size and SHA-256, for the manifest. */
  List<Manifest.Input> inputs();
}
