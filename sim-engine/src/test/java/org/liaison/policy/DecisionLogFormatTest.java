package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.policy.DecisionLog.Entry;
import org.liaison.policy.DecisionLog.Header;
import org.liaison.policy.DecisionLog.Kind;
import org.liaison.policy.DecisionLog.Phase;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Task;

/** The decision log's text, field by field, and each way a log is refused, with its line. */
class DecisionLogFormatTest {
  private static final Header HEADER = new Header("two-villages", -5L, "doctrine", 8);

  private static final CoordinationAction FULL = new CoordinationAction(ActionType.HOLD_COORDINATION_FORUM, "elders-a",
      "relief", "village-a", List.of("elders-a", "relief"), Medium.MOBILE, "sg", Task.ESCORT, 3);

  private static final String HEAD = "{\"log\":\"liaison-decisions\",\"version\":2,\"scenario\":\"two-villages\","
      + "\"seed\":-5,\"policy\":\"doctrine\",\"days\":8}";

  private static DecisionLog read(String text) throws IOException {
    return DecisionLog.read(new StringReader(text), "log.jsonl");
  }

  private static String refusal(String text) {
    return assertThrows(DecisionLog.InvalidLogException.class, () -> read(text)).getMessage();
  }

  private static String entry(int seq, long completed, long tick, String phase, String kind, String rest) {
    return "{\"seq\":" + seq + ",\"completed\":" + completed + ",\"tick\":" + tick + ",\"phase\":\"" + phase
        + "\",\"kind\":\"" + kind + "\"" + rest + ",\"taken\":true}";
  }

  @Test
  void everyFieldIsWrittenInItsOrderAndNullOnesAreLeftOut() {
    DecisionLog log = new DecisionLog(HEADER, List.of(
        new Entry(1, 0, 0, Phase.DAILY, "policy", Kind.ACTION, null, null, null, FULL, false, "no budget"),
        new Entry(2, 30, 30, Phase.POINT, "commander", Kind.CHOICE, "dp-1", "wait", "Ana", null, true, null),
        new Entry(3, 30, 30, Phase.OPTION, null, Kind.ACTION, "dp-1", null, null,
            new CoordinationAction(ActionType.SHARE_INFORMATION, "elders-a", null, null, List.of(), null, null, null,
                null), true, null)));
    assertEquals(HEAD + "\n"
        + "{\"seq\":1,\"completed\":0,\"tick\":0,\"phase\":\"daily\",\"role\":\"policy\",\"kind\":\"action\","
        + "\"action\":{\"type\":\"HOLD_COORDINATION_FORUM\",\"target\":\"elders-a\",\"via\":\"relief\",\"zone\":\"village-a\","
        + "\"members\":[\"elders-a\",\"relief\"],\"medium\":\"MOBILE\",\"language\":\"sg\",\"task\":\"ESCORT\",\"units\":3},"
        + "\"taken\":false,\"reason\":\"no budget\"}\n"
        + "{\"seq\":2,\"completed\":30,\"tick\":30,\"phase\":\"point\",\"role\":\"commander\",\"kind\":\"choice\","
        + "\"point\":\"dp-1\",\"option\":\"wait\",\"by\":\"Ana\",\"taken\":true}\n"
        + "{\"seq\":3,\"completed\":30,\"tick\":30,\"phase\":\"option\",\"kind\":\"action\",\"point\":\"dp-1\","
        + "\"action\":{\"type\":\"SHARE_INFORMATION\",\"target\":\"elders-a\"},\"taken\":true}\n",
        log.toJsonLines());
  }

  @Test
  void whatIsWrittenIsReadBackEqual(@TempDir Path dir) throws IOException {
    DecisionLog log = new DecisionLog(HEADER, List.of(
        new Entry(1, 0, 0, Phase.DAILY, "policy", Kind.ACTION, null, null, null, FULL, false, "no budget"),
        new Entry(2, 30, 30, Phase.POINT, "commander", Kind.CHOICE, "dp-1", "wait", "Ana", null, true, null),
        new Entry(3, 31, 30, Phase.DESK, "commander", Kind.CHOICE, "dp-2", "go", "Ana", null, false, "late")));
    Path file = dir.resolve("d.jsonl");
    log.write(file);
    assertEquals(log, DecisionLog.read(file));
    assertEquals(log, read(log.toJsonLines().replace("\n", "\r\n")));
    assertEquals(List.of(log.entries().get(1)), log.choices(), "choices are the choices taken");
  }

