package nl.effectmeter.api;

import static nl.effectmeter.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.effectmeter.store.TestWarehouse;
import nl.effectmeter.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers kept in memory are one store per JVM: two servers over two warehouses that each hold
 * a run of the same id must still answer each from its own run.
 */
class AnswerCacheTest {
  private static final String PATH = "/api/v1/observations?breakdown=organisation&limit=5";

  @TempDir Path dir;

  @Test
  void twoWarehousesWithARunOfTheSameIdAnswerEachFromItsOwnRun() {
    try (TestServer a = new TestServer(dir.resolve("a"));
        TestServer b = new TestServer(dir.resolve("b"))) {
      TestWarehouse.publishCopy(a.warehouse, "same-id", "2998-01-01T00:00:00Z");
      TestWarehouse.makeCurrent(a.warehouse, "same-id");
      a.registry.refresh();
      TestWarehouse.publishCopy(b.warehouse, "same-id", "2999-01-01T00:00:00Z");
      TestWarehouse.makeCurrent(b.warehouse, "same-id");
      b.registry.refresh();

      var fromA = a.get(PATH);
      var fromB = b.get(PATH);
      assertThat(fromA.statusCode()).isEqualTo(200);
      assertThat(fromB.statusCode()).isEqualTo(200);
      assertThat(json(fromA).at("/run/id").asText()).isEqualTo("same-id");
      assertThat(json(fromA).at("/run/published_at").asText()).isEqualTo("2998-01-01T00:00:00Z");
      assertThat(json(fromB).at("/run/published_at").asText()).isEqualTo("2999-01-01T00:00:00Z");
      assertThat(fromB.headers().firstValue("ETag"))
          .isNotEqualTo(fromA.headers().firstValue("ETag"));
    }
  }
}
