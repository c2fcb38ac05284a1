package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many shuffle partitions a run uses when none were configured. */
class ShufflePartitionsTest {
  private static final long MIB = 1L << 20;

  @Test
  void aSmallInputIsShuffledInOnePartitionPerCore() {
    assertThat(IndicatorJob.shufflePartitions(2 * MIB, 2)).isEqualTo(2); // the sample: ~2 MB
    assertThat(IndicatorJob.shufflePartitions(64 * MIB - 1, 8)).isEqualTo(8);
    assertThat(IndicatorJob.shufflePartitions(0, 0)).isEqualTo(1);
  }

  @Test
  void fromSixtyFourMebibytesOnOrAnUnknownSizeTheDefaultSixteen() {
    assertThat(IndicatorJob.shufflePartitions(64 * MIB, 2)).isEqualTo(16);
    assertThat(IndicatorJob.shufflePartitions(138 * MIB, 2)).isEqualTo(16); // 1M cases
    assertThat(IndicatorJob.shufflePartitions(-1, 2)).isEqualTo(16);
  }
}
