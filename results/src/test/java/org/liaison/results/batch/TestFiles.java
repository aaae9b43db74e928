package org.liaison.results.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Writes test scenarios and experiment files into a temporary directory. */
final class TestFiles {
  private TestFiles() {}

  /** Copies the test scenarios into {@code dir} and writes {@code experiment.yaml} with {@code text}. */
  static Path experiment(Path dir, String text) throws IOException {
    copyScenario(dir, "minimal.yaml");
    copyScenario(dir, "second.yaml");
    Path file = dir.resolve("experiment.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static Path copyScenario(Path dir, String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = Objects.requireNonNull(TestFiles.class.getResourceAsStream("/scenarios/" + name), name)) {
      Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
