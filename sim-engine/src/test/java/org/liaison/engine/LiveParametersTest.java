package org.liaison.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.liaison.engine.agents.Attack;
import org.liaison.events.EventBus;
import org.liaison.policy.NoCoordination;

/**
 * A parameter the control cell changes during an exercise reaches every process from its next
 * use on, including those built when the run started.
 */
class LiveParametersTest {
  @Test
  void theForcesResponseGoalFollowsAParameterChangedDuringTheRun() {
    LiaisonSim sim = new LiaisonSim(TestScenarios.load("two-villages", s -> { }), 1, new NoCoordination(), new EventBus());
    sim.start();
    World w = sim.world();
    sim.violence().prepareAttack(w.actors[w.actor("armed-group")], w.zone("village-a"));
    Attack attack = w.attacks.get(0);
    double before = sim.posture().responseGoal(attack);
    sim.replaceParameters(ExerciseControl.withParameter(sim.parameters(), "responseDeterrenceGoal", 0.5));
    double after = sim.posture().responseGoal(attack);
    assertEquals(before * Math.log(0.5) / Math.log(1 - 0.9), after, 1e-9,
        "the goal scales with -ln(1 - goal): 0.9 at the start, 0.5 after the change");
  }
}
