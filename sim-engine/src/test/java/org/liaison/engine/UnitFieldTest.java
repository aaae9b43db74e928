package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.liaison.engine.agents.UnitAgent;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;
import org.liaison.scenario.Scenario;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/** The MASON field, brought up to date when read, holds every unit where the unit is. */
class UnitFieldTest {
  @Test
  void theFieldHoldsEveryUnitAtItsCurrentLocationWhileUnitsPatrol() {
    Scenario s = TestScenarios.load("two-villages", t -> t.with("parameters")
        .put("patrolProbabilityPerHour", 0.5).put("attackRatePerDay", 0));
    LiaisonSim sim = new LiaisonSim(s, 7, new NoCoordination(), new EventBus());
    sim.start();
    World world = sim.world();
    Double2D[] start = new Double2D[world.units.length];
    for (UnitAgent u : world.units) {
      start[u.index] = new Double2D(u.x(), u.y());
    }
    int awayReads = 0;
    for (int t = 0; t < 96; t++) {
      sim.stepTick();
      if (t % 5 != 0) {
        continue;
      }
      Continuous2D field = world.field();
      assertEquals(world.units.length, field.getAllObjects().size());
      for (UnitAgent u : world.units) {
        Double2D at = field.getObjectLocation(u);
        assertEquals(new Double2D(u.x(), u.y()), at, u.id + " at tick " + t);
        if (!at.equals(start[u.index])) {
          awayReads++;
        }
      }
    }
    assertTrue(awayReads > 0, "no unit left its start, so moving units were never checked");
  }
}
