package nl.effectmeter.testing;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import nl.effectmeter.api.http.Json;
import nl.effectmeter.server.ApiServer;
import nl.effectmeter.server.ApiSettings;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.store.TestWarehouse;
import nl.effectmeter.warehouse.WarehouseLayout;

/** The real server on a free port over a copy of the test warehouse, with a small HTTP client. */
public final class TestServer implements AutoCloseable {
  public final Path warehouse;
  public final RunRegistry registry;
  public final Javalin app;
  public final HttpClient client = HttpClient.newHttpClient();

  public TestServer(Path dir, Properties settings) {
    this.warehouse = TestWarehouse.copyInto(dir);
    Map<String, String> values = new LinkedHashMap<>();
    settings.stringPropertyNames().forEach(key -> values.put(key, settings.getProperty(key)));
    ApiSettings parsed = ApiSettings.fromMap(values, "test settings").withPort(0);
    this.registry = new RunRegistry(new WarehouseLayout(warehouse.toString()), 2);
    registry.refresh();
    this.app = ApiServer.create(registry, parsed).start();
  }

  public TestServer(Path dir) {
    this(dir, new Properties());
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + app.port() + pathAndQuery);
  }

  public HttpResponse<String> get(String pathAndQuery, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Cannot GET " + pathAndQuery, e);
    }
  }

  /** A request with any method, e.g. TRACE or HEAD, without a body. */
  public HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Cannot " + method + " " + pathAndQuery, e);
    }
  }

  public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Cannot GET " + pathAndQuery, e);
    }
  }

  public static com.fasterxml.jackson.databind.JsonNode json(HttpResponse<String> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    app.stop();
    registry.close();
  }
}
