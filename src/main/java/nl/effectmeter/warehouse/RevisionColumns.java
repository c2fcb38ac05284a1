package nl.effectmeter.warehouse;

import static nl.effectmeter.warehouse.TableColumn.decimal;
import static nl.effectmeter.warehouse.TableColumn.string;

import java.util.List;
import java.util.stream.Stream;

/**
 * The revisions table of a run: every indicator value of a cell whose publication changed since the
 * previous published run of the warehouse, with the old and the new status and value.
 */
public final class RevisionColumns {
  public static final String TABLE = "revisions";

  /** Published in both runs, with another value. */
  public static final String REVISED = "revised";

  /** Published now; before it was confidential, had no data or was not in the table. */
  public static final String NEWLY_PUBLISHED = "newly_published";

  /** Published before, confidential now. */
  public static final String NEWLY_SUPPRESSED = "newly_suppressed";

  /** Published before; now without data or no longer in the table. */
  public static final String WITHDRAWN = "withdrawn";

  public static final List<String> KINDS =
      List.of(REVISED, NEWLY_PUBLISHED, NEWLY_SUPPRESSED, WITHDRAWN);

  /** The status of a value the other run's table does not hold. */
  public static final String ABSENT = "absent";

  // The columns after the indicator's key.
  public static final String KIND = "kind";
  public static final String PREVIOUS_RUN = "previous_run";
  public static final String OLD_STATUS = "old_status";
  public static final String NEW_STATUS = "new_status";
  public static final String OLD_VALUE = "old_value";
  public static final String NEW_VALUE = "new_value";

  /** The indicators table's key (all strings), then the revision's own columns. */
  public static final List<TableColumn> COLUMNS =
      Stream.concat(
              PublishedColumns.INDICATOR_KEY.stream().map(TableColumn::string),
              Stream.of(
                  string(KIND),
                  string(PREVIOUS_RUN),
                  string(OLD_STATUS),
                  string(NEW_STATUS),
                  decimal(OLD_VALUE),
                  decimal(NEW_VALUE)))
          .toList();

  private RevisionColumns() {}
}
