package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exact elimination: which unknowns a set of relations pins, and by which combination. */
class ModularEchelonTest {
  @Test
  void threeRelationsThatOnlyTogetherPinEveryValue() {
    // x + y = a, y + z = b, x + z = c: no relation alone pins anything, together they pin all
    // (x = (a - b + c) / 2).
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, 1});
    system.add(new int[] {1, 2}, new long[] {1, 1});
    system.add(new int[] {0, 2}, new long[] {1, 1});
    assertThat(system.determined())
        .extracting(ModularEchelon.Determined::column)
        .containsExactly(0, 1, 2);
  }

  @Test
  void twoOfThoseRelationsPinNothing() {
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, 1});
    system.add(new int[] {1, 2}, new long[] {1, 1});
    assertThat(system.determined()).isEmpty();
  }

  @Test
  void aDeterminedValueComesWithTheCombinationThatGivesIt() {
    // x - y = a and y = b: x = a + b, the combination 1 x first + 1 x second.
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, -1});
    system.add(new int[] {1}, new long[] {1});
    ModularEchelon.Determined x = system.determined().get(0);
    assertThat(x.column()).isEqualTo(0);
    assertThat(x.rows()).containsExactly(0, 1);
    assertThat(x.weights()).containsExactly(1L, 1L);
  }

  @Test
  void aTwoByTwoTableWithItsMarginsLeavesEveryCellFree() {
    // a + b = r1, c + d = r2, a + c = k1, b + d = k2: rank 3 of 4, nothing pinned.
    ModularEchelon system = new ModularEchelon();
    system.add(new int[] {0, 1}, new long[] {1, 1});
    system.add(new int[] {2, 3}, new long[] {1, 1});
    system.add(new int[] {0, 2}, new long[] {1, 1});
    system.add(new int[] {1, 3}, new long[] {1, 1});
    assertThat(system.determined()).isEmpty();
  }
}
