package nl.effectmeter.cluster;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Spark as the build has it: the jars of target/classpath.txt and Spark's Java 17 module flags from
 * jobs/java17-opts (the file the launchers use).
 */
record SparkClasspath(Path projectDir, String classpath, List<String> javaOptions) {
  SparkClasspath {
    requireNonNull(projectDir, "projectDir is null");
    requireNonNull(classpath, "classpath is null");
    javaOptions = List.copyOf(javaOptions);
  }

  /** Reads the build's classpath and flags; fails when the project has not been packaged. */
  static SparkClasspath of(Path projectDir) throws IOException {
    Path classpathFile = projectDir.resolve("target/classpath.txt");
    if (!Files.isRegularFile(classpathFile)) {
      throw new IllegalStateException(
          "Cannot find " + classpathFile + ": run 'mvn -B -q -DskipTests package' first");
    }
    String flags = Files.readString(projectDir.resolve("jobs/java17-opts"), StandardCharsets.UTF_8);
    return new SparkClasspath(
        projectDir,
        Files.readString(classpathFile, StandardCharsets.UTF_8).strip(),
        Arrays.asList(flags.strip().split("\\s+")));
  }

  /** A SPARK_HOME for workers: jars/ holds links to every jar of the classpath. */
  Path linkSparkHome(Path sparkHome) throws IOException {
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    for (String jar : classpath.split(java.io.File.pathSeparator, -1)) {
      if (jar.isEmpty()) {
        continue;
      }
      Path target = Path.of(jar);
      Path link = jars.resolve(target.getFileName());
      if (Files.isRegularFile(target)
          && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, target);
      }
    }
    Files.writeString(sparkHome.resolve("RELEASE"), "Spark 4.2.0 (links to the Maven classpath)\n");
    return sparkHome;
  }

  /** Starts a JVM running {@code mainClass} on the classpath, output to {@code log}. */
  Process startJava(
      String name,
      Map<String, String> env,
      Path log,
      List<String> jvmArgs,
      String mainClass,
      List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(javaOptions);
    command.add("-Duser.timezone=UTC");
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(args);
    return start(command, env, log);
  }

  /** Starts a command in the project directory with {@code env} added to this one's. */
  Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(projectDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("SPARK_HOME");
    builder.environment().putAll(env);
    return builder.start();
  }
}
