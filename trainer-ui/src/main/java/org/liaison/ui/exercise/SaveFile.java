package org.liaison.ui.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.Metadata;
import org.liaison.scenario.read.DocumentParser;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.read.LocatedTree;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ProblemCode;
import org.liaison.scenario.read.ProblemText;
import org.liaison.scenario.read.Suggestions;

/**
 * A saved exercise: the scenario file it was played from, how far it got, and its decision log
 * (the engine's JSON-lines format, kept verbatim; its header holds the scenario id and the seed),
 * the roles the doctrine played because no one sat in them, and who sat in the others (saves
 * written before names were kept have none).
 *
 * <p>A save is read as carefully as a scenario: every field is checked (kind, range, the log
 * itself) and every problem is reported at its line, so a damaged or hostile file is refused
 * before anything is replayed.
 *
 * @param participants trainee name by role id
 */
public record SaveFile(int formatVersion, String scenarioFile, long completed, String decisionLog,
    java.util.List<String> autopilotRoles, java.util.Map<String, String> participants) {
  /** The version this program writes and reads. */
  public static final int FORMAT_VERSION = 1;
  private static final Set<String> KEYS = Set.of("formatVersion", "scenarioFile", "completed", "decisionLog",
      "autopilotRoles", "participants");

  public SaveFile {
    autopilotRoles = autopilotRoles == null ? java.util.List.of() : java.util.List.copyOf(autopilotRoles);
    participants = participants == null ? java.util.Map.of() : java.util.Map.copyOf(new java.util.TreeMap<>(participants));
  }

  /** A save that cannot be used; its problems are located in the file. */
  public static final class InvalidSaveException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidSaveException(List<Problem> problems) {
      super(String.join("\n", problems.stream().map(Problem::toString).toList()));
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  public static SaveFile of(String scenarioFile, long completed, DecisionLog log,
      java.util.Collection<String> autopilotRoles, java.util.Map<String, String> participants) {
    return new SaveFile(FORMAT_VERSION, scenarioFile, completed, log.toJsonLines(),
        java.util.List.copyOf(new java.util.TreeSet<>(autopilotRoles)), new java.util.TreeMap<>(participants));
  }

  /** What an error reading a decision log says, as a code and its arguments when the log reader gave them. */
  public static ProblemText text(IOException e) {
    return e instanceof DecisionLog.InvalidLogException invalid ? invalid.text()
        : org.liaison.scenario.read.InputFiles.describe(e);
  }

  public DecisionLog log() throws IOException {
    return DecisionLog.read(new StringReader(decisionLog), scenarioFile);
  }

  public void write(Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
  }

  /**
   * Reads and checks a save.
   *
   * @throws InvalidSaveException with every problem found, each at its line
   */
  public static SaveFile read(Path file) throws IOException {
    String name = file.toString();
    LocatedTree tree;
    try {
      tree = new DocumentParser().parse(file, name);
    } catch (InvalidInputException e) {
      throw new InvalidSaveException(e.problems());
    }
    return new Checker(name, tree).check();
  }

  /** Checks the fields of a parsed save, collecting every problem. */
  private static final class Checker {
    private final String name;
    private final LocatedTree tree;
    private final List<Problem> problems = new ArrayList<>();

    Checker(String name, LocatedTree tree) {
      this.name = name;
      this.tree = tree;
    }

    private void report(String pointer, String field, ProblemCode code, Object... args) {
      LocatedTree.Position at = tree.positionOf(pointer);
      problems.add(new Problem(name, at.line(), at.column(), field, code, args));
    }

    /** "missing", or "is" and the value as the file wrote it. */
    private static ProblemText value(JsonNode node) {
      return node == null ? ProblemText.of(ProblemCode.VALUE_MISSING) : ProblemText.of(ProblemCode.VALUE_IS, node);
    }

    SaveFile check() throws InvalidSaveException {
      JsonNode root = tree.root();
      if (!root.isObject()) {
        report("", "", ProblemCode.SAVE_NOT_OBJECT);
        throw new InvalidSaveException(problems);
      }
      for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        if (!KEYS.contains(key)) {
          report("/" + key, key, ProblemCode.SAVE_UNKNOWN_KEY, Suggestions.hint(key, KEYS),
              String.join(", ", new java.util.TreeSet<>(KEYS)));
        }
      }
      JsonNode version = root.get("formatVersion");
      if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
          || version.intValue() != FORMAT_VERSION) {
        report("/formatVersion", "formatVersion", ProblemCode.SAVE_FORMAT_VERSION, value(version), FORMAT_VERSION);
      }
      String scenarioFile = scenarioFile(root.get("scenarioFile"));
      long maxHours = (long) Metadata.MAX_DURATION_DAYS * 24;
      JsonNode completedNode = root.get("completed");
      long completed = -1;
      if (completedNode == null || !completedNode.isIntegralNumber() || !completedNode.canConvertToLong()
          || completedNode.longValue() < 0 || completedNode.longValue() > maxHours) {
        report("/completed", "completed", ProblemCode.SAVE_COMPLETED, value(completedNode), maxHours);
      } else {
        completed = completedNode.longValue();
      }
      String logText = null;
      JsonNode logNode = root.get("decisionLog");
      if (logNode == null || !logNode.isTextual()) {
        report("/decisionLog", "decisionLog", ProblemCode.SAVE_DECISION_LOG, logNode == null
            ? ProblemText.of(ProblemCode.VALUE_MISSING) : ProblemText.of(ProblemCode.VALUE_NOT_TEXT));
      } else {
        logText = logNode.textValue();
        checkLog(logText, completed);
      }
      List<String> roles = roles(root.get("autopilotRoles"));
      java.util.Map<String, String> participants = participants(root.get("participants"));
      if (!problems.isEmpty()) {
        throw new InvalidSaveException(problems);
      }
      return new SaveFile(version.intValue(), scenarioFile, completed, logText, roles, participants);
    }

    private String scenarioFile(JsonNode node) {
      if (node == null || !node.isTextual() || node.textValue().isBlank()) {
        report("/scenarioFile", "scenarioFile", ProblemCode.SAVE_SCENARIO_FILE, value(node));
        return null;
      }
      String text = node.textValue();
      Path path;
      try {
        path = Path.of(text);
      } catch (java.nio.file.InvalidPathException e) {
        path = null;
      }
      if (path == null || path.getNameCount() != 1 || text.equals("..") || text.equals(".")
          || text.contains("/") || text.contains("\\")) {
        report("/scenarioFile", "scenarioFile", ProblemCode.SAVE_SCENARIO_NOT_FILE_NAME, text);
        return null;
      }
      return text;
    }

    private void checkLog(String text, long completed) {
      DecisionLog log;
      try {
        log = DecisionLog.read(new StringReader(text), "decisionLog");
      } catch (IOException e) {
        report("/decisionLog", "decisionLog", ProblemCode.SAVE_LOG_DAMAGED, text(e));
        return;
      }
      Integer days = log.header().days();
      if (completed >= 0 && days != null && completed > days * 24L) {
        report("/completed", "completed", ProblemCode.SAVE_COMPLETED_AFTER_END, completed, days, days * 24L);
      }
      for (DecisionLog.Entry entry : log.entries()) {
        if (completed >= 0 && entry.completed() > completed) {
          report("/decisionLog", "decisionLog", ProblemCode.SAVE_ENTRY_AFTER_COMPLETED, entry.seq(), entry.completed(),
              completed);
          return;
        }
      }
    }

    private java.util.Map<String, String> participants(JsonNode node) {
      java.util.Map<String, String> participants = new java.util.TreeMap<>();
      if (node == null || node.isNull()) {
        return participants;
      }
      if (!node.isObject()) {
        report("/participants", "participants", ProblemCode.SAVE_PARTICIPANTS_NOT_MAP);
        return participants;
      }
      for (Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        java.util.Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getValue().isTextual()) {
          report("/participants/" + field.getKey(), "participants." + field.getKey(), ProblemCode.SAVE_PARTICIPANT_NAME,
              field.getValue());
        } else {
          participants.put(field.getKey(), field.getValue().textValue());
        }
      }
      return participants;
    }

    private List<String> roles(JsonNode node) {
      List<String> roles = new ArrayList<>();
      if (node == null || node.isNull()) {
        return roles;
      }
      if (!node.isArray()) {
        report("/autopilotRoles", "autopilotRoles", ProblemCode.SAVE_ROLES_NOT_LIST);
        return roles;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode role = node.get(i);
        if (!role.isTextual() || role.textValue().isBlank()) {
          report("/autopilotRoles/" + i, "autopilotRoles[" + i + "]", ProblemCode.SAVE_ROLE, role);
        } else {
          roles.add(role.textValue());
        }
      }
      return roles;
    }
  }
}
