package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependency rules of the engine, checked on its sources. */
class DependencyRulesTest {
  private static List<Path> sources(String packageDir) throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("src/main/java", packageDir))) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static List<String> offenders(String packageDir, String... forbidden) throws IOException {
    return sources(packageDir).stream().filter(p -> {
      try {
        String text = Files.readString(p);
        return Stream.of(forbidden).anyMatch(f -> text.contains("import " + f));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).map(Path::toString).toList();
  }

  @Test
  void theEngineNeverImportsJavaFx() throws IOException {
    assertEquals(List.of(), offenders("org/liaison", "javafx."));
  }

  @Test
  void trustCommsEventsIndicatorsAndPoliciesDoNotReachIntoTheEngine() throws IOException {
    for (String pkg : List.of("org/liaison/trust", "org/liaison/comms", "org/liaison/events",
        "org/liaison/indicators", "org/liaison/policy")) {
      assertEquals(List.of(), offenders(pkg, "org.liaison.engine"), pkg);
    }
  }
}
