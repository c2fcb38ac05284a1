package nl.effectmeter.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The two renames that publish a run, each atomic where the file system allows it: a folder moved
 * into place that never replaces (nor, as Hadoop's local {@code rename} falls back to, is copied
 * into) an existing one, and a small file replaced in one step, never missing in between.
 *
 * <p>On a local folder both are one {@code rename(2)} through java.nio: Hadoop's local file system
 * checks and then renames, copies a folder into an existing one when the rename fails, and deletes
 * a file before renaming over it. Elsewhere (HDFS) Hadoop's {@link FileContext} rename is atomic
 * and refuses or overwrites as asked; on S3 no rename is atomic (see jobs/README.md).
 */
final class WarehouseMoves {
  private WarehouseMoves() {}

  /**
   * Moves the folder {@code from} to {@code to} unless {@code to} exists; returns false, moving
   * nothing, when it does (also when another process moved a folder there a moment earlier).
   */
  static boolean folderIntoPlace(Path from, Path to, Configuration conf) throws IOException {
    FileSystem fs = to.getFileSystem(conf);
    if (fs instanceof LocalFileSystem local) {
      java.nio.file.Path target = local.pathToFile(to).toPath();
      if (Files.exists(target)) {
        return false;
      }
      try {
        Files.move(local.pathToFile(from).toPath(), target, StandardCopyOption.ATOMIC_MOVE);
        return true;
      } catch (IOException e) {
        // rename(2) refuses a non-empty target: someone else's run got there first.
        if (Files.exists(target)) {
          return false;
        }
        throw e;
      }
    }
    try {
      FileContext.getFileContext(to.toUri(), conf).rename(from, to, Options.Rename.NONE);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  /**
   * Replaces {@code file} with one line of text: written in full to {@code temporary} (flushed to
   * disk), then renamed over {@code file}, so a reader sees the old or the new text, never none.
   */
  static void replaceFile(Path file, Path temporary, String line, Configuration conf)
      throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    FileSystem fs = file.getFileSystem(conf);
    if (fs instanceof LocalFileSystem local) {
      java.nio.file.Path target = local.pathToFile(file).toPath();
      java.nio.file.Path written = local.pathToFile(temporary).toPath();
      try (FileChannel channel =
          FileChannel.open(
              written,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      Files.move(
          written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      // A checksum Hadoop once wrote for the file no longer matches it; readers skip checksums.
      Files.deleteIfExists(target.resolveSibling("." + target.getFileName() + ".crc"));
      return;
    }
    FileContext context = FileContext.getFileContext(file.toUri(), conf);
    try (FSDataOutputStream out =
        context.create(temporary, EnumSet.of(CreateFlag.CREATE, CreateFlag.OVERWRITE))) {
      out.write(bytes);
      out.hsync();
    }
    context.rename(temporary, file, Options.Rename.OVERWRITE);
  }
}
