package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped from outside (Ctrl-C, kill) leaves no temporary folder behind. */
class InterruptedRunTest {
  @TempDir
  Path dir;

  private Path slowScenario() throws IOException {
    String valid;
    try (InputStream in = InterruptedRunTest.class.getResourceAsStream("valid.yaml")) {
      valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder actors = new StringBuilder("actors:\n");
    for (int i = 0; i < 450; i++) {
      actors.append("  - {id: group").append(i).append(", name: Group ").append(i).append(", kind: COMMUNITY_GROUP,")
          .append(" homeZone: village, mandate: {tasks: [MONITOR]}, communication: {languages: [so], media: [MOBILE]},")
          .append(" dispositions: {}}\n");
    }
    return Files.writeString(dir.resolve("slow.yaml"), valid.replace("actors:\n", actors.toString())
        .replaceFirst("durationDays: \\d+", "durationDays: 365"));
  }

  private List<Path> leftovers(Path parent) throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.filter(p -> p.getFileName().toString().contains(".tmp-")).toList();
    }
  }

  @Test
  void aTerminatedRunRemovesItsTemporaryFolder() throws Exception {
    Path scenario = slowScenario();
    Path parent = Files.createDirectories(dir.resolve("runs"));
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", scenario.toString(),
        "--out", parent.resolve("out").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (leftovers(parent).isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Assumptions.assumeTrue(run.isAlive() && !leftovers(parent).isEmpty(),
        () -> "the run ended before it could be stopped: " + readLog());
    run.destroy();
    Assumptions.assumeTrue(run.waitFor(60, TimeUnit.SECONDS));
    assertEquals(List.of(), leftovers(parent), this::readLog);
    assertEquals(false, Files.exists(parent.resolve("out")), "a stopped run must not leave a run directory");
  }

  private String readLog() {
    try {
      return Files.readString(dir.resolve("log.txt"));
    } catch (IOException e) {
      return "";
    }
  }
}
