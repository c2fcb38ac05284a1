package nl.effectmeter.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GzipNegotiationTest {
  @Test
  void gzipIsAcceptedWhenListedAmongOtherEncodings() {
    assertThat(Responses.acceptsGzip("br, gzip, deflate")).isTrue();
    assertThat(Responses.acceptsGzip("GZIP;q=0.5")).isTrue();
  }

  @Test
  void gzipIsNotUsedWhenAbsentOrRefusedWithQualityZero() {
    assertThat(Responses.acceptsGzip(null)).isFalse();
    assertThat(Responses.acceptsGzip("br, deflate")).isFalse();
    assertThat(Responses.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(Responses.acceptsGzip("gzip; q=0.000")).isFalse();
  }
}
