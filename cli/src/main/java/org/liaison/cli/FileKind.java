package org.liaison.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.liaison.events.EventSchema;
import org.liaison.net.protocol.ClientMessage;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.rules.RuleFile;
import org.liaison.results.batch.ExperimentSchema;
import org.liaison.scenario.read.DocumentParser;
import org.liaison.scenario.read.InputFiles;
import org.liaison.scenario.read.InvalidInputException;
import org.liaison.scenario.schema.ScenarioSchema;
import org.liaison.ui.exercise.SaveFile;

/** The kinds of file a person hands to Liaison, each read and checked by its own rules. */
enum FileKind {
  SCENARIO("scenario"),
  EXPERIMENT("experiment"),
  RULES("rules"),
  DECISION_LOG("decision-log"),
  SAVE("save"),
  /** Written by Liaison, never handed to it: only its schema is offered, and validate does not pick it. */
  EVENTS("events"),
  /** What an exercise client sends the server: only its schema is offered, like the event log's. */
  PROTOCOL_CLIENT("protocol-client"),
  /** What the exercise server sends its clients: only its schema is offered. */
  PROTOCOL_SERVER("protocol-server");

  private final String name;

  FileKind(String name) {
    this.name = name;
  }

  /** The name used on the command line. */
  String id() {
    return name;
  }

  /** The kinds that have a schema. */
  static List<String> withSchema() {
    return Arrays.stream(values()).filter(k -> k != DECISION_LOG).map(FileKind::id).toList();
  }

  static FileKind byId(String id) {
    return Arrays.stream(values()).filter(k -> k.name.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
  }

  /**
   * The JSON Schema of the kind's format, or null for the decision log, whose lines
   * {@link DecisionLog} writes field by field rather than from one record.
   */
  String schema() {
    return switch (this) {
      case SCENARIO -> ScenarioSchema.scenarioSchema();
      case EXPERIMENT -> ExperimentSchema.generate();
      case RULES -> ScenarioSchema.generate(RuleFile.class, "Liaison rule file",
          "A mission policy written as ordered rules, for 'liaison run --rules FILE' and batch policies rules:FILE.");
      case DECISION_LOG -> null;
      case SAVE -> ScenarioSchema.generate(SaveFile.class, "Liaison saved exercise",
          "An exercise saved by the trainer: its scenario file, how far it got and its decision log.");
      case EVENTS -> EventSchema.generate();
      case PROTOCOL_CLIENT -> Protocol.schema(ClientMessage.class);
      case PROTOCOL_SERVER -> Protocol.schema(ServerMessage.class);
    };
  }

  /**
   * The kind a file's content says it is: a decision log by its header line, the others by their
   * top-level keys; a scenario when nothing else fits, so that its reader names what is wrong.
   */
  static FileKind of(Path file) {
    if (InputFiles.problemWith(file) != null) {
      return SCENARIO;
    }
    if (startsLikeDecisionLog(file)) {
      return DECISION_LOG;
    }
    JsonNode root;
    try {
      root = new DocumentParser().parse(file, file.toString()).root();
    } catch (InvalidInputException e) {
      return SCENARIO;
    }
    if (root.has("scenarios")) {
      return EXPERIMENT;
    }
    if (root.has("rules") && !root.has("actors")) {
      return RULES;
    }
    if (root.has("decisionLog") && root.has("completed")) {
      return SAVE;
    }
    return SCENARIO;
  }

  private static boolean startsLikeDecisionLog(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      char[] start = new char[200];
      int n = reader.read(start);
      String head = n <= 0 ? "" : new String(start, 0, n);
      return head.startsWith("{") && head.replace(" ", "").contains("\"log\":\"" + DecisionLog.FORMAT + "\"");
    } catch (IOException e) {
      return false;
    }
  }
}
