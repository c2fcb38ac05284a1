package nl.effectmeter.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BearerTokensTest {
  private static String hash(String token) {
    return HexFormat.of().formatHex(BearerTokens.sha256(token));
  }

  @Test
  void theHashOfATokenIsItsSha256InHex() {
    // printf '%s' s3cret | sha256sum
    assertThat(hash("s3cret"))
        .isEqualTo("1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0");
  }

  @Test
  void aTokenIsAcceptedWhenItsHashIsAnyOfTheConfiguredOnes() {
    BearerTokens tokens = new BearerTokens(List.of(hash("first"), hash("second")));
    assertThat(tokens.accepts("first")).isTrue();
    assertThat(tokens.accepts("second")).isTrue();
    assertThat(tokens.accepts("third")).isFalse();
    assertThat(tokens.accepts("")).isFalse();
  }

  @Test
  void theHashItselfIsNotAToken() {
    BearerTokens tokens = new BearerTokens(List.of(hash("first")));
    assertThat(tokens.accepts(hash("first"))).isFalse();
  }
}
