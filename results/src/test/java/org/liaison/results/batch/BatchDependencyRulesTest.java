package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The batch layer reaches the engine only through its adapter, so it can be tested without it. */
class BatchDependencyRulesTest {
  private static List<String> importing(String packageDir, String forbidden) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java", packageDir))) {
      return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          return Files.readString(p).contains("import " + forbidden);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void onlyTheEngineAdapterImportsTheEngine() throws IOException {
    assertEquals(List.of("EngineRunExecutor.java"), importing("org/liaison/results/batch", "org.liaison.engine"));
    assertEquals(List.of("EngineRunExecutor.java"), importing("org/liaison/results/batch", "org.liaison.policy"));
  }

  @Test
  void statisticsAndReportsReadFilesAndNeverTheEngine() throws IOException {
    for (String pkg : List.of("org/liaison/results/stats", "org/liaison/results/report")) {
      assertEquals(List.of(), importing(pkg, "org.liaison.engine"), pkg);
      assertEquals(List.of(), importing(pkg, "org.liaison.scenario"), pkg);
    }
  }
}
