package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** liaison run writes decisions.jsonl; --replay reproduces the run; --rules reports file:line:column. */
class RunCommandReplayTest {
  @TempDir
  Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result liaison(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private static final String SCENARIO = Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml").toString();

  @Test
  void aRunReplayedFromItsDecisionLogHasAByteIdenticalEventLog() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    assertEquals(0, liaison("run", SCENARIO, "--seed", "9", "--days", "5", "--policy", "doctrine", "--out", first.toString()).code());
    Path log = first.resolve("decisions.jsonl");
    Result r = liaison("run", SCENARIO, "--seed", "9", "--days", "5", "--replay", log.toString(), "--out", second.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("policy doctrine"), r.out());
    assertArrayEquals(Files.readAllBytes(first.resolve("events.jsonl")), Files.readAllBytes(second.resolve("events.jsonl")));
  }

  @Test
  void aReplayWithAnotherSeedIsRefusedNamingTheLogsSeed() throws Exception {
    Path first = tmp.resolve("first");
    liaison("run", SCENARIO, "--seed", "9", "--days", "2", "--policy", "random", "--out", first.toString());
    Result r = liaison("run", SCENARIO, "--seed", "10", "--days", "2", "--replay", first.resolve("decisions.jsonl").toString(),
        "--out", tmp.resolve("x").toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertTrue(r.err().contains("--seed 9"), r.err());
  }

  @Test
  void aReplayRunsTheDaysOfItsLogAndRefusesOthers() throws Exception {
    Path first = tmp.resolve("first");
    long seed = (1L << 33) + 9;
    assertEquals(0, liaison("run", SCENARIO, "--seed", Long.toString(seed), "--days", "3", "--policy", "doctrine",
        "--out", first.toString()).code());
    Path log = first.resolve("decisions.jsonl");
    Path second = tmp.resolve("second");
    Result r = liaison("run", SCENARIO, "--replay", log.toString(), "--out", second.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("seed " + seed + ", policy doctrine, 3 days"), r.out());
    assertArrayEquals(Files.readAllBytes(first.resolve("events.jsonl")), Files.readAllBytes(second.resolve("events.jsonl")));
    assertTrue(Files.readString(first.resolve("events.jsonl")).startsWith("{\"type\":\"RunStarted\""));
    assertTrue(Files.readString(first.resolve("events.jsonl")).lines().findFirst().orElseThrow().contains("\"seed\":" + seed));
    assertTrue(Files.readString(first.resolve("summary.json")).contains("\"seed\" : " + seed));

    r = liaison("run", SCENARIO, "--replay", log.toString(), "--days", "4", "--out", tmp.resolve("x").toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertTrue(r.err().contains("3-day run"), r.err());
  }

  @Test
  void daysBeyondTheFormatsLimitAreRefused() {
    Result r = liaison("run", SCENARIO, "--days", "89478486", "--out", tmp.resolve("x").toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertTrue(r.err().contains("--days must be from 1 to 365"), r.err());
    assertTrue(!Files.exists(tmp.resolve("x")));
  }

  @Test
  void forceRefusesTheFilesOfOthersWithExitCode2() throws Exception {
    Path scenarios = tmp.resolve("scenarios");
    Files.createDirectories(scenarios);
    Path mine = scenarios.resolve("mine.yaml");
    Files.copy(Path.of(SCENARIO), mine);
    Result r = liaison("run", mine.toString(), "--days", "1", "--out", scenarios.toString(), "--force");
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertTrue(r.err().contains("is not an earlier run"), r.err());
    assertTrue(Files.exists(mine));
    Path file = tmp.resolve("file.txt");
    Files.writeString(file, "keep");
    r = liaison("run", mine.toString(), "--days", "1", "--out", file.toString(), "--force");
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertEquals("keep", Files.readString(file));
  }

  @Test
  void aRuleFileWithAnErrorIsReportedWithFileLineAndColumn() throws Exception {
    Path rules = tmp.resolve("rules.yaml");
    Files.writeString(rules, "rules:\n  - prefer: [MEDIATON]\n");
    Result r = liaison("run", SCENARIO, "--rules", rules.toString(), "--out", tmp.resolve("x").toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertTrue(r.err().startsWith(rules + ":2:"), r.err());
    assertTrue(r.err().contains("MEDIATION"), r.err());
  }

  @Test
  void theRandomPolicyRunsFromTheCommandLine() {
    Result r = liaison("run", SCENARIO, "--days", "2", "--policy", "random", "--out", tmp.resolve("r").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("policy random"));
  }

  @Test
  void anUnknownPolicyListsTheValidOnes() {
    Result r = liaison("run", SCENARIO, "--policy", "greedy", "--out", tmp.resolve("r").toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code());
    assertTrue(r.err().contains("none, doctrine, random, rules:FILE, replay:FILE"), r.err());
  }
}
