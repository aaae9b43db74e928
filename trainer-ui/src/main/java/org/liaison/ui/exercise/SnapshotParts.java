package org.liaison.ui.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.liaison.exercise.ChannelView;
import org.liaison.exercise.ExerciseSnapshot;

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

  /** The exercise's channels as the engine has them, with their condition. */
  static List<Snapshot.ChannelLine> channels(List<ChannelView> channels) {
    return channels.stream().map(c -> new Snapshot.ChannelLine(c.from(), c.to(), c.medium(), c.condition())).toList();
  }
}