  @Test
  void aLogOfVersionOneHasNoDays() throws IOException {
    DecisionLog log = read("{\"log\":\"liaison-decisions\",\"version\":1,\"scenario\":\"s\",\"seed\":3,\"policy\":\"p\"}\n"
        + "\n" + entry(1, 0, 0, "daily", "action", ",\"action\":{\"type\":\"SHARE_INFORMATION\",\"target\":\"x\"}"));
    assertNull(log.header().days());
    assertEquals(1, log.entries().size());
    assertEquals("{\"log\":\"liaison-decisions\",\"version\":2,\"scenario\":\"s\",\"seed\":3,\"policy\":\"p\"}",
        log.toJsonLines().lines().findFirst().orElseThrow(), "a log without days is written without them");
  }

  @Test
  void theHeaderIsCheckedOnLineOne() {
    assertEquals("log.jsonl: empty decision log", refusal(""));
    assertEquals("log.jsonl: empty decision log", refusal("\n  \n"));
    assertEquals("log.jsonl:1: not a decision log (the first line must have \"log\":\"liaison-decisions\")",
        refusal("{\"log\":\"other\"}"));
    assertEquals("log.jsonl:1: unsupported version 3 (this program reads 1 and 2)",
        refusal("{\"log\":\"liaison-decisions\",\"version\":3}"));
    assertEquals("log.jsonl:1: unsupported version (none) (this program reads 1 and 2)",
        refusal("{\"log\":\"liaison-decisions\"}"));
    assertEquals("log.jsonl:1: the header has the seed 1.5; a decision log records the run's seed, a whole number from "
        + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
        refusal("{\"log\":\"liaison-decisions\",\"version\":2,\"seed\":1.5}"));
    String days = "; a decision log records the run's length in days, a whole number from 1 to "
        + org.liaison.scenario.Metadata.MAX_DURATION_DAYS;
    assertEquals("log.jsonl:1: the header has the days 0" + days,
        refusal("{\"log\":\"liaison-decisions\",\"version\":2,\"seed\":1,\"days\":0}"));
    assertEquals("log.jsonl:1: the header has the days " + (org.liaison.scenario.Metadata.MAX_DURATION_DAYS + 1) + days,
        refusal("{\"log\":\"liaison-decisions\",\"version\":2,\"seed\":1,\"days\":"
            + (org.liaison.scenario.Metadata.MAX_DURATION_DAYS + 1) + "}"));
    assertEquals("log.jsonl:1: the header has no scenario; a decision log names the run's scenario",
        refusal("{\"log\":\"liaison-decisions\",\"version\":2,\"seed\":1,\"days\":1,\"scenario\":\"\",\"policy\":\"p\"}"));
    assertEquals("log.jsonl:1: the header has no policy; a decision log names the run's policy",
        refusal("{\"log\":\"liaison-decisions\",\"version\":2,\"seed\":1,\"days\":1,\"scenario\":\"s\"}"));
  }

  @Test
  void linesThatAreNotJsonObjectsAreRefusedWithTheirNumber() {
    assertEquals("log.jsonl:3: not a JSON object; each line of a decision log is one",
        refusal(HEAD + "\n\n[1, 2]"));
    String broken = refusal(HEAD + "\n{\"seq\":");
    assertEquals("log.jsonl:2: not a JSON object: ", broken.substring(0, "log.jsonl:2: not a JSON object: ".length()));
  }

  @Test
  void aLineThatIsNotJsonIsSaidByTheCodeOfJacksonsProblem() {
    DecisionLog.InvalidLogException e = assertThrows(DecisionLog.InvalidLogException.class,
        () -> read(HEAD + "\n{\"seq\": 1,}"));
    org.liaison.scenario.read.ProblemText notJson = (org.liaison.scenario.read.ProblemText) e.text().args().get(2);
    assertEquals(org.liaison.scenario.read.ProblemCode.LOG_NOT_JSON, notJson.code());
    assertEquals(org.liaison.scenario.read.ProblemCode.JSON_EXPECTED_KEY_QUOTE,
        ((org.liaison.scenario.read.ProblemText) notJson.args().get(0)).code());
    assertEquals("log.jsonl:2: not a JSON object: Unexpected character ('}'): was expecting double-quote to start field"
        + " name", e.getMessage());
  }

