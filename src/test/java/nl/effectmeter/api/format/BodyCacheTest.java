package nl.effectmeter.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyCacheTest {
  @Test
  void keepsBodiesWithinItsByteBudgetDroppingTheLeastRecentlyUsed() {
    Responses.BodyCache cache = new Responses.BodyCache(10, 6);
    cache.put("a", new byte[4]);
    cache.put("b", new byte[4]);
    assertThat(cache.get("a")).hasSize(4); // a is now the most recently used
    cache.put("c", new byte[4]);
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).isNotNull();
    assertThat(cache.get("c")).isNotNull();
    assertThat(cache.bytes()).isEqualTo(8);
  }

  @Test
  void doesNotKeepBodiesLargerThanItsLimit() {
    Responses.BodyCache cache = new Responses.BodyCache(100, 6);
    cache.put("big", new byte[7]);
    assertThat(cache.get("big")).isNull();
    assertThat(cache.size()).isZero();
  }
}
