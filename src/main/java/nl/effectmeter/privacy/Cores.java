package nl.effectmeter.privacy;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Work of disclosure control on every core, in a fork-join pool of its own.
 *
 * <p>The search runs parallel streams inside parallel streams (the years, and in each year its
 * quantities). Run from an ordinary thread they use the common pool, whose parallelism is one less
 * than the cores (one worker on two cores): the calling thread then helps only with the outer
 * stream's own tasks, so a year's quantities ran one after another on one core while the other
 * waited (at 1M cases the first round's searches took 24 s on two cores for 35 s of work;
 * BENCHMARKS.md, "The pattern search on both cores"). Inside a pool of as many workers as cores,
 * every stream's tasks, however nested, go to that pool and an idle worker takes them.
 */
final class Cores {
  private Cores() {}

  /** The work's result, computed in a pool of as many workers as the machine has cores. */
  static <T> T run(String name, Callable<T> work) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ForkJoinPool pool =
        new ForkJoinPool(
            Runtime.getRuntime().availableProcessors(),
            p -> {
              ForkJoinWorkerThread thread =
                  ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
              thread.setName(name + "-" + thread.getPoolIndex());
              thread.setDaemon(true);
              thread.setContextClassLoader(loader); // the job's classes under spark-submit too
              return thread;
            },
            null,
            false);
    // The task catches what the work throws itself: a fork-join task's own failure would come back
    // as a copy made by reflection, wrapped around the original.
    Outcome<T> outcome = new Outcome<>();
    try {
      pool.submit(
              () -> {
                try {
                  outcome.value = work.call();
                } catch (Exception | Error e) {
                  outcome.failure = e;
                }
              })
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + " was interrupted", e);
    } catch (ExecutionException e) {
      throw unwrapped(name, e.getCause());
    } finally {
      pool.shutdownNow();
    }
    if (outcome.failure != null) {
      throw unwrapped(name, outcome.failure);
    }
    return outcome.value;
  }

  private static final class Outcome<T> {
    T value;
    Throwable failure;
  }

  /**
   * What a task threw, to throw on: its own unchecked exception as it was (an error is thrown here
   * as it was), anything else wrapped with the work's name.
   */
  static RuntimeException unwrapped(String name, Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(name + " failed", failure);
  }
}
