package org.liaison.scenario.read;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What is wrong with a path a person gave as an input file, in words, before anything opens it.
 * Opening a FIFO blocks until something writes to it and a device can be endless, so only
 * regular files are read.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Why the file cannot be read as input, or null when it is a readable regular file. */
  public static String problemWith(Path file) {
    if (Files.isRegularFile(file)) {
      return Files.isReadable(file) ? null : "cannot be read: permission denied; check the file's permissions";
    }
    if (Files.isDirectory(file)) {
      return "is a directory; give the path of a file";
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
      return Files.exists(file)
          ? "is not a regular file (a device, pipe or socket); give the path of an ordinary file"
          : "is a link to a file that does not exist; give the path of an ordinary file";
    }
    Path parent = file.toAbsolutePath().getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent != null && !Files.isDirectory(parent)) {
      return "no such file: " + parent + " is a file, not a directory";
    }
    return "no such file";
  }

  /**
   * Why the path cannot become a new output directory, or null when it can: it or one of its
   * parents is a file, or its nearest existing parent cannot be written.
   */
  public static String outputDirectoryProblem(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      return "is a file, not a directory; give the path of a directory for the output";
    }
    // The output is made beside its final place and moved there, so the parent must be writable.
    Path existing = absolute.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return null;
    }
    if (!Files.isDirectory(existing)) {
      return "cannot be created: " + existing + " is a file, not a directory";
    }
    if (!Files.isWritable(existing)) {
      return "cannot be written: " + existing + " is not writable; choose another place with --out";
    }
    return null;
  }
}
