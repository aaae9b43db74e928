package org.liaison.results.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;
import org.liaison.results.io.WriterLock;

/**
 * Runs a scenario headless into a run directory: {@code events.jsonl}, {@code decisions.jsonl}
 * (the decision log, which {@code replay:FILE} replays), {@code indicators.csv},
 * {@code summary.json}, a copy of the scenario file as run, and {@code .liaison-run}, the list of
 * these files.
 *
 * <p>Everything is written to a hidden temporary directory beside the target and moved into
 * place only when the run has finished, so a failed run leaves nothing half-written and an
 * existing run is replaced (with force) only by a complete one.
 *
 * <p><b>What force may replace.</b> Only an earlier run: a directory whose {@code .liaison-run}
 * lists every file in it. A directory with anything else in it, a file, the root, the current
 * directory or one that contains it is refused before the run starts, and checked again just
 * before the replacement. While a run writes, a lock beside the target ({@code .NAME.lock}) makes
 * a second run aimed at the same directory fail at once instead of replacing the first one's
 * result unseen.
 */
public final class RunDirectory {
  public static final String EVENTS = "events.jsonl";
  public static final String INDICATORS = "indicators.csv";
  public static final String SUMMARY = "summary.json";
  public static final String DECISIONS = "decisions.jsonl";
  /** The list of files a run wrote; its presence marks a directory as a run's. */
  public static final String MARKER = ".liaison-run";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The output directory cannot be used; the message names it and says why. */
  public static final class RefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
      super(message);
    }
  }

  private RunDirectory() {}

  /** Whether the directory exists and holds anything. */
  public static boolean existsNonEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Files.exists(dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isPresent();
    }
  }

  /**
   * Runs and writes the directory.
   *
   * @param force replace an earlier run in {@code out}; never anything else
   * @throws RefusedException if out cannot be used (checked before the run starts), or another
   *     run is writing to it
   */
  public static RunResult write(RunSpec spec, Path scenarioFile, Path out, boolean force,
      LongConsumer progress) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    checkTarget(out, target, force);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    WriterLock lock = WriterLock.tryAcquire(parent.resolve("." + target.getFileName() + ".lock"));
    if (lock == null) {
      throw new RefusedException("another liaison run is writing to " + out
          + "; wait for it to finish or give another directory");
    }
    try (lock) {
      checkTarget(out, target, force);
      return writeLocked(spec, scenarioFile, out, target, force, progress);
    }
  }

  private static RunResult writeLocked(RunSpec spec, Path scenarioFile, Path out, Path target, boolean force,
      LongConsumer progress) throws IOException {
    Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
    // Interrupted (Ctrl-C, a kill), the JVM runs shutdown hooks but no finally blocks.
    Thread cleanUp = new Thread(() -> deleteQuietly(temp), "remove " + temp.getFileName());
    Runtime.getRuntime().addShutdownHook(cleanUp);
    try {
      openUp(temp);
      RunResult result;
      try (BufferedWriter events = Files.newBufferedWriter(temp.resolve(EVENTS), StandardCharsets.UTF_8);
          BufferedWriter csv = Files.newBufferedWriter(temp.resolve(INDICATORS), StandardCharsets.UTF_8);
          BufferedWriter decisions = Files.newBufferedWriter(temp.resolve(DECISIONS), StandardCharsets.UTF_8)) {
        result = HeadlessRun.run(spec, List.of(new EventLogWriter(events), new IndicatorCsvWriter(csv),
            new DecisionLogWriter(decisions)), progress);
      }
      List<String> files = new ArrayList<>(List.of(EVENTS, DECISIONS, INDICATORS, SUMMARY));
      String copyName = scenarioFile == null ? null : copyName(scenarioFile.getFileName().toString());
      if (scenarioFile != null) {
        Files.copy(scenarioFile, temp.resolve(copyName));
        files.add(copyName);
      }
      Files.writeString(temp.resolve(SUMMARY), Summary.json(spec, result, copyName), StandardCharsets.UTF_8);
      ObjectNode marker = JSON.createObjectNode();
      marker.put("writtenBy", "liaison run");
      files.forEach(marker.putArray("files")::add);
      Files.writeString(temp.resolve(MARKER), JSON.writeValueAsString(marker).replace("\r\n", "\n") + "\n",
          StandardCharsets.UTF_8);
      checkTarget(out, target, force);
      replace(temp, target);
      return result;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanUp);
      } catch (IllegalStateException shuttingDown) {
        // the hook is already running and removes the directory itself
      }
      if (Files.exists(temp)) {
        deleteTree(temp);
      }
    }
  }

  /** Refuses a target that is not a directory this run may write to or, with force, replace. */
  private static void checkTarget(Path out, Path target, boolean force) throws IOException {
    if (target.getParent() == null) {
      throw new RefusedException(out + " is the root of the file system; give a new or empty directory for the run");
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path real = target.toRealPath();
    if (Path.of("").toAbsolutePath().toRealPath().startsWith(real)) {
      throw new RefusedException(out + " is the current directory or contains it; give a new or empty directory "
          + "for the run");
    }
    if (!Files.isDirectory(target)) {
      throw new RefusedException(out + " is a file, not a directory; give a new or empty directory for the run");
    }
    if (!existsNonEmpty(target)) {
      return;
    }
    if (!force) {
      throw new RefusedException(out + ": output directory exists and is not empty; use --force to replace "
          + "an earlier run written there");
    }
    String foreign = foreignEntry(target);
    if (foreign != null) {
      throw new RefusedException(out + " is not an earlier run (" + foreign + "); --force replaces only a "
          + "directory written by liaison run, so give a new or empty directory");
    }
  }

  /** Why the directory is not wholly an earlier run's, or null when it is. */
  private static String foreignEntry(Path dir) throws IOException {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      return "it has no " + MARKER;
    }
    Set<String> own = new HashSet<>();
    own.add(MARKER);
    try {
      JsonNode files = JSON.readTree(marker.toFile()).path("files");
      files.forEach(f -> own.add(f.asText()));
    } catch (IOException e) {
      return MARKER + " cannot be read";
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (!own.contains(name) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          return "it holds " + name + ", which liaison did not write";
        }
      }
    }
    return null;
  }

  /** The name of the scenario's copy: its own, unless that is the name of an output beside it. */
  static String copyName(String scenarioName) {
    for (String output : List.of(EVENTS, INDICATORS, SUMMARY, DECISIONS)) {
      if (output.equalsIgnoreCase(scenarioName)) {
        return "scenario-" + scenarioName;
      }
    }
    return scenarioName;
  }

  private static void deleteQuietly(Path dir) {
    try {
      if (Files.exists(dir)) {
        deleteTree(dir);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // The JVM is stopping; a leftover temporary directory is all that can remain.
    }
  }

  /** A temporary directory is private; the run directory it becomes should not be. */
  private static void openUp(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException notPosix) {
      // other file systems keep their default permissions
    }
  }

  private static void replace(Path temp, Path target) throws IOException {
    if (Files.exists(target)) {
      Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    } else {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
