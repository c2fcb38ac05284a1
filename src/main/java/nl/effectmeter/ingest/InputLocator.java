package nl.effectmeter.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.effectmeter.dataset.InputDataset;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds each dataset's files in an input location on any Hadoop file system: a file {@code
 * services.csv} (or .jsonl, .json, .parquet) or a folder {@code services/} of such files.
 *
 * <p>With an explicit format, a dataset may also be a file without extension ({@code services}) or
 * a folder whose files all have that format, whatever their names.
 */
public final class InputLocator {
  private final String root;
  private final Configuration conf;
  private final InputFormat explicitFormat;

  public InputLocator(String root, Configuration conf) {
    this(root, conf, null);
  }

  /** A locator that reads every file in the given format; null chooses by file extension. */
  public InputLocator(String root, Configuration conf, InputFormat explicitFormat) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.conf = conf;
    this.explicitFormat = explicitFormat;
  }

  public List<InputFile> locate(InputDataset dataset) {
    List<InputFile> found = locateIfPresent(dataset);
    if (!found.isEmpty()) {
      return found;
    }
    String expected =
        explicitFormat == null
            ? String.format(
                "%1$s.csv, %1$s.jsonl, %1$s.parquet or a folder %1$s/ of such files",
                dataset.location())
            : String.format(
                "%1$s%2$s, %1$s or a folder %1$s/ of %3$s files",
                dataset.location(), explicitFormat.extension(), explicitFormat.label());
    throw new IllegalArgumentException(
        String.format(
            "Cannot find dataset %s in input location %s: expected %s",
            dataset.datasetName(), root, expected));
  }

  /** The files of a dataset, or none when the input location does not hold it. */
  public List<InputFile> locateIfPresent(InputDataset dataset) {
    String location = root + "/" + dataset.location();
    try {
      for (Map.Entry<String, InputFormat> candidate : singleFiles(location).entrySet()) {
        Path file = new Path(candidate.getKey());
        FileSystem fs = file.getFileSystem(conf);
        Optional<FileStatus> status = status(fs, file);
        if (status.isPresent() && status.get().isFile()) {
          return List.of(
              new InputFile(
                  dataset,
                  fs.makeQualified(file).toString(),
                  candidate.getValue(),
                  status.get().getLen()));
        }
      }
      Path folder = new Path(location);
      FileSystem fs = folder.getFileSystem(conf);
      if (status(fs, folder).map(FileStatus::isDirectory).orElse(false)) {
        return folderFiles(dataset, fs, folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot look for dataset " + dataset.datasetName() + " under " + root, e);
    }
    return List.of();
  }

  /** The single files a dataset may be, in the order they are looked for, with their format. */
  private Map<String, InputFormat> singleFiles(String location) {
    Map<String, InputFormat> files = new LinkedHashMap<>();
    if (explicitFormat != null) {
      files.put(location + explicitFormat.extension(), explicitFormat);
      files.put(location, explicitFormat);
      return files;
    }
    for (InputFormat format : InputFormat.values()) {
      files.put(location + format.extension(), format);
    }
    files.put(location + ".json", InputFormat.JSONL);
    return files;
  }

  /**
   * The files of a dataset folder, by name; hidden files and those starting with {@code _} (as
   * Spark and Hadoop write them) are skipped, and so, without an explicit format, are files of no
   * known extension.
   */
  private List<InputFile> folderFiles(InputDataset dataset, FileSystem fs, Path folder)
      throws IOException {
    List<InputFile> files = new ArrayList<>();
    FileStatus[] statuses = fs.listStatus(folder);
    Arrays.sort(statuses, Comparator.comparing(status -> status.getPath().getName()));
    for (FileStatus status : statuses) {
      String name = status.getPath().getName();
      if (!status.isFile() || name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      Optional<InputFormat> format =
          explicitFormat != null ? Optional.of(explicitFormat) : InputFormat.ofFileName(name);
      format.ifPresent(
          f ->
              files.add(
                  new InputFile(
                      dataset, fs.makeQualified(status.getPath()).toString(), f, status.getLen())));
    }
    String what = explicitFormat == null ? ".csv, .jsonl or .parquet" : explicitFormat.label();
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "Folder "
              + folder
              + " of dataset "
              + dataset.datasetName()
              + " holds no "
              + what
              + " file");
    }
    if (files.stream().map(InputFile::format).distinct().count() > 1) {
      throw new IllegalArgumentException(
          "Folder "
              + folder
              + " of dataset "
              + dataset.datasetName()
              + " mixes file formats: "
              + files);
    }
    return files;
  }

  /** The SHA-256 of a file's bytes, hex-encoded, for the manifest. */
  public String sha256(InputFile file) {
    Path path = new Path(file.path());
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.path() + " to hash it", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The file or folder's status, or empty where nothing is there. */
  public static Optional<FileStatus> status(FileSystem fs, Path path) throws IOException {
    try {
      return Optional.of(fs.getFileStatus(path));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }
}
