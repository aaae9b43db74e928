package org.liaison.net.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.engine.RunResult;
import org.liaison.indicators.ObjectiveRater;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * The after-action review of a networked exercise, written when it ends: who sat where, who did
 * what (participant, seat, simulated time, wall-clock time), the control cell's injects and other
 * acts, its notes, and how each objective was rated.
 */
final class Review {
  static final String FILE = "review.md";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Review() {}

  /** Who asked for one decision-log entry, from the journal. */
  private record Who(String participant, String seat, String at) {}

  static String markdown(Scenario scenario, DecisionLog log, Path journal, RunResult result) throws IOException {
    Map<Integer, Who> who = new HashMap<>();
    StringBuilder seats = new StringBuilder();
    for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      if (n.has("logSeq")) {
        who.put(n.get("logSeq").asInt(), new Who(n.path("participant").asText(), n.path("seat").asText(),
            n.path("at").asText()));
      } else if ("joined".equals(n.path("kind").asText())) {
        seats.append("| ").append(n.path("seat").asText()).append(" | ").append(cell(n.path("participant").asText()))
            .append(" | ").append(hour(n.path("completed").asLong())).append(" | ").append(n.path("at").asText())
            .append(" |\n");
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("# After-action review: ").append(cell(scenario.metadata().title())).append("\n\n");
    b.append("Seed ").append(log.header().seed()).append(". Score ")
        .append(String.format(java.util.Locale.ROOT, "%.3f", result.score())).append(".\n\n");
    b.append("## Seats\n\n| Seat | Participant | Joined at | Wall clock |\n|---|---|---|---|\n").append(seats).append('\n');
    b.append("## Who did what\n\n| Time | Participant | Seat | Role | What | Outcome |\n|---|---|---|---|---|---|\n");
    StringBuilder control = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    for (DecisionLog.Entry e : log.entries()) {
      Who w = who.get(e.seq());
      String participant = w != null ? w.participant() : e.by() != null ? e.by() : "";
      String seat = w != null ? w.seat() : "";
      if (e.kind() == DecisionLog.Kind.CONTROL && e.control() != null) {
        ControlAct a = e.control();
        if (a.type() == ControlAct.Type.NOTE) {
          notes.append("- ").append(hour(e.completed())).append(", on ").append(cell(a.participant())).append(" (by ")
              .append(cell(participant)).append(seat.isEmpty() ? "" : ", " + seat + " seat").append("): ")
              .append(cell(a.text())).append('\n');
        } else {
          control.append("| ").append(hour(e.completed())).append(" | ").append(cell(participant)).append(" | ")
              .append(a.type()).append(" | ").append(cell(describe(a))).append(" | ")
              .append(e.taken() ? "applied" : "refused: " + cell(e.reason())).append(" |\n");
        }
        continue;
      }
      if (e.phase() != DecisionLog.Phase.DESK) {
        continue;
      }
      String what = e.kind() == DecisionLog.Kind.CHOICE ? "chose " + e.option() + " at " + e.point()
          : e.action().type() + (e.action().target() != null ? " " + e.action().target() : "")
              + (e.action().zone() != null ? " in " + e.action().zone() : "");
      b.append("| ").append(hour(e.completed())).append(" | ").append(cell(participant)).append(" | ").append(seat)
          .append(" | ").append(roleTitle(scenario, e.role())).append(" | ").append(cell(what)).append(" | ")
          .append(e.taken() ? "taken" : "refused: " + cell(e.reason())).append(" |\n");
    }
    b.append("\n## Control cell\n\n| Time | By | Act | Detail | Outcome |\n|---|---|---|---|---|\n").append(control);
    b.append("\n## Observer notes\n\n").append(notes.length() == 0 ? "None.\n" : notes);
    b.append("\n## Objectives\n\n");
    for (ObjectiveRater.ObjectiveRating r : result.objectives()) {
      b.append("- ").append(cell(r.text() != null ? r.text() : r.id())).append(": ").append(r.rating())
          .append(" (").append(r.met()).append(" of ").append(r.total()).append(" criteria met)\n");
    }
    return b.toString();
  }

  private static String describe(ControlAct a) {
    return switch (a.type()) {
      case INJECT -> (a.message() == null ? "" : "from " + a.from() + " to " + String.join(", ", a.to()) + ": "
          + a.message()) + (a.effects() == null ? "" : " " + a.effects().stream().map(e -> e.kind().name()).toList());
      case FIRE, CANCEL -> "MSEL entry " + a.entry();
      case DELAY -> "MSEL entry " + a.entry() + " by " + a.hours() + " h";
      case DISPOSITION -> a.actor() + " " + a.name() + " = " + a.value();
      case PARAMETER -> a.name() + " = " + a.value();
      case SPEED -> a.value() + " h/s";
      case SEAT -> a.role() + ": " + a.mode();
      default -> "";
    };
  }

  private static String roleTitle(Scenario scenario, String role) {
    List<Role> roles = scenario.metadata().roles();
    return roles.stream().filter(r -> r.id().equals(role)).map(Role::title).findFirst().orElse(role);
  }

  private static String hour(long completed) {
    return "day " + (completed / 24 + 1) + ", " + String.format(java.util.Locale.ROOT, "%02d:00", completed % 24);
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
