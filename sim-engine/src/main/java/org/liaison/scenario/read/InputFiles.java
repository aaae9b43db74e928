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

  /** Why the file cannot be read as input, in English, or null when it is a readable regular file. */
  public static String problemWith(Path file) {
    ProblemText problem = problemOf(file);
    return problem == null ? null : problem.english();
  }

  /**
   * Why the file cannot be read as input, or null when it is a readable regular file; a missing
   * file is {@link ProblemCode#NO_SUCH_FILE} or {@link ProblemCode#NO_SUCH_FILE_PARENT}.
   */
  public static ProblemText problemOf(Path file) {
    if (Files.isRegularFile(file)) {
      return Files.isReadable(file) ? null : ProblemText.of(ProblemCode.PERMISSION_DENIED);
    }
    if (Files.isDirectory(file)) {
      return ProblemText.of(ProblemCode.IS_DIRECTORY);
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
      return ProblemText.of(Files.exists(file) ? ProblemCode.NOT_REGULAR_FILE : ProblemCode.DANGLING_LINK);
    }
    Path parent = file.toAbsolutePath().getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent != null && !Files.isDirectory(parent)) {
      return ProblemText.of(ProblemCode.NO_SUCH_FILE_PARENT, parent);
    }
    return ProblemText.of(ProblemCode.NO_SUCH_FILE);
  }

  /**
   * Why reading a file failed, as the system said it: a refused permission, a directory or a
   * missing file by their codes, anything else in the system's own words.
   */
  public static ProblemText describe(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return ProblemText.of(ProblemCode.IO_PERMISSION_DENIED);
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return ProblemText.of(ProblemCode.IO_NO_SUCH_FILE);
    }
    if (e instanceof java.nio.file.FileSystemException fs && "Is a directory".equals(fs.getReason())) {
      return ProblemText.of(ProblemCode.IO_IS_DIRECTORY);
    }
    return ProblemText.of(ProblemCode.IO_OTHER, DocumentParser.firstLine(e.getMessage()));
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
