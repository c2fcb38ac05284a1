package nl.effectmeter.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedTest {
  private static final List<String> CODES = List.of("online", "phone", "mail");

  @Test
  void weightsKeyedByCodeComeOutInTheCodeListsOrder() {
    assertThat(
            Weighted.ofCodes("channels", CODES, Map.of("mail", 0.3, "online", 0.5, "phone", 0.2)))
        .containsExactly(0.5, 0.2, 0.3);
  }

  @Test
  void aCodeWithoutAWeightIsNamed() {
    assertThatThrownBy(
            () -> Weighted.ofCodes("channels", CODES, Map.of("online", 0.5, "phone", 0.2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The weights of channels must name each of its codes [online, phone, mail] once;"
                + " without a weight: [mail], not a code: []");
  }

  @Test
  void aWeightForSomethingThatIsNotACodeIsNamed() {
    assertThatThrownBy(
            () ->
                Weighted.ofCodes(
                    "channels",
                    CODES,
                    Map.of("online", 0.5, "phone", 0.2, "mail", 0.2, "fax", 0.1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The weights of channels must name each of its codes [online, phone, mail] once;"
                + " without a weight: [], not a code: [fax]");
  }
}
