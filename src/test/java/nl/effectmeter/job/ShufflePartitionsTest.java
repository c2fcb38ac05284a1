package nl.effectmeter.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many shuffle partitions a run uses, and whether it plans adaptively, when not configured. */
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

  @Test
  void onlyAnInputOfSixtyFourMebibytesOrMoreOrOfUnknownSizeIsPlannedAdaptively() {
    assertThat(IndicatorJob.adaptiveQueryExecution(2 * MIB)).isFalse(); // the sample
    assertThat(IndicatorJob.adaptiveQueryExecution(64 * MIB - 1)).isFalse();
    assertThat(IndicatorJob.adaptiveQueryExecution(64 * MIB)).isTrue();
    assertThat(IndicatorJob.adaptiveQueryExecution(138 * MIB)).isTrue(); // 1M cases
    assertThat(IndicatorJob.adaptiveQueryExecution(-1)).isTrue();
  }
}