  @Test
  void anActionOfAnUnknownTypeMediumOrTaskNamesTheValuesAllowed() {
    assertEquals("log.jsonl:2: action type 'PARADE' is unknown; allowed: " + String.join(", ",
        java.util.Arrays.stream(ActionType.values()).map(Enum::name).toList()),
        refusal(HEAD + "\n" + entry(1, 0, 0, "daily", "action", ",\"action\":{\"type\":\"PARADE\"}")));
    assertEquals("log.jsonl:2: action medium 'PIGEON' is unknown; allowed: " + String.join(", ",
        java.util.Arrays.stream(Medium.values()).map(Enum::name).toList()),
        refusal(HEAD + "\n" + entry(1, 0, 0, "daily", "action",
            ",\"action\":{\"type\":\"OPEN_CHANNEL\",\"medium\":\"PIGEON\"}")));
    assertEquals(org.liaison.scenario.read.ProblemCode.LOG_UNKNOWN_ACTION_VALUE,
        ((org.liaison.scenario.read.ProblemText) assertThrows(DecisionLog.InvalidLogException.class, () -> read(HEAD
            + "\n" + entry(1, 0, 0, "daily", "action", ",\"action\":{\"type\":\"DEPLOY_UNITS\",\"task\":\"DANCE\"}")))
            .text().args().get(2)).code());
  }

  @Test
  void entriesAreNumberedFromOneInTheOrderTheyHappened() {
    assertEquals("log.jsonl:2: entry numbered 2 where 1 follows; entries are numbered 1, 2, 3, ... in the order they happened",
        refusal(HEAD + "\n" + entry(2, 0, 0, "daily", "action", "")));
    assertEquals("log.jsonl:3: entry numbered 3 where 2 follows; entries are numbered 1, 2, 3, ... in the order they happened",
        refusal(HEAD + "\n" + entry(1, 0, 0, "daily", "action", "") + "\n" + entry(3, 0, 0, "daily", "action", "")));
    assertEquals("log.jsonl:3: entry 2 happened after 3 ticks, before entry 1 (after 5); entries are in the order they happened",
        refusal(HEAD + "\n" + entry(1, 5, 5, "point", "choice", "") + "\n" + entry(2, 3, 3, "point", "choice", "")));
  }

  @Test
  void anEntryMustLieWithinTheRunAtTheTickItsPhaseImplies() throws IOException {
    assertEquals("log.jsonl:2: entry 1 at tick 192 lies after the end of the 8-day run",
        refusal(HEAD + "\n" + entry(1, 192, 192, "point", "choice", "")));
    assertEquals(1, read(HEAD + "\n" + entry(1, 192, 191, "desk", "choice", "")).entries().size(),
        "a desk entry after the last tick is still in the run");
    assertEquals("log.jsonl:2: entry 1 at tick 192 lies after the end of the 8-day run",
        refusal(HEAD + "\n" + entry(1, 193, 192, "desk", "choice", "")));
    assertEquals("log.jsonl:2: entry 1 has tick 4 but was made between ticks after 4 ticks, whose tick is 3; "
        + "an entry cannot be moved to another tick", refusal(HEAD + "\n" + entry(1, 4, 4, "desk", "choice", "")));
    assertEquals(0, read(HEAD + "\n" + entry(1, 0, 0, "desk", "choice", "")).entries().get(0).tick(),
        "a desk entry before the first tick has tick 0");
    assertEquals("log.jsonl:2: entry 1 has tick 4 but was made during tick 5; an entry cannot be moved to another tick",
        refusal(HEAD + "\n" + entry(1, 5, 4, "point", "choice", "")));
    assertEquals("log.jsonl:2: entry 1 is a daily action at tick 5; daily actions are taken at the start of a day "
        + "(a tick divisible by 24)", refusal(HEAD + "\n" + entry(1, 5, 5, "daily", "action", "")));
    assertEquals(1, read(HEAD + "\n" + entry(1, 48, 48, "daily", "action", "")).entries().size());
  }

