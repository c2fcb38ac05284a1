package nl.effectmeter.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one application's Spark event log (uncompressed, not rolled) says about where its tasks ran.
 *
 * @param appId the application id
 * @param executorHosts host of every executor that joined, by executor id
 * @param successfulTasks successful tasks, by the id of the executor that ran them ("driver" for
 *     tasks run in the driver)
 */
record EventLog(
    String appId, Map<String, String> executorHosts, Map<String, Long> successfulTasks) {

  /** Reads the only event log in {@code dir}. */
  static EventLog readOnly(Path dir) throws IOException {
    List<Path> logs;
    try (Stream<Path> files = Files.list(dir)) {
      logs = files.filter(Files::isRegularFile).toList();
    }
    if (logs.size() != 1) {
      throw new IllegalStateException("Expected one event log in " + dir + " but found " + logs);
    }
    return read(logs.get(0));
  }

  static EventLog read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    String appId = null;
    Map<String, String> hosts = new HashMap<>();
    Map<String, Long> tasks = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode event = json.readTree(line);
        switch (event.path("Event").asText()) {
          case "SparkListenerApplicationStart" -> appId = event.path("App ID").asText();
          case "SparkListenerExecutorAdded" ->
              hosts.put(
                  event.path("Executor ID").asText(),
                  event.path("Executor Info").path("Host").asText());
          case "SparkListenerTaskEnd" -> {
            if ("Success".equals(event.path("Task End Reason").path("Reason").asText())) {
              tasks.merge(event.path("Task Info").path("Executor ID").asText(), 1L, Long::sum);
            }
          }
          default -> {}
        }
      }
    }
    return new EventLog(appId, Map.copyOf(hosts), Map.copyOf(tasks));
  }
}
