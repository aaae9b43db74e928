package org.liaison.engine.process;

import org.liaison.comms.MessageKind;
import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.scenario.ActorKind;

/**
 * Routine reporting to the mission: every actor other than the mission and armed groups that has
 * a route to the mission sends situation reports, {@code situationReportsPerDay} at most, scaled by
 * its cooperativeness and by how willing it is to warn ({@link WarningProcess#willingness}): an
 * actor that would not warn the mission does not brief it either.
 */
public final class ReportingProcess {
  private final LiaisonSim sim;
  private final World world;

  public ReportingProcess(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** The hour's turn: each willing actor may send a situation report. */
  public void step() {
    double perHour = sim.parameters().situationReportsPerDay() / 24.0;
    if (perHour <= 0 || world.mission.length == 0) {
      return;
    }
    int m = world.primaryMission();
    for (ActorState a : world.actors) {
      if (a.isMission() || a.kind() == ActorKind.ARMED_FACTION) {
        continue;
      }
      if (sim.comms().route(a.index, m) != null
          && sim.random.nextBoolean(Math.min(1, perHour * a.cooperativeness * sim.warnings().willingness(a.index, m)))) {
        sim.comms().send(MessageKind.SITUATION_REPORT, a.index, m, -1, sim.tick());
      }
    }
  }
}
