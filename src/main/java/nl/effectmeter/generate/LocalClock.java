package nl.effectmeter.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Formats local Europe/Amsterdam moments, held as seconds since 1970-01-01T00:00 local time, in
 * each {@link TimestampStyle} without per-call date arithmetic: day strings and offsets are tabled
 * once for the generator's range of days.
 */
final class LocalClock {
  static final int SECONDS_PER_DAY = 86_400;
  private static final ZoneRules AMSTERDAM = ZoneId.of("Europe/Amsterdam").getRules();

  private final long firstDay;
  private final String[] dates;
  private final int[] offsetSeconds;

  LocalClock(LocalDate from, LocalDate to) {
    this.firstDay = from.toEpochDay();
    int days = (int) (to.toEpochDay() - firstDay + 1);
    if (days <= 0) {
      throw new IllegalArgumentException("Clock range is empty: " + from + " to " + to);
    }
    dates = new String[days];
    offsetSeconds = new int[days];
    for (int i = 0; i < days; i++) {
      LocalDate date = LocalDate.ofEpochDay(firstDay + i);
      dates[i] = date.toString();
      offsetSeconds[i] = AMSTERDAM.getOffset(date.atTime(12, 0)).getTotalSeconds();
    }
  }

  long firstDay() {
    return firstDay;
  }

  long lastDay() {
    return firstDay + dates.length - 1;
  }

  /** Moves a moment out of the hour that a daylight-saving change skips or repeats. */
  long avoidTransition(long localSeconds) {
    long day = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
    int index = index(day);
    if (index > 0 && offsetSeconds[index] != offsetSeconds[index - 1]) {
      long secondOfDay = localSeconds - day * SECONDS_PER_DAY;
      if (secondOfDay >= 2 * 3600 && secondOfDay < 3 * 3600) {
        return localSeconds + 3600;
      }
    }
    return localSeconds;
  }

  String format(long localSeconds, TimestampStyle style) {
    long day = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
    int secondOfDay = (int) (localSeconds - day * SECONDS_PER_DAY);
    switch (style) {
      case DATE:
        return dates[index(day)];
      case LOCAL:
        return time(day, secondOfDay, "");
      case OFFSET:
        return time(
            day, secondOfDay, offsetSeconds(day, secondOfDay) == 3600 ? "+01:00" : "+02:00");
      case UTC:
        long utc = localSeconds - offsetSeconds(day, secondOfDay);
        long utcDay = Math.floorDiv(utc, SECONDS_PER_DAY);
        return time(utcDay, (int) (utc - utcDay * SECONDS_PER_DAY), "Z");
      default:
        throw new IllegalArgumentException("Unknown timestamp style: " + style);
    }
  }

  /** The local date of a moment as ISO text. */
  String date(long localSeconds) {
    return dates[index(Math.floorDiv(localSeconds, SECONDS_PER_DAY))];
  }

  static long seconds(LocalDateTime local) {
    return local.toLocalDate().toEpochDay() * SECONDS_PER_DAY + local.toLocalTime().toSecondOfDay();
  }

  private int offsetSeconds(long day, int secondOfDay) {
    int index = index(day);
    if (secondOfDay < 3 * 3600 && index > 0) {
      return offsetSeconds[index - 1];
    }
    return offsetSeconds[index];
  }

  private String time(long day, int secondOfDay, String suffix) {
    char[] text = new char[19 + suffix.length()];
    dates[index(day)].getChars(0, 10, text, 0);
    text[10] = 'T';
    two(text, 11, secondOfDay / 3600);
    text[13] = ':';
    two(text, 14, secondOfDay / 60 % 60);
    text[16] = ':';
    two(text, 17, secondOfDay % 60);
    suffix.getChars(0, suffix.length(), text, 19);
    return new String(text);
  }

  private static void two(char[] text, int at, int value) {
    text[at] = (char) ('0' + value / 10);
    text[at + 1] = (char) ('0' + value % 10);
  }

  private int index(long day) {
    long index = day - firstDay;
    if (index < 0 || index >= dates.length) {
      throw new IllegalArgumentException(
          "Day outside the clock's range: " + LocalDate.ofEpochDay(day));
    }
    return (int) index;
  }
}