  @Test
  void anOptionsActionFollowsItsChoiceAtTheSameTick() throws IOException {
    String choice = entry(1, 5, 5, "point", "choice", ",\"point\":\"dp-1\",\"option\":\"go\"");
    assertEquals(2, read(HEAD + "\n" + choice + "\n" + entry(2, 5, 5, "option", "action", ",\"point\":\"dp-1\""))
        .entries().size());
    String refused = "log.jsonl:3: entry 2 is an action of an option of dp-1 but does not follow that choice at its tick; "
        + "an option's actions follow the choice";
    assertEquals(refused, refusal(HEAD + "\n" + choice + "\n" + entry(2, 6, 6, "option", "action", ",\"point\":\"dp-1\"")));
    assertEquals(refused, refusal(HEAD + "\n" + choice + "\n" + entry(2, 5, 6, "option", "action", ",\"point\":\"dp-1\"")));
    assertEquals(refused.replace("dp-1", "dp-2"),
        refusal(HEAD + "\n" + choice + "\n" + entry(2, 5, 5, "option", "action", ",\"point\":\"dp-2\"")));
    assertEquals(refused.replace(":3:", ":2:").replace("entry 2", "entry 1"),
        refusal(HEAD + "\n" + entry(1, 5, 5, "option", "action", ",\"point\":\"dp-1\"")));
  }

  @Test
  void anEntrysFieldsAreChecked() {
    assertEquals("log.jsonl:2: entry with \"seq\": -1; it must be a whole number from 0 to 2147483647",
        refusal(HEAD + "\n" + entry(-1, 0, 0, "daily", "action", "")));
    assertEquals("log.jsonl:2: entry without \"tick\"; it must be a whole number from 0 to " + Long.MAX_VALUE,
        refusal(HEAD + "\n{\"seq\":1,\"completed\":0,\"phase\":\"daily\",\"kind\":\"action\",\"taken\":true}"));
    assertEquals("log.jsonl:2: entry without \"taken\": true or false",
        refusal(HEAD + "\n{\"seq\":1,\"completed\":0,\"tick\":0,\"phase\":\"daily\",\"kind\":\"action\",\"taken\":\"yes\"}"));
    assertEquals("log.jsonl:2: unknown phase 'later'; allowed: daily, point, option, desk",
        refusal(HEAD + "\n" + entry(1, 0, 0, "later", "action", "")));
    assertEquals("log.jsonl:2: unknown kind 'wish'; allowed: action, choice",
        refusal(HEAD + "\n" + entry(1, 0, 0, "daily", "wish", "")));
    assertEquals("log.jsonl:2: entry without kind",
        refusal(HEAD + "\n{\"seq\":1,\"completed\":0,\"tick\":0,\"phase\":\"daily\",\"taken\":true}"));
    assertEquals("log.jsonl:2: action without type",
        refusal(HEAD + "\n" + entry(1, 0, 0, "daily", "action", ",\"action\":{\"target\":\"x\"}")));
  }

  @Test
  void theLongestRunAndTheLargestNumberAreAllowed() throws IOException {
    int max = org.liaison.scenario.Metadata.MAX_DURATION_DAYS;
    assertEquals(max, read("{\"log\":\"liaison-decisions\",\"version\":2,\"scenario\":\"s\",\"seed\":1,"
        + "\"policy\":\"p\",\"days\":" + max + "}").header().days());
    assertEquals("log.jsonl:2: entry numbered 2147483647 where 1 follows; entries are numbered 1, 2, 3, ... in the order "
        + "they happened", refusal(HEAD + "\n" + entry(Integer.MAX_VALUE, 0, 0, "daily", "action", "")));
  }

  /** A file's lines may end in CR LF, and its last line needs no line end. */
  @Test
  void aFileWithWindowsLineEndsAndNoFinalLineEndIsRead(@TempDir Path dir) throws IOException {
    String text = HEAD + "\r\n" + entry(1, 0, 0, "daily", "action", ",\"action\":{\"type\":\"SHARE_INFORMATION\"}");
    Path file = Files.writeString(dir.resolve("w.jsonl"), text);
    DecisionLog log = DecisionLog.read(file);
    assertEquals("doctrine", log.header().policy());
    assertEquals(1, log.entries().size());
    Path bad = Files.write(dir.resolve("bad.jsonl"), (HEAD + "\n{\"seq\":\"\u00e9\"}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    String message = assertThrows(DecisionLog.InvalidLogException.class, () -> DecisionLog.read(bad)).getMessage();
    assertEquals(bad + ":2:9: not UTF-8 text (byte 9 of the line); a decision log is UTF-8", message);
  }
}
