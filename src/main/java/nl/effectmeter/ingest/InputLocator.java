package nl.effectmeter.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
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
    if (explicitFormat != null) {
      return locateAs(dataset, explicitFormat);
    }
    try {
      for (InputFormat format : List.of(InputFormat.values())) {
        Path file = new Path(root + "/" + dataset.location() + format.extension());
        FileSystem fs = file.getFileSystem(conf);
        if (fs.isFile(file)) {
          return List.of(
              new InputFile(
                  dataset,
                  fs.makeQualified(file).toString(),
                  format,
                  fs.getFileStatus(file).getLen()));
        }
      }
      Path jsonFile = new Path(root + "/" + dataset.location() + ".json");
      FileSystem fs = jsonFile.getFileSystem(conf);
      if (fs.isFile(jsonFile)) {
        return List.of(
            new InputFile(
                dataset,
                fs.makeQualified(jsonFile).toString(),
                InputFormat.JSONL,
                fs.getFileStatus(jsonFile).getLen()));
      }
      Path folder = new Path(root + "/" + dataset.location());
      if (fs.isDirectory(folder)) {
        return folderFiles(dataset, fs, folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot look for dataset " + dataset.datasetName() + " under " + root, e);
    }
    throw new IllegalArgumentException(
        String.format(
            "Cannot find dataset %s in input location %s: expected %s.csv, %s.jsonl, %s.parquet or"
                + " a folder %s/ of such files",
            dataset.datasetName(),
            root,
            dataset.location(),
            dataset.location(),
            dataset.location(),
            dataset.location()));
  }

  private List<InputFile> locateAs(InputDataset dataset, InputFormat format) {
    try {
      for (String name : List.of(dataset.location() + format.extension(), dataset.location())) {
        Path file = new Path(root + "/" + name);
        FileSystem fs = file.getFileSystem(conf);
        if (fs.isFile(file)) {
          return List.of(
              new InputFile(
                  dataset,
                  fs.makeQualified(file).toString(),
                  format,
                  fs.getFileStatus(file).getLen()));
        }
      }
      Path folder = new Path(root + "/" + dataset.location());
      FileSystem fs = folder.getFileSystem(conf);
      if (fs.isDirectory(folder)) {
        List<InputFile> files = new ArrayList<>();
        FileStatus[] statuses = fs.listStatus(folder);
        java.util.Arrays.sort(statuses, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus status : statuses) {
          String name = status.getPath().getName();
          if (status.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
            files.add(
                new InputFile(
                    dataset,
                    fs.makeQualified(status.getPath()).toString(),
                    format,
                    status.getLen()));
          }
        }
        if (!files.isEmpty()) {
          return files;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot look for dataset " + dataset.datasetName() + " under " + root, e);
    }
    throw new IllegalArgumentException(
        String.format(
            "Cannot find dataset %s in input location %s as %s: expected %s%s, %s or a folder %s/"
                + " of %s files",
            dataset.datasetName(),
            root,
            format.label(),
            dataset.location(),
            format.extension(),
            dataset.location(),
            dataset.location(),
            format.label()));
  }

  private static List<InputFile> folderFiles(InputDataset dataset, FileSystem fs, Path folder)
      throws IOException {
    List<InputFile> files = new ArrayList<>();
    FileStatus[] statuses = fs.listStatus(folder);
    java.util.Arrays.sort(statuses, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus status : statuses) {
      String name = status.getPath().getName();
      if (!status.isFile() || name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      Optional<InputFormat> format = InputFormat.ofFileName(name);
      if (format.isEmpty()) {
        continue;
      }
      files.add(
          new InputFile(
              dataset,
              fs.makeQualified(status.getPath()).toString(),
              format.get(),
              status.getLen()));
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "Folder "
              + folder
              + " of dataset "
              + dataset.datasetName()
              + " holds no .csv, .jsonl or .parquet file");
    }
    long formats = files.stream().map(InputFile::format).distinct().count();
    if (formats > 1) {
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
}
