package org.liaison.net.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.liaison.results.run.RunDirectory;

/**
 * The directory an exercise server writes: its files, and the marker that says the server wrote
 * them. {@code serve --force} may replace only such a directory, so a directory of the user's own
 * (or another program's, or a headless run's) is never emptied by mistake.
 */
public final class ExerciseDirectory {
  /** Present in every exercise directory; lists the files the server may write there. */
  public static final String MARKER = ".liaison-exercise";
  /** Every file an exercise server writes into its directory. */
  static final List<String> FILES = List.of(RunDirectory.EVENTS, RunDirectory.DECISIONS, Journal.FILE,
      ServerSave.FILE, ServerSave.FILE + ".tmp", Review.FILE);

  private ExerciseDirectory() {}

  /**
   * Makes sure a new exercise may be written into the directory: it does not exist, is empty, or
   * (with force) holds an earlier exercise and nothing else, whose files are then deleted.
   *
   * @throws RunDirectory.RefusedException naming the directory and why it cannot be used
   */
  public static void prepare(Path dir, boolean force) throws IOException {
    if (dir.toAbsolutePath().normalize().getParent() == null) {
      throw new RunDirectory.RefusedException(dir + " is the root of the file system; give a new or empty directory");
    }
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new RunDirectory.RefusedException(dir + " is a file, not a directory; give a new or empty directory");
    }
    if (Path.of("").toAbsolutePath().toRealPath().startsWith(dir.toRealPath())) {
      throw new RunDirectory.RefusedException(dir + " is the current directory or contains it; give a new or empty "
          + "directory");
    }
    if (!RunDirectory.existsNonEmpty(dir)) {
      return;
    }
    if (!force) {
      throw new RunDirectory.RefusedException(dir + ": exercise directory exists and is not empty; use --force to "
          + "replace an earlier exercise written there, or --resume");
    }
    String foreign = foreignEntry(dir);
    if (foreign != null) {
      throw new RunDirectory.RefusedException(dir + " is not an earlier exercise (" + foreign + "); --force replaces "
          + "only a directory written by liaison serve, so give a new or empty directory");
    }
    for (String name : FILES) {
      Files.deleteIfExists(dir.resolve(name));
    }
  }

  /** Marks the directory as an exercise's, if it is not yet. */
  static void mark(Path dir) throws IOException {
    Path marker = dir.resolve(MARKER);
    if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
      Files.writeString(marker, "{\"writtenBy\": \"liaison serve\", \"files\": [\"" + String.join("\", \"", FILES)
          + "\"]}\n", StandardCharsets.UTF_8);
    }
  }

  /** Why the directory is not wholly an earlier exercise's, or null when it is. */
  private static String foreignEntry(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return "it has no " + MARKER;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (!(name.equals(MARKER) || FILES.contains(name)) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          return "it holds " + name + ", which liaison serve did not write";
        }
      }
    }
    return null;
  }
}
