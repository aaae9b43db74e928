package org.liaison.results.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunResult;
import org.liaison.engine.RunSpec;

/**
 * Runs a scenario headless into a run directory: {@code events.jsonl}, {@code decisions.jsonl}
 * (the decision log, which {@code replay:FILE} replays), {@code indicators.csv},
 * {@code summary.json} and a copy of the scenario file as run.
 *
 * <p>Everything is written to a hidden temporary directory beside the target and moved into
 * place only when the run has finished, so a failed run leaves nothing half-written and an
 * existing run is replaced (with force) only by a complete one.
 */
public final class RunDirectory {
  public static final String EVENTS = "events.jsonl";
  public static final String INDICATORS = "indicators.csv";
  public static final String SUMMARY = "summary.json";
  public static final String DECISIONS = "decisions.jsonl";

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
   * @throws FileAlreadyExistsException if out exists, is not empty and force is false (checked
   *     before the run starts)
   */
  public static RunResult write(RunSpec spec, Path scenarioFile, Path out, boolean force,
      LongConsumer progress) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (!force && existsNonEmpty(target)) {
      throw new FileAlreadyExistsException(out.toString(), null,
          "output directory exists and is not empty; use --force to replace it");
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
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
      String copyName = scenarioFile == null ? null : copyName(scenarioFile.getFileName().toString());
      if (scenarioFile != null) {
        Files.copy(scenarioFile, temp.resolve(copyName));
      }
      Files.writeString(temp.resolve(SUMMARY), Summary.json(spec, result, copyName), StandardCharsets.UTF_8);
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
