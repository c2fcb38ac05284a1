package nl.effectmeter.ingest;

import nl.effectmeter.warehouse.PublishedColumns;

/** Names of the bookkeeping columns that travel with every row read. */
public final class RawColumns {
  /** The file a row was read from. */
  public static final String SOURCE_FILE = "source_file";

  /** The row's 1-based record number within its file (header not counted). */
  public static final String SOURCE_RECORD = "source_record";

  /** The raw text of a record that could not be parsed, else null. */
  public static final String MALFORMED = "_malformed";

  /** The quarantine reason code, null for a valid row (a published column of the quarantine). */
  public static final String REASON = PublishedColumns.REASON;

  /** What exactly was wrong, naming the column and the offending value (published too). */
  public static final String DETAIL = PublishedColumns.DETAIL;

  private RawColumns() {}
}
