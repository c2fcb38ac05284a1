package nl.effectmeter.cluster;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone master and two one-core workers on 127.0.0.1, run from the project's own
 * dependencies (target/classpath.txt) without a Spark distribution. The workers launch executors
 * from a SPARK_HOME made of links to those jars plus a RELEASE file.
 */
final class StandaloneCluster implements AutoCloseable {
  static final int WORKERS = 2;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final List<Process> processes = new ArrayList<>();
  private final int masterPort;
  private final int masterWebPort;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  private StandaloneCluster(Path dir) throws IOException {
    this.dir = requireNonNull(dir, "dir is null");
    this.masterPort = freePort();
    this.masterWebPort = freePort();
  }

  /** Starts the master and the workers and returns once every worker has registered. */
  static StandaloneCluster start(Path dir, SparkClasspath classpath) throws Exception {
    StandaloneCluster cluster = new StandaloneCluster(dir);
    try {
      cluster.startProcesses(classpath);
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** The master's state: workers, running and completed applications. */
  JsonNode masterState() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterWebPort + "/json/"))
            .timeout(Duration.ofSeconds(5))
            .build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return new ObjectMapper().readTree(body);
  }

  Path workerDir(int worker) {
    return dir.resolve("worker-" + worker);
  }

  Path logFile(String process) {
    return dir.resolve(process + ".log");
  }

  private void startProcesses(SparkClasspath classpath) throws Exception {
    Path sparkHome = classpath.linkSparkHome(dir.resolve("spark-home"));
    Map<String, String> env =
        Map.of(
            "SPARK_HOME", sparkHome.toString(),
            "SPARK_SCALA_VERSION", "2.13",
            "SPARK_LOCAL_IP", "127.0.0.1");
    processes.add(
        classpath.startJava(
            "master",
            env,
            logFile("master"),
            List.of("-Xmx512m", "-Dspark.master.rest.enabled=false"),
            "org.apache.spark.deploy.master.Master",
            List.of(
                "--host", "127.0.0.1",
                "--port", Integer.toString(masterPort),
                "--webui-port", Integer.toString(masterWebPort))));
    awaitWorkers(0);
    for (int worker = 1; worker <= WORKERS; worker++) {
      Files.createDirectories(workerDir(worker));
      processes.add(
          classpath.startJava(
              "worker-" + worker,
              env,
              logFile("worker-" + worker),
              List.of("-Xmx512m"),
              "org.apache.spark.deploy.worker.Worker",
              List.of(
                  "--host",
                  "127.0.0.1",
                  "--port",
                  "0",
                  "--webui-port",
                  "0",
                  "--cores",
                  "1",
                  "--memory",
                  "2560m",
                  "--work-dir",
                  workerDir(worker).toString(),
                  masterUrl())));
    }
    awaitWorkers(WORKERS);
  }

  private void awaitWorkers(int expected) throws Exception {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      for (Process process : processes) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "A cluster process exited with " + process.exitValue() + "; logs in " + dir);
        }
      }
      try {
        if (masterState().path("aliveworkers").asInt(-1) >= expected) {
          return;
        }
      } catch (IOException e) {
        last = e;
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new IllegalStateException(
        "Cannot see " + expected + " live workers on the master within " + START_TIMEOUT, last);
  }

  /** Stops the workers (and the executors they launched) and then the master. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).descendants().forEach(ProcessHandle::destroy);
      processes.get(i).destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
