package org.liaison.results.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.liaison.engine.RunSpec;
import org.liaison.indicators.Indicator;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
  @TempDir
  Path tmp;

  private Path file;

  @org.junit.jupiter.api.BeforeEach
  void copyScenario() throws Exception {
    file = tmp.resolve("tiny.yaml");
    Files.copy(Path.of(getClass().getResource("/tiny.yaml").toURI()), file);
  }

  private Path run(Path out, long seed, boolean force) throws Exception {
    Scenario s = ScenarioReader.read(file);
    RunDirectory.write(new RunSpec(s, seed, "doctrine", 2), file, out, force, t -> { });
    return out;
  }

  @Test
  void aRunDirectoryHoldsTheEventLogIndicatorsSummaryAndScenario() throws Exception {
    Path out = run(tmp.resolve("run"), 7, false);
    List<String> events = Files.readAllLines(out.resolve(RunDirectory.EVENTS));
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(events.get(0));
    assertEquals("RunStarted", first.get("type").asText());
    assertEquals("type", first.fieldNames().next());
    List<String> csv = Files.readAllLines(out.resolve(RunDirectory.INDICATORS));
    assertTrue(csv.get(0).startsWith("tick,trustInMission,"));
    assertEquals(Indicator.values().length + 1, csv.get(0).split(",").length);
    assertEquals(1 + 48, csv.size());
    JsonNode summary = json.readTree(out.resolve(RunDirectory.SUMMARY).toFile());
    assertEquals("tiny", summary.get("scenario").asText());
    assertEquals(7, summary.get("seed").asLong());
    assertEquals("doctrine", summary.get("policy").asText());
    assertTrue(summary.get("indicators").has("score"));
    assertTrue(Files.exists(out.resolve("tiny.yaml")));
    JsonNode marker = json.readTree(out.resolve(RunDirectory.MARKER).toFile());
    assertEquals(List.of("events.jsonl", "decisions.jsonl", "indicators.csv", "summary.json", "tiny.yaml"),
        java.util.stream.StreamSupport.stream(marker.get("files").spliterator(), false).map(JsonNode::asText).toList());
    assertTrue(Files.readString(out.resolve(RunDirectory.MARKER)).endsWith("]\n}\n"));
  }

  @Test
  void aScenarioFileNamedLikeAnOutputIsCopiedUnderAnotherName() throws Exception {
    Path named = Files.copy(file, tmp.resolve(RunDirectory.EVENTS));
    Path out = tmp.resolve("collide");
    RunDirectory.write(new RunSpec(ScenarioReader.read(named), 7, "doctrine", 1), named, out, false, t -> { });
    assertTrue(Files.readString(out.resolve(RunDirectory.EVENTS)).startsWith("{\"type\":\"RunStarted\""));
    assertEquals(Files.readString(named), Files.readString(out.resolve("scenario-" + RunDirectory.EVENTS)));
    assertEquals("scenario-events.jsonl",
        new ObjectMapper().readTree(out.resolve(RunDirectory.SUMMARY).toFile()).get("scenarioFile").asText());
  }

  @Test
  void theSameSeedWritesAByteIdenticalEventLog() throws Exception {
    Path a = run(tmp.resolve("a"), 11, false);
    Path b = run(tmp.resolve("b"), 11, false);
    assertArrayEquals(Files.readAllBytes(a.resolve(RunDirectory.EVENTS)),
        Files.readAllBytes(b.resolve(RunDirectory.EVENTS)));
  }

  @Test
  void aNonEmptyOutputDirectoryIsNotOverwrittenUnlessForced() throws Exception {
    Path out = run(tmp.resolve("earlier"), 1, false);
    String before = Files.readString(out.resolve(RunDirectory.EVENTS));
    assertThrows(RunDirectory.RefusedException.class, () -> run(out, 2, false));
    assertEquals(before, Files.readString(out.resolve(RunDirectory.EVENTS)));
    run(out, 2, true);
    assertEquals(2, new ObjectMapper().readTree(out.resolve(RunDirectory.SUMMARY).toFile()).get("seed").asLong());
    try (var s = Files.list(tmp)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".earlier")), "temporary or lock left behind");
    }
  }

  @Test
  void forceNeverReplacesADirectoryWithFilesLiaisonDidNotWrite() throws Exception {
    Path foreign = tmp.resolve("scenarios");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("keep.yaml"), "precious");
    RunDirectory.RefusedException e = assertThrows(RunDirectory.RefusedException.class, () -> run(foreign, 1, true));
    assertTrue(e.getMessage().contains("is not an earlier run"), e.getMessage());
    assertEquals("precious", Files.readString(foreign.resolve("keep.yaml")));

    Path earlier = run(tmp.resolve("earlier"), 1, false);
    Files.writeString(earlier.resolve("notes.txt"), "mine");
    e = assertThrows(RunDirectory.RefusedException.class, () -> run(earlier, 1, true));
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    assertEquals("mine", Files.readString(earlier.resolve("notes.txt")));
  }

  @Test
  void forceRefusesAFileTheRootAndAParentReachedThroughDotDot() throws Exception {
    Path file = tmp.resolve("results.txt");
    Files.writeString(file, "precious");
    RunDirectory.RefusedException e = assertThrows(RunDirectory.RefusedException.class, () -> run(file, 1, true));
    assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    assertEquals("precious", Files.readString(file));

    Path root = tmp.getRoot();
    e = assertThrows(RunDirectory.RefusedException.class, () -> run(root, 1, true));
    assertTrue(e.getMessage().contains("root"), e.getMessage());

    Path a = tmp.resolve("a");
    Files.createDirectories(a.resolve("b"));
    Files.writeString(a.resolve("data.csv"), "precious");
    assertThrows(RunDirectory.RefusedException.class, () -> run(a.resolve("b").resolve(".."), 1, true));
    assertEquals("precious", Files.readString(a.resolve("data.csv")));
  }

  @Test
  void forceRefusesTheCurrentDirectoryAndItsParents() {
    for (Path dir : List.of(Path.of("."), Path.of(".."), Path.of("").toAbsolutePath())) {
      RunDirectory.RefusedException e = assertThrows(RunDirectory.RefusedException.class, () -> run(dir, 1, true));
      assertTrue(e.getMessage().contains("current directory"), e.getMessage());
    }
  }

  @Test
  void ofConcurrentForcedRunsIntoOneDirectoryExactlyOneWritesIt() throws Exception {
    Path out = run(tmp.resolve("shared"), 1, false);
    int runs = 4;
    java.util.concurrent.CountDownLatch refused = new java.util.concurrent.CountDownLatch(runs - 1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(runs);
    List<java.util.concurrent.Future<Long>> results = new java.util.ArrayList<>();
    Scenario s = ScenarioReader.read(file);
    for (int i = 0; i < runs; i++) {
      long seed = 100 + i;
      results.add(pool.submit(() -> {
        try {
          // the run that writes waits (inside its run) until the others have been refused
          RunDirectory.write(new RunSpec(s, seed, "doctrine", 2), file, out, true, t -> {
            if (t == 1) {
              try {
                refused.await(20, java.util.concurrent.TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          });
          return seed;
        } catch (RunDirectory.RefusedException e) {
          assertTrue(e.getMessage().contains("another liaison run is writing"), e.getMessage());
          refused.countDown();
          return -1L;
        }
      }));
    }
    List<Long> written = new java.util.ArrayList<>();
    for (var f : results) {
      long seed = f.get();
      if (seed >= 0) {
        written.add(seed);
      }
    }
    pool.shutdown();
    assertEquals(1, written.size(), "runs that reported writing " + out);
    assertEquals(written.get(0), new ObjectMapper().readTree(out.resolve(RunDirectory.SUMMARY).toFile()).get("seed").asLong());
    try (var listing = Files.list(tmp)) {
      assertTrue(listing.noneMatch(p -> p.getFileName().toString().startsWith(".shared")), "temporary or lock left behind");
    }
  }

  @Test
  void numbersInTheCsvHaveAtMostSixDecimals() {
    assertEquals("0.333333", IndicatorCsvWriter.format(1.0 / 3));
    assertEquals("12", IndicatorCsvWriter.format(12.0));
    assertEquals("0.5", IndicatorCsvWriter.format(0.5));
  }

  @Test
  void indicatorsRecomputedFromTheEventLogAloneMatchTheRun() throws Exception {
    Path out = run(tmp.resolve("replay"), 3, false);
    Scenario s = ScenarioReader.read(file);
    org.liaison.indicators.IndicatorTracker tracker = new org.liaison.indicators.IndicatorTracker(s);
    java.util.List<org.liaison.events.EngineEvent> events = new java.util.ArrayList<>();
    EventLogReader.read(out.resolve(RunDirectory.EVENTS), e -> {
      events.add(e);
      tracker.on(e);
    });
    JsonNode summary = new ObjectMapper().readTree(out.resolve(RunDirectory.SUMMARY).toFile());
    for (Indicator i : Indicator.values()) {
      JsonNode written = summary.get("indicators").get(i.key());
      if (written.isNull()) {
        assertTrue(Double.isNaN(tracker.value(i)), i.key() + " is null in the summary only when not observed");
      } else {
        assertEquals(written.asDouble(), tracker.value(i), 1e-9, i.key());
      }
    }
    java.io.StringWriter again = new java.io.StringWriter();
    EventLogWriter writer = new EventLogWriter(again);
    events.forEach(writer::on);
    writer.finished(null);
    assertEquals(Files.readString(out.resolve(RunDirectory.EVENTS)), again.toString());
  }
}
