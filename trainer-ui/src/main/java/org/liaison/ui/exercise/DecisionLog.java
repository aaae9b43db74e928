package org.liaison.ui.exercise;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.liaison.scenario.CoordinationAction;

/**
 * Everything a trainee decided in one exercise: with the scenario and the seed it reproduces the
 * run exactly, so it is both the save file and the input of a headless replay.
 *
 * @param scenarioFile the scenario file name as the library listed it (for resuming)
 * @param ticksPlayed hours played when saved; a resumed exercise replays up to here
 */
public record DecisionLog(int formatVersion, String scenarioId, String scenarioFile, long seed,
    long ticksPlayed, List<Decision> decisions, List<FreeAction> actions) {

  /** An option chosen at a decision point, by whom. */
  public record Decision(long tick, String point, String option, String role, String participant) {}

  /** A free coordination action ordered by the trainee, carried out at {@code tick} (hour 0 of a day). */
  public record FreeAction(long tick, CoordinationAction action, boolean taken, String reason) {}

  public DecisionLog {
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  public static DecisionLog empty(String scenarioId, String scenarioFile, long seed) {
    return new DecisionLog(1, scenarioId, scenarioFile, seed, 0, List.of(), List.of());
  }

  /** The same log with the option at one decision point replaced (for "what if"). */
  public DecisionLog withOption(String point, String option) {
    List<Decision> changed = new ArrayList<>();
    for (Decision d : decisions) {
      changed.add(d.point().equals(point)
          ? new Decision(d.tick(), d.point(), option, d.role(), d.participant()) : d);
    }
    return new DecisionLog(formatVersion, scenarioId, scenarioFile, seed, ticksPlayed, changed, actions);
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public void save(Path file) throws IOException {
    mapper().writeValue(file.toFile(), this);
  }

  public static DecisionLog load(Path file) throws IOException {
    return mapper().readValue(file.toFile(), DecisionLog.class);
  }
}
