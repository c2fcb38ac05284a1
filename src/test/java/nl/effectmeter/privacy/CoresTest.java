package nl.effectmeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Cores} runs nested parallel streams in a pool of its own and hands errors back. */
class CoresTest {
  @Test
  void nestedParallelStreamsRunOnThePoolsWorkersOnly() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    String caller = Thread.currentThread().getName();

    List<Integer> sums =
        Cores.run(
            "cores-test",
            () ->
                IntStream.range(0, 3)
                    .parallel()
                    .map(
                        outer -> {
                          threads.add(Thread.currentThread().getName());
                          return IntStream.range(0, 50)
                              .parallel()
                              .map(
                                  inner -> {
                                    threads.add(Thread.currentThread().getName());
                                    return outer * 100 + inner;
                                  })
                              .sum();
                        })
                    .boxed()
                    .toList());

    // 0..49 summed is 1,225; each outer value adds 50 times its hundreds, in the streams' order.
    assertThat(sums).containsExactly(1_225, 6_225, 11_225);
    // Not the caller and not the common pool: in the common pool, the calling thread takes part
    // in the outer stream and the inner streams' tasks wait for its single worker.
    assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("cores-test-"));
    assertThat(threads).doesNotContain(caller);
  }

  @Test
  void aTasksUncheckedExceptionComesBackAsItself() {
    IllegalArgumentException thrown = new IllegalArgumentException("no such cell");

    assertThatThrownBy(
            () ->
                Cores.run(
                    "cores-test",
                    () -> {
                      throw thrown;
                    }))
        .isSameAs(thrown);
  }

  @Test
  void aCheckedExceptionIsWrappedWithTheWorksName() {
    assertThatThrownBy(
            () ->
                Cores.run(
                    "cores-test",
                    () -> {
                      throw new java.io.IOException("disk full");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cores-test failed")
        .hasRootCauseMessage("disk full");
  }
}
