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
