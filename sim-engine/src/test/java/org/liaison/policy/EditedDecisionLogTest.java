package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.liaison.engine.HeadlessRun;
import org.liaison.engine.RunListener;
import org.liaison.engine.RunSpec;
import org.liaison.engine.TestScenarios;
import org.liaison.events.EngineEvent;
import org.liaison.exercise.DecisionLogRecorder;
import org.liaison.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replay is exact or refused with a located error: edited, truncated and foreign logs. */
class EditedDecisionLogTest {
  private static final long BIG_SEED = (1L << 40) + 3;

  @TempDir
  Path tmp;

  private record Logged(List<EngineEvent> events, DecisionLog log) {}

  private static Logged run(Scenario s, long seed, DecisionMaker maker, Integer days) {
    List<EngineEvent> events = new ArrayList<>();
    DecisionLogRecorder recorder = new DecisionLogRecorder();
    RunListener eventRecorder = events::add;
    HeadlessRun.run(new RunSpec(s, seed, "none", days), maker, List.of(eventRecorder, recorder), t -> { });
    return new Logged(events, recorder.log());
  }

  private static DecisionLog read(String text) throws IOException {
    return DecisionLog.read(new StringReader(text), "decisions.jsonl");
  }

  private static List<String> lines(DecisionLog log) {
    return new ArrayList<>(log.toJsonLines().lines().toList());
  }

  private static int firstLine(List<String> lines, String fragment) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + fragment);
  }

  @Test
  void aLogWithASeedAbove2To32ReplaysExactly() throws IOException {
    Scenario s = TestScenarios.load("two-villages");
    Logged original = run(s, BIG_SEED, new DoctrinePolicy(), null);
    DecisionLog read = read(original.log().toJsonLines());
    assertEquals(BIG_SEED, read.header().seed());
    assertEquals(s.metadata().durationDays(), read.header().days());
    assertEquals(original.events(), run(s, BIG_SEED, new ReplayDecisions(read), null).events());
  }

  @Test
  void aHeaderWithoutSeedOrDaysIsRefusedOnItsLine() {
    Scenario s = TestScenarios.load("two-villages");
    List<String> lines = lines(run(s, 3, new DoctrinePolicy(), 2).log());
    String header = lines.get(0);
    lines.set(0, header.replaceAll(",\"seed\":\\d+", ""));
    var e = assertThrows(DecisionLog.InvalidLogException.class, () -> read(String.join("\n", lines)));
    assertTrue(e.getMessage().startsWith("decisions.jsonl:1: the header has no seed"), e.getMessage());
    lines.set(0, header.replace(",\"days\":2", ""));
    e = assertThrows(DecisionLog.InvalidLogException.class, () -> read(String.join("\n", lines)));
    assertTrue(e.getMessage().startsWith("decisions.jsonl:1: the header has no days"), e.getMessage());
    lines.set(0, header.replace("\"seed\":3", "\"seed\":\"3\""));
    e = assertThrows(DecisionLog.InvalidLogException.class, () -> read(String.join("\n", lines)));
    assertTrue(e.getMessage().contains("seed"), e.getMessage());
  }

  @Test
  void aDailyEntryMovedToAnotherTickIsRefusedOnItsLine() {
    Scenario s = TestScenarios.load("two-villages");
    List<String> lines = lines(run(s, 3, new DoctrinePolicy(), 3).log());
    int daily = firstLine(lines, "\"phase\":\"daily\"");
    String moved = lines.get(daily).replaceFirst("\"tick\":\\d+", "\"tick\":5");
    lines.set(daily, moved);
    var e = assertThrows(DecisionLog.InvalidLogException.class, () -> read(String.join("\n", lines)));
    assertTrue(e.getMessage().startsWith("decisions.jsonl:" + (daily + 1) + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("another tick"), e.getMessage());
  }

  @Test
  void aChoiceMovedToAnotherTickIsRefusedByTheReplay() throws IOException {
    Scenario s = TestScenarios.load("desk");
    Logged original = run(s, 3, new DoctrinePolicy(), null);
    List<String> lines = lines(original.log());
    int point = firstLine(lines, "\"phase\":\"point\"");
    DecisionLog.Entry entry = original.log().entries().get(point - 1);
    long later = entry.tick() + 1;
    // move the choice one hour later, consistently, and every entry after it with it
    for (int i = point; i < lines.size(); i++) {
      DecisionLog.Entry e = original.log().entries().get(i - 1);
      if (e.completed() == entry.completed()) {
        lines.set(i, lines.get(i).replace("\"completed\":" + e.completed() + ",\"tick\":" + e.tick(),
            "\"completed\":" + later + ",\"tick\":" + later));
      }
    }
    DecisionLog edited = read(String.join("\n", lines));
    var e = assertThrows(ReplayDivergedException.class, () -> run(s, 3, new ReplayDecisions(edited), null));
    assertTrue(e.getMessage().contains("entry " + entry.seq()), e.getMessage());
  }

  @Test
  void aReplayThatEndsBeforeItsLogIsRefused() throws IOException {
    Scenario s = TestScenarios.load("two-villages");
    DecisionLog log = run(s, 3, new DoctrinePolicy(), null).log();
    DecisionLog.Entry last = log.entries().get(log.entries().size() - 1);
    int days = (int) (last.tick() / 24);
    var e = assertThrows(ReplayDivergedException.class, () -> run(s, 3, new ReplayDecisions(log), Math.max(1, days)));
    assertTrue(e.getMessage().contains("the run ended without replaying it"), e.getMessage());
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
    Scenario s = TestScenarios.load("two-villages");
    byte[] good = run(s, 3, new DoctrinePolicy(), 2).log().toJsonLines().getBytes(StandardCharsets.UTF_8);
    int secondNewline = -1;
    for (int i = 0, seen = 0; i < good.length; i++) {
      if (good[i] == '\n' && ++seen == 2) {
        secondNewline = i;
        break;
      }
    }
    byte[] bad = good.clone();
    bad[secondNewline + 3] = (byte) 0xC3; // starts a two-byte sequence that the next ASCII byte does not continue
    Path file = tmp.resolve("decisions.jsonl");
    Files.write(file, bad);
    var e = assertThrows(DecisionLog.InvalidLogException.class, () -> DecisionLog.read(file));
    assertTrue(e.getMessage().startsWith(file + ":3:3: not UTF-8"), e.getMessage());
  }

  @Test
  void inAnotherWorldTheLogIsFollowedWithoutRefusingTheSeed() throws IOException {
    Scenario s = TestScenarios.load("two-villages");
    Logged original = run(s, BIG_SEED, new DoctrinePolicy(), null);
    assertEquals(original.events(), run(s, BIG_SEED, ReplayDecisions.inAnotherWorld(original.log()), null).events());
    Logged other = run(s, BIG_SEED + 1, ReplayDecisions.inAnotherWorld(original.log()), null);
    assertEquals("doctrine", other.log().header().policy());
  }
}
