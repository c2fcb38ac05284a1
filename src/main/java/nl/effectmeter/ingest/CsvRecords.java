package nl.effectmeter.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * Finds the records of one byte range of an RFC 4180 CSV file, so that ranges can be parsed side by
 * side: a record is the text from a line break outside quotes (or the file's start) to the next
 * one; whether a line break lies outside quotes follows from the parity of the quote characters
 * before it (an escaped quote is two of them). Empty lines (LF or CR LF alone) are no records, as
 * for Spark's reader. The file's first record is its header, number 0; the data records are
 * numbered 1, 2, ... in file order, as the one-task reader numbers them.
 */
final class CsvRecords {
  private static final int QUOTE = '"';
  private static final int LF = '\n';
  private static final int CR = '\r';

  private CsvRecords() {}

  /** The bytes [start, end) of a file. */
  record Range(long start, long end) implements Serializable {}

  /**
   * A range with the quote state at its start and the number its first record starts with, as
   * {@link #plan} works them out.
   */
  record Plan(Range range, boolean startsInside, long first) implements Serializable {}

  /** A file of {@code size} bytes cut into {@code count} ranges of (nearly) equal size. */
  static List<Range> ranges(long size, long count) {
    if (count < 1) {
      throw new IllegalArgumentException("Cannot cut a file into " + count + " ranges");
    }
    long step = Math.max(1, (size + count - 1) / count);
    List<Range> ranges = new ArrayList<>();
    for (long start = 0; start < size; start += step) {
      ranges.add(new Range(start, Math.min(size, start + step)));
    }
    return ranges;
  }

  /**
   * Each range's quote state at its start (the parity of all quotes before it) and the number of
   * its first record (a prefix sum of the records before it), from the scans of all ranges.
   */
  static List<Plan> plan(List<Range> ranges, List<Scan> scans) {
    if (ranges.size() != scans.size()) {
      throw new IllegalArgumentException(
          "Cannot plan " + ranges.size() + " ranges from " + scans.size() + " scans");
    }
    List<Plan> plans = new ArrayList<>();
    boolean inside = false;
    long first = 0;
    for (int i = 0; i < ranges.size(); i++) {
      plans.add(new Plan(ranges.get(i), inside, first));
      first += scans.get(i).records(inside);
      inside ^= scans.get(i).oddQuotes();
    }
    return plans;
  }

  /**
   * What a range holds, for either quote state at its start: the parity of its quotes, and how many
   * non-empty records start in it when its first byte lies outside quotes or inside them.
   */
  record Scan(boolean oddQuotes, long recordsIfOutside, long recordsIfInside)
      implements Serializable {
    /** The records that start in the range, given the quote state at its start. */
    long records(boolean startsInside) {
      return startsInside ? recordsIfInside : recordsIfOutside;
    }
  }

  /** Scans a range of a file of {@code size} bytes. */
  static Scan scan(FSDataInputStream file, Range range, long size) throws IOException {
    long start = range.start();
    long end = range.end();
    Bytes in = new Bytes(file, start, size);
    boolean candidate = in.atRecordBoundary();
    boolean outside = true; // the quote state, had the range started outside quotes
    long ifOutside = 0;
    long ifInside = 0;
    boolean odd = false;
    for (long p = start; p < end; p++) {
      int b = in.next();
      if (candidate && !in.emptyLineAt(b)) {
        if (outside) {
          ifOutside++;
        } else {
          ifInside++;
        }
      }
      if (b == QUOTE) {
        outside = !outside;
        odd = !odd;
      }
      candidate = b == LF;
    }
    return new Scan(odd, ifOutside, ifInside);
  }

  /**
   * Whether the file's lines end in CR LF, as its first line's does: Spark's reader then takes CR
   * LF as the line separator, else LF alone (and a CR before it stays in the last value).
   */
  static boolean crlf(FSDataInputStream file) throws IOException {
    file.seek(0);
    InputStream in = new BufferedInputStream(file, 1 << 12);
    int previous = -1;
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == LF) {
        return previous == CR;
      }
      previous = b;
    }
    return false;
  }

  /**
   * Hands every non-empty record that starts in the planned range to {@code sink} with its number,
   * read to its end even past the range's end; with {@code crlf} a record's final carriage return
   * is dropped and a CR LF inside quotes read as LF, as Spark's reader does.
   */
  static void records(
      FSDataInputStream file, Plan plan, long size, boolean crlf, BiConsumer<Long, String> sink)
      throws IOException {
    long start = plan.range().start();
    long end = plan.range().end();
    boolean startsInside = plan.startsInside();
    long first = plan.first();
    Bytes in = new Bytes(file, start, size);
    boolean candidate = in.atRecordBoundary();
    boolean outside = !startsInside;
    long number = first;
    ByteArrayOutputStream record = new ByteArrayOutputStream(256);
    long p = start;
    while (p < end) {
      int b = in.next();
      p++;
      if (candidate && outside && !in.emptyLineAt(b)) {
        record.reset();
        boolean quoted = false;
        // Read the whole record: to a line break outside quotes, or the file's end.
        while (b != -1 && !(b == LF && !quoted)) {
          if (b == QUOTE) {
            quoted = !quoted;
          }
          record.write(b);
          b = in.next();
          p++;
        }
        sink.accept(number++, text(record, crlf));
        candidate = true;
        outside = true;
        continue;
      }
      if (b == QUOTE) {
        outside = !outside;
      }
      candidate = b == LF;
    }
  }

  private static String text(ByteArrayOutputStream record, boolean crlf) {
    byte[] bytes = record.toByteArray();
    int length = bytes.length;
    if (!crlf) {
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
    if (length > 0 && bytes[length - 1] == CR) {
      length--;
    }
    // Spark's reader turns a CR LF inside quotes into LF when CR LF separates the lines.
    return new String(bytes, 0, length, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The file's bytes from a position on, one at a time, with one byte of look-ahead. */
  private static final class Bytes {
    private final InputStream in;
    private final boolean afterLineBreak;
    private int ahead;

    Bytes(FSDataInputStream file, long start, long size) throws IOException {
      boolean boundary = start == 0;
      if (start > 0) {
        file.seek(start - 1);
        boundary = file.read() == LF;
      } else {
        file.seek(0);
      }
      this.afterLineBreak = boundary;
      this.in = new BufferedInputStream(file, 1 << 16);
      this.ahead = start < size ? in.read() : -1;
    }

    /** Whether a record may start at the range's first byte (the file's start or after a LF). */
    boolean atRecordBoundary() {
      return afterLineBreak;
    }

    /** The next byte, or -1 at the file's end. */
    int next() throws IOException {
      int b = ahead;
      ahead = b == -1 ? -1 : in.read();
      return b;
    }

    /** Whether a record starting with byte {@code b} is an empty line (or the file's end). */
    boolean emptyLineAt(int b) {
      return b == -1 || b == LF || (b == CR && (ahead == LF || ahead == -1));
    }
  }
}
