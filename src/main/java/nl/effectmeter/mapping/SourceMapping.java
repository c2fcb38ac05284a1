package nl.effectmeter.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.effectmeter.dataset.InputDataset;
import nl.effectmeter.settings.NearestKey;

/**
 * A source mapping folder: {@code mapping.properties} declaring the raw files, one Spark SQL {@code
 * SELECT} per dataset it produces ({@code services.sql}, ...; reference datasets also as {@code
 * .csv}) and an optional {@code skipped.sql} saying which raw rows are left out and why.
 */
public final class SourceMapping {
  public static final String SKIPPED = "skipped";

  private final Path folder;
  private final List<RawView> views;
  private final Map<InputDataset, Path> datasetFiles;
  private final Path skipped;

  private SourceMapping(
      Path folder, List<RawView> views, Map<InputDataset, Path> datasetFiles, Path skipped) {
    this.folder = folder;
    this.views = views;
    this.datasetFiles = datasetFiles;
    this.skipped = skipped;
  }

  /** Reads a mapping folder; a missing, doubled or unknown file is refused with its name. */
  public static SourceMapping load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("--mapping " + folder + " is not a folder");
    }
    List<RawView> views = MappingDeclaration.read(folder);
    Map<InputDataset, Path> files = new LinkedHashMap<>();
    TreeSet<String> expected = new TreeSet<>();
    for (InputDataset dataset : InputDataset.values()) {
      String base = dataset.location().substring(dataset.location().lastIndexOf('/') + 1);
      Path sql = folder.resolve(base + ".sql");
      Path csv = folder.resolve(base + ".csv");
      expected.add(sql.getFileName().toString());
      boolean reference = dataset.location().startsWith("reference/");
      if (reference) {
        expected.add(csv.getFileName().toString());
      }
      if (Files.isRegularFile(sql) && reference && Files.isRegularFile(csv)) {
        throw new IllegalArgumentException(
            "Mapping "
                + folder
                + " has both "
                + sql.getFileName()
                + " and "
                + csv.getFileName()
                + "; keep one");
      }
      if (Files.isRegularFile(sql)) {
        files.put(dataset, sql);
      } else if (reference && Files.isRegularFile(csv)) {
        files.put(dataset, csv);
      } else if (reference || dataset == InputDataset.SERVICES) {
        throw new IllegalArgumentException(
            "Mapping "
                + folder
                + " lacks "
                + sql.getFileName()
                + (reference ? " or " + csv.getFileName() : "")
                + " (dataset "
                + dataset.datasetName()
                + ")");
      }
    }
    expected.add(SKIPPED + ".sql");
    expected.add(MappingDeclaration.FILE_NAME);
    checkNoStrayFiles(folder, expected);
    Path skipped = folder.resolve(SKIPPED + ".sql");
    return new SourceMapping(folder, views, files, Files.isRegularFile(skipped) ? skipped : null);
  }

  public Path folder() {
    return folder;
  }

  public List<RawView> views() {
    return views;
  }

  /** The file ({@code .sql} or {@code .csv}) that gives a dataset, if the mapping gives it. */
  public Optional<Path> file(InputDataset dataset) {
    return Optional.ofNullable(datasetFiles.get(dataset));
  }

  public Optional<Path> skipped() {
    return Optional.ofNullable(skipped);
  }

  /** The text of a SQL file, without a trailing semicolon. */
  static String sql(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read mapping file " + file, e);
    }
  }

  /** Every file of the mapping with its SHA-256, for the manifest. */
  public Map<String, String> fileHashes() {
    Map<String, String> hashes = new LinkedHashMap<>();
    List<Path> all = new ArrayList<>();
    all.add(folder.resolve(MappingDeclaration.FILE_NAME));
    all.addAll(datasetFiles.values());
    if (skipped != null) {
      all.add(skipped);
    }
    for (Path file : all) {
      hashes.put(file.getFileName().toString(), sha256(file));
    }
    return hashes;
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read mapping file " + file + " to hash it", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** A .sql or .csv file the mapping does not know is most likely a misspelt one: refuse it. */
  private static void checkNoStrayFiles(Path folder, SortedSet<String> expected) {
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path path : listing.sorted().toList()) {
        String name = path.getFileName().toString();
        boolean mappingFile = name.endsWith(".sql") || name.endsWith(".csv");
        if (mappingFile && !expected.contains(name)) {
          throw new IllegalArgumentException(
              "Mapping "
                  + folder
                  + " holds "
                  + name
                  + ", which names no dataset"
                  + NearestKey.to(name, expected).map(n -> " (did you mean " + n + "?)").orElse("")
                  + "; a mapping's files are: "
                  + String.join(", ", expected));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list mapping folder " + folder, e);
    }
  }
}
