package nl.effectmeter.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LocalClockTest {
  private final LocalClock clock =
      new LocalClock(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

  private long at(String local) {
    return LocalClock.seconds(LocalDateTime.parse(local));
  }

  @Test
  void aSummerMomentIsWrittenInEveryStyle() {
    long moment = at("2024-06-15T00:30:05");
    assertThat(clock.format(moment, TimestampStyle.LOCAL)).isEqualTo("2024-06-15T00:30:05");
    assertThat(clock.format(moment, TimestampStyle.OFFSET)).isEqualTo("2024-06-15T00:30:05+02:00");
    assertThat(clock.format(moment, TimestampStyle.UTC)).isEqualTo("2024-06-14T22:30:05Z");
    assertThat(clock.format(moment, TimestampStyle.DATE)).isEqualTo("2024-06-15");
  }

  @Test
  void aWinterMomentHasAnOffsetOfOneHour() {
    long moment = at("2024-01-10T09:00:00");
    assertThat(clock.format(moment, TimestampStyle.OFFSET)).isEqualTo("2024-01-10T09:00:00+01:00");
    assertThat(clock.format(moment, TimestampStyle.UTC)).isEqualTo("2024-01-10T08:00:00Z");
  }

  @Test
  void theOffsetChangesAtThreeOClockOnTheDayOfTheSpringChange() {
    assertThat(clock.format(at("2024-03-31T01:59:00"), TimestampStyle.OFFSET))
        .isEqualTo("2024-03-31T01:59:00+01:00");
    assertThat(clock.format(at("2024-03-31T03:00:00"), TimestampStyle.OFFSET))
        .isEqualTo("2024-03-31T03:00:00+02:00");
  }

  @Test
  void theSkippedHourOfTheSpringChangeIsAvoided() {
    assertThat(clock.avoidTransition(at("2024-03-31T02:30:00")))
        .isEqualTo(at("2024-03-31T03:30:00"));
    assertThat(clock.avoidTransition(at("2024-04-01T02:30:00")))
        .isEqualTo(at("2024-04-01T02:30:00"));
  }
}
