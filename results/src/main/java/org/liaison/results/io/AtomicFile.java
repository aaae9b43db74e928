package org.liaison.results.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes result files so that a reader never sees one half-written: each file is written under a
 * hidden temporary name beside it and moved over the final name only when every file of the set
 * is complete. A failure (a full disk) leaves the earlier files, or none, and no temporary.
 */
public final class AtomicFile {
  /** What goes into one file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Opens the stream a temporary file is written through; tests put a failing one in its place. */
  @FunctionalInterface
  public interface Opener {
    OutputStream open(Path temporary) throws IOException;
  }

  /** Files as the operating system writes them. */
  public static final Opener DISK = Files::newOutputStream;

  /** A file that could not be written; the message names it and says that nothing was replaced. */
  public static final class WriteFailedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public WriteFailedException(Path file, String message, Throwable cause) {
      super(message, cause);
      this.file = file;
    }

    /** The file that could not be written. */
    public Path file() {
      return file;
    }
  }

  private AtomicFile() {}

  /** Writes one file. */
  public static void write(Path file, Content content) throws WriteFailedException {
    Map<Path, Content> one = new LinkedHashMap<>();
    one.put(file, content);
    writeAll(one, DISK);
  }

  /** Writes one file of text. */
  public static void writeString(Path file, String text) throws WriteFailedException {
    write(file, out -> out.write(text));
  }

  /**
   * Writes a set of files: all are replaced, or none.
   *
   * @throws WriteFailedException naming the first file that could not be written
   */
  public static void writeAll(Map<Path, Content> files, Opener opener) throws WriteFailedException {
    List<Path> temporaries = new ArrayList<>();
    try {
      for (Map.Entry<Path, Content> entry : files.entrySet()) {
        Path file = entry.getKey();
        Path temporary;
        try {
          temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
          temporaries.add(temporary);
          try (Writer out = new BufferedWriter(new OutputStreamWriter(opener.open(temporary), StandardCharsets.UTF_8),
              1 << 16)) {
            entry.getValue().writeTo(out);
          }
        } catch (IOException e) {
          throw failed(file, e);
        }
      }
      int i = 0;
      for (Path file : files.keySet()) {
        Path temporary = temporaries.get(i++);
        try {
          move(temporary, file);
        } catch (IOException e) {
          throw failed(file, e);
        }
      }
    } finally {
      for (Path temporary : temporaries) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // the failure being reported matters more than a leftover temporary
        }
      }
    }
  }

  private static void move(Path temporary, Path file) throws IOException {
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static WriteFailedException failed(Path file, IOException cause) {
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      why = fs.getReason();
    }
    return new WriteFailedException(file, "cannot write " + file + " (" + why + "); the earlier " + file.getFileName()
        + ", if any, is unchanged", cause);
  }
}
