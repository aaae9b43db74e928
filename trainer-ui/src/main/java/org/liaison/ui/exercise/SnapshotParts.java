package org.liaison.ui.exercise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.scenario.Actor;
import org.liaison.scenario.Channel;
import org.liaison.scenario.Scenario;

/**
 * The parts of the screen's {@link Snapshot} that a local exercise and a networked seat build
 * alike from the engine's picture: the trust matrix, the units, the messages in flight and the
 * channel lines.
 */
final class SnapshotParts {
  private SnapshotParts() {}

  /** Expected trust and its uncertainty between actors; a pair nobody reported reads 0.5 and 1. */
  record Trust(double[][] expected, double[][] uncertainty) {}

  /** Unit positions and kinds, as the map draws them. */
  record Units(float[] x, float[] y, byte[] kind) {}

  static Trust trust(List<ExerciseSnapshot.TrustEdge> edges, Map<String, Integer> actorIndex, int actors) {
    double[][] trust = new double[actors][actors];
    double[][] uncertainty = new double[actors][actors];
    for (int i = 0; i < actors; i++) {
      Arrays.fill(trust[i], 0.5);
      Arrays.fill(uncertainty[i], 1.0);
    }
    for (ExerciseSnapshot.TrustEdge e : edges) {
      Integer from = actorIndex.get(e.from());
      Integer to = actorIndex.get(e.to());
      if (from != null && to != null) {
        trust[from][to] = e.expected();
        uncertainty[from][to] = e.uncertainty();
      }
    }
    return new Trust(trust, uncertainty);
  }

  static Units units(List<ExerciseSnapshot.UnitView> units) {
    int n = units.size();
    float[] x = new float[n];
    float[] y = new float[n];
    byte[] kind = new byte[n];
    for (int u = 0; u < n; u++) {
      ExerciseSnapshot.UnitView unit = units.get(u);
      x[u] = (float) unit.x();
      y[u] = (float) unit.y();
      kind[u] = (byte) unit.kind().ordinal();
    }
    return new Units(x, y, kind);
  }

  static List<Snapshot.Flight> flights(List<ExerciseSnapshot.MessageView> messages) {
    return messages.stream().map(m -> new Snapshot.Flight(m.id(), m.kind(), m.from(), m.to(), m.progress())).toList();
  }

  /**
   * The scenario's channels, then a line from the mission to every actor with a liaison officer
   * (face to face), an alert network or deconfliction (mobile): flags 0 to 2 of
   * {@link Snapshot#FLAGS}.
   */
  static List<Snapshot.ChannelLine> channels(Scenario scenario, boolean[][] flags) {
    List<Snapshot.ChannelLine> channels = new ArrayList<>();
    for (Channel c : scenario.channels()) {
      channels.add(new Snapshot.ChannelLine(c.from(), c.to(), c.medium().name()));
    }
    String mission = scenario.missionActors().stream().map(Actor::id).findFirst().orElse(null);
    for (int i = 0; i < flags.length; i++) {
      if (mission != null && (flags[i][0] || flags[i][1] || flags[i][2])) {
        channels.add(new Snapshot.ChannelLine(mission, scenario.actors().get(i).id(),
            flags[i][0] ? "FACE_TO_FACE" : "MOBILE"));
      }
    }
    return List.copyOf(channels);
  }
}
