package nl.effectmeter.server;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.effectmeter.settings.SettingsException;
import nl.effectmeter.store.RunRegistry;
import nl.effectmeter.warehouse.WarehouseLayout;

/**
 * Starts the API: {@code --warehouse DIR [--port 7070] [--settings FILE]}. The port given on the
 * command line wins over the settings file.
 */
public final class ApiMain {
  private ApiMain() {}

  public static void main(String[] args) {
    String warehouse = null;
    Integer port = null;
    Path settingsFile = null;
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--warehouse" -> warehouse = required(args[i], value);
        case "--port" -> port = port(required(args[i], value));
        case "--settings" -> settingsFile = Path.of(required(args[i], value));
        default -> usage("Unknown argument: " + args[i]);
      }
    }
    if (warehouse == null) {
      usage("--warehouse is required");
    }
    // A local folder must exist; an hdfs:// or s3a:// warehouse is read through Hadoop's client.
    if (!warehouse.contains("://") && !Files.isDirectory(Path.of(warehouse))) {
      usage("Warehouse folder does not exist: " + warehouse);
    }
    ApiSettings settings;
    try {
      settings = settingsFile == null ? ApiSettings.defaults() : ApiSettings.load(settingsFile);
    } catch (SettingsException e) {
      // Fail closed: a typo in the settings must not start an API without, say, its token check.
      System.err.println("effectmeter: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (port != null) {
      settings = settings.withPort(port);
    }
    RunRegistry registry =
        new RunRegistry(new WarehouseLayout(warehouse), settings.earlierRunsKept());
    registry.refresh();
    registry.startPolling(settings.pollIntervalMillis());
    ApiServer.create(registry, settings).start();
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    usage("--port " + value + " is not a whole number from 0 to 65535");
    return -1;
  }

  private static String required(String flag, String value) {
    if (value == null) {
      usage(flag + " needs a value");
    }
    return value;
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "Usage: java -jar effectmeter-api.jar --warehouse DIR [--port 7070] [--settings FILE]");
    System.exit(2);
  }
}
