package org.liaison.engine.process;

import org.liaison.engine.LiaisonSim;
import org.liaison.engine.World;
import org.liaison.engine.agents.ZoneState;
import org.liaison.events.EngineEvent;
import org.liaison.scenario.ZoneKind;

/**
 * Civilians who flee: people displaced from a zone leave it, and where the map has camps or
 * protection sites they go to the nearest one, whose population and need grow. Without a camp
 * they leave the area.
 */
public final class DisplacementProcess {
  private final LiaisonSim sim;
  private final World world;

  public DisplacementProcess(LiaisonSim sim) {
    this.sim = sim;
    this.world = sim.world();
  }

  /** People flee a zone; returns how many left. */
  public int flee(int zone, int people) {
    ZoneState z = world.zones[zone];
    int n = Math.max(0, Math.min(people, z.population));
    if (n == 0) {
      return 0;
    }
    z.population -= n;
    sim.publish(new EngineEvent.Displacement(sim.tick(), z.id(), n, z.population));
    int camp = nearestCamp(z);
    if (camp >= 0) {
      ZoneState c = world.zones[camp];
      int before = c.population;
      c.population += n;
      // Needs in the camp grow with the share of newcomers: services planned for fewer people.
      c.need = Math.min(1, c.need + (1 - c.need) * n / (double) Math.max(1, before + n));
      sim.publish(new EngineEvent.Sheltered(sim.tick(), z.id(), c.id(), n, c.population, c.need));
    }
    return n;
  }

  private int nearestCamp(ZoneState from) {
    int best = -1;
    double bestKm = Double.MAX_VALUE;
    for (ZoneState z : world.zones) {
      if (z.index != from.index && z.spec.kind() == ZoneKind.CAMP) {
        double km = Math.hypot(z.centre.x - from.centre.x, z.centre.y - from.centre.y);
        if (km < bestKm) {
          best = z.index;
          bestKm = km;
        }
      }
    }
    return best;
  }
}
