package nl.effectmeter.warehouse;

import static nl.effectmeter.warehouse.TableColumn.decimal;
import static nl.effectmeter.warehouse.TableColumn.string;

import java.util.List;

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

  public static final List<TableColumn> COLUMNS =
      List.of(
          string("indicator"),
          string("breakdown"),
          string("granularity"),
          string("period"),
          string("organisation"),
          string("regulation"),
          string("municipality"),
          string("province"),
          string("government_layer"),
          string("client_segment"),
          string("channel"),
          string("kind"),
          string("previous_run"),
          string("old_status"),
          string("new_status"),
          decimal("old_value"),
          decimal("new_value"));

  private RevisionColumns() {}
}
