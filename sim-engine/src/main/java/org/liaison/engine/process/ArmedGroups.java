package org.liaison.engine.process;

import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ActorState;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventReason;
import org.liaison.scenario.Parameters;

/**
 * The strength and slow drivers of armed groups. A group's strength is one number relative to its
 * start (its fighters are its units' personnel times it): fighters lost in a fight lower it by
 * their share of the group's fighters, and it scales what the group can do (the harm of its
 * attacks, the force an attack calls for, its advantage over the mission, the next clash).
 * Grievance in the communities where a group operates lets it
 * recruit (its strength grows by {@code recruitmentPerGrievancePerDay} for each fully aggrieved
 * community each day), so harm to civilians by anyone feeds the groups over weeks; and a group's
 * hostility and predation drift back towards its standing disposition
 * ({@code dispositionRecoveryPerDay}), because what a dialogue, a partnership or a grievance moved
 * is not the group's interests themselves: without renewed engagement the effect wears off.
 */
public final class ArmedGroups {
  private final LiaisonSim sim;
  private final World world;

  public ArmedGroups(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  public void daily() {
    recover();
    if (p().recruitmentPerGrievancePerDay() <= 0) {
      return;
    }
    for (int f : world.factions) {
      ActorState group = world.actors[f];
      double grievance = 0;
      for (int c : world.communities) {
        ActorState community = world.actors[c];
        if (group.spec.mandate().coversZone(world.zones[community.homeZone].id())) {
          grievance += community.grievance;
        }
      }
      if (grievance > 0) {
        group.strengthFactor *= 1 + p().recruitmentPerGrievancePerDay() * grievance;
        sim.publish(new EngineEvent.Recruited(sim.tick(), group.id(), group.strengthFactor));
      }
    }
  }

  /**
   * A group lost fighters in a fight in a zone: its strength falls by their share of its fighters
   * (a group left without fighters has no strength), until recruitment brings it back.
   */
  public void lose(ActorState group, int lost, int zone, String cause) {
    double fighters = AttacksOnMission.fighters(group);
    if (lost <= 0 || fighters <= 0) {
      return;
    }
    double left = Math.max(0, fighters - lost);
    group.strengthFactor *= left / fighters;
    sim.publish(new EngineEvent.FightersLost(sim.tick(), group.id(), world.zones[zone].id(), lost, left,
        group.strengthFactor, cause));
  }

  private void recover() {
    double rate = p().dispositionRecoveryPerDay();
    if (rate <= 0) {
      return;
    }
    for (int f : world.factions) {
      ActorState group = world.actors[f];
      group.predation += rate * (group.standingPredation - group.predation);
      if (Math.abs(group.standingHostility - group.hostility) > 1e-3) {
        sim.setHostility(group, group.hostility + rate * (group.standingHostility - group.hostility),
            EventReason.Code.DISPOSITION_RECOVERING.text());
      }
    }
  }

  /** The run's parameters now: the control cell may change them during an exercise. */
  private Parameters p() {
    return sim.parameters();
  }
}
