package org.liaison.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ProblemCode;
import org.liaison.scenario.read.ProblemText;

/** A save is checked like a scenario file: every problem at its line, before anything is replayed. */
class SaveFileTest {
  @TempDir
  Path dir;

  private Path saved() throws Exception {
    Scenario s = ExerciseSessionTest.shipped("ukraine-donbas-monitoring.yaml");
    ExerciseSession session = new ExerciseSession(s, "ukraine-donbas-monitoring.yaml", 3, SimExecutor.sameThread(),
        Map.of(), null);
    session.step(5);
    Path file = dir.resolve("save.json");
    session.save().write(file);
    return file;
  }

  private static int lineOf(Path file, String key) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"" + key + "\"")) {
        return i + 1;
      }
    }
    throw new AssertionError(key);
  }

  private Path edited(Path file, java.util.function.Consumer<ObjectNode> edit) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(file.toFile());
    edit.accept(root);
    Path out = dir.resolve("edited.json");
    json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
    return out;
  }

  @Test
  void aSaveReadsBackAsWritten() throws Exception {
    SaveFile save = SaveFile.read(saved());
    assertEquals(5, save.completed());
    assertEquals("ukraine-donbas-monitoring.yaml", save.scenarioFile());
    assertEquals(3, save.log().header().seed());
  }

  @Test
  void anImpossibleNumberOfHoursIsRefusedAtItsLine() throws Exception {
    Path file = edited(saved(), root -> root.put("completed", 4294967296L));
    SaveFile.InvalidSaveException e = assertThrows(SaveFile.InvalidSaveException.class, () -> SaveFile.read(file));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":" + lineOf(file, "completed") + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("completed: is 4294967296"), e.getMessage());
    assertTrue(e.getMessage().contains("0 to 8760"), e.getMessage());
  }

  @Test
  void everyProblemIsReportedInOnePass() throws Exception {
    Path file = edited(saved(), root -> {
      root.put("scenarioFile", "../../etc/passwd");
      root.put("formatVersion", 7);
      root.put("compleeted", 3);
      root.put("decisionLog", root.get("decisionLog").asText().replaceFirst("\"seed\":3,", ""));
    });
    SaveFile.InvalidSaveException e = assertThrows(SaveFile.InvalidSaveException.class, () -> SaveFile.read(file));
    assertEquals(4, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("scenarioFile: '../../etc/passwd' is not a file name"), e.getMessage());
    assertTrue(e.getMessage().contains("formatVersion: is 7"), e.getMessage());
    assertTrue(e.getMessage().contains("compleeted: unknown key (did you mean 'completed'?)"), e.getMessage());
    assertTrue(e.getMessage().contains("decisionLog: the saved decision log is damaged: decisionLog:1: the header has no seed"),
        e.getMessage());
  }

  /** What the trainer says in its own language: the code of each problem, down to the log's own. */
  @Test
  void eachProblemCarriesItsCodeAndTheLogsProblemNestedInIt() throws Exception {
    Path file = edited(saved(), root -> {
      root.put("formatVersion", 7);
      root.put("decisionLog", root.get("decisionLog").asText().replaceFirst("\"seed\":3,", ""));
    });
    SaveFile.InvalidSaveException e = assertThrows(SaveFile.InvalidSaveException.class, () -> SaveFile.read(file));
    List<ProblemText> texts = e.problems().stream().map(Problem::text).toList();
    assertEquals(List.of(ProblemCode.SAVE_FORMAT_VERSION, ProblemCode.SAVE_LOG_DAMAGED),
        texts.stream().map(ProblemText::code).toList());
    assertEquals(ProblemText.of(ProblemCode.VALUE_IS, "7"), texts.get(0).args().get(0));
    ProblemText atLine = (ProblemText) texts.get(1).args().get(0);
    assertEquals(ProblemCode.LOG_AT_LINE, atLine.code());
    assertEquals(List.of("decisionLog", "1", ProblemText.of(ProblemCode.LOG_SEED, ProblemText.of(ProblemCode.LOG_NO_SEED),
        Long.MIN_VALUE, Long.MAX_VALUE)), atLine.args());
    assertEquals("is 7; this program reads saves of format version 1", texts.get(0).english());
    assertEquals("the saved decision log is damaged: decisionLog:1: the header has no seed; a decision log records the"
        + " run's seed, a whole number from -9223372036854775808 to 9223372036854775807", texts.get(1).english());
  }

  @Test
  void aLogWithEntriesAfterTheSavedHourIsRefused() throws Exception {
    Path original = saved();
    int entries = SaveFile.read(original).log().entries().size();
    String entry = "{\"seq\":" + (entries + 1) + ",\"completed\":5,\"tick\":4,\"phase\":\"desk\",\"role\":\"r\","
        + "\"kind\":\"action\",\"action\":{\"type\":\"SHARE_INFORMATION\",\"target\":\"t\"},\"taken\":false}\n";
    Path file = edited(original, root -> {
      root.put("completed", 2);
      root.put("decisionLog", root.get("decisionLog").asText() + entry);
    });
    SaveFile.InvalidSaveException e = assertThrows(SaveFile.InvalidSaveException.class, () -> SaveFile.read(file));
    assertTrue(e.getMessage().contains("later than the 2 hours the save says were played"), e.getMessage());
  }
}
