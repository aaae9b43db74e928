package org.liaison.results.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.FileAlreadyExistsException;
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
    Path out = tmp.resolve("taken");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "precious");
    assertThrows(FileAlreadyExistsException.class, () -> run(out, 1, false));
    assertEquals("precious", Files.readString(out.resolve("keep.txt")));
    run(out, 1, true);
    assertTrue(Files.exists(out.resolve(RunDirectory.SUMMARY)));
    assertTrue(!Files.exists(out.resolve("keep.txt")));
    try (var s = Files.list(tmp)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".taken")), "temporary left behind");
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
      assertEquals(summary.get("indicators").get(i.key()).asDouble(), tracker.value(i), 1e-9, i.key());
    }
    java.io.StringWriter again = new java.io.StringWriter();
    EventLogWriter writer = new EventLogWriter(again);
    events.forEach(writer::on);
    writer.finished(null);
    assertEquals(Files.readString(out.resolve(RunDirectory.EVENTS)), again.toString());
  }
}
