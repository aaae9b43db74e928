package org.liaison.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaison.events.EngineEvent;
import org.liaison.policy.ActionResult;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;
import org.liaison.scenario.Medium;
import org.liaison.scenario.Task;

/** Each coordination action shows its effect on the agents in the events it is meant to cause. */
class ActionEffectsTest {
  private static final String ROLE = "commander";

  /** Runs the desk scenario for some days after the setup, taking each pending point's default. */
  private static List<EngineEvent> run(long seed, int days, Consumer<Exercise> setup) {
    List<EngineEvent> events = Desk.events();
    Exercise ex = Desk.exercise(seed, days, events);
    setup.accept(ex);
    ExerciseTest.finish(ex);
    return events;
  }

  private static void take(Exercise ex, CoordinationAction action) {
    ActionResult r = ex.take(ROLE, action);
    assertTrue(r.taken(), action + " refused: " + r.reason());
  }

  private static CoordinationAction on(ActionType type, String target) {
    return CoordinationAction.on(type, target);
  }

  private static CoordinationAction inZone(ActionType type, String target, String zone, Integer units) {
    return new CoordinationAction(type, target, null, zone, null, null, null, null, units);
  }

  /** Advances to the tick at which a pending request exists, deciding points by default. */
  private static void advanceTo(Exercise ex, long completed) {
    while (ex.completed() < completed) {
      if (ex.advance((int) (completed - ex.completed()), false) == Exercise.Stop.DECISION) {
        ex.pendingDecisions().forEach(p -> ex.choose(p.role(), p.id(), p.defaultOption()));
      }
    }
  }

  @Test
  void aLiaisonOfficerBringsContactAtOnceAndEveryDayAfter() {
    List<EngineEvent> events = run(1, 2, ex -> take(ex, on(ActionType.ASSIGN_LIAISON_OFFICER, "mayor")));
    List<EngineEvent.TrustEvidence> evidence = Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .filter(e -> e.from().equals("mayor") && e.to().equals("battalion")).toList();
    assertTrue(evidence.stream().anyMatch(e -> e.tick() == 0 && e.reason().equals("contact") && e.positive() > 0));
    assertTrue(evidence.stream().anyMatch(e -> e.tick() == 24 && e.reason().equals("liaison contact")));
  }

  @Test
  void anOpenedChannelCarriesTheMissionsMessages() {
    List<EngineEvent> events = run(1, 1, ex -> {
      assertFalse(ex.take(ROLE, on(ActionType.SHARE_INFORMATION, "mayor")).taken(), "no channel yet");
      take(ex, new CoordinationAction(ActionType.OPEN_CHANNEL, "mayor", null, null, null, Medium.RADIO, null, null, null));
      take(ex, on(ActionType.SHARE_INFORMATION, "mayor"));
    });
    assertTrue(Desk.of(events, EngineEvent.MessageSent.class).stream().anyMatch(m -> m.from().equals("battalion")
        && m.to().equals("mayor") && m.channel().equals("open-battalion-mayor-radio")));
  }

  @Test
  void anAlertNetworkIncludesTheCommunityAndCarriesItsWarnings() {
    List<EngineEvent> events = run(1, 8, ex -> take(ex, on(ActionType.SET_UP_ALERT_NETWORK, "elders-b")));
    assertTrue(Desk.of(events, EngineEvent.InclusionChanged.class).stream()
        .anyMatch(e -> e.actor().equals("elders-b") && e.included() && e.marginalised()));
    assertTrue(Desk.of(events, EngineEvent.MessageSent.class).stream().anyMatch(m -> m.kind().equals("EARLY_WARNING")
        && m.from().equals("elders-b") && m.channel().equals("alert-elders-b-battalion-mobile")));
    assertTrue(Desk.of(run(1, 8, ex -> { }), EngineEvent.MessageSent.class).stream()
        .noneMatch(m -> m.kind().equals("EARLY_WARNING")), "without it no warning leaves the village");
  }

  @Test
  void interpretersRemoveTheLanguageBarrier() {
    Consumer<Exercise> talk = ex -> {
      take(ex, new CoordinationAction(ActionType.OPEN_CHANNEL, "armed-group", null, null, null, Medium.MOBILE, null, null, null));
      take(ex, on(ActionType.SHARE_INFORMATION, "armed-group"));
    };
    List<EngineEvent> without = run(1, 1, talk);
    List<EngineEvent> with = run(1, 1, ex -> {
      take(ex, new CoordinationAction(ActionType.HIRE_INTERPRETERS, null, null, null, null, null, "sg", null, null));
      talk.accept(ex);
    });
    assertTrue(Desk.of(without, EngineEvent.MessageSent.class).stream().anyMatch(m -> m.to().equals("armed-group") && m.languageBarrier()));
    assertTrue(Desk.of(with, EngineEvent.MessageSent.class).stream().anyMatch(m -> m.to().equals("armed-group") && !m.languageBarrier()));
  }

  @Test
  void aForumIncludesItsMembersAndBringsContact() {
    List<EngineEvent> events = run(1, 1, ex -> take(ex, new CoordinationAction(ActionType.HOLD_COORDINATION_FORUM,
        null, null, null, List.of("battalion", "elders-b", "relief"), null, null, null, null)));
    assertTrue(Desk.of(events, EngineEvent.InclusionChanged.class).stream().anyMatch(e -> e.actor().equals("elders-b") && e.included()));
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.from().equals("relief") && e.to().equals("battalion") && e.reason().equals("contact")));
  }

  @Test
  void jointTrainingRaisesThePartnersComplianceAndBringsContact() {
    List<EngineEvent> events = run(1, 1, ex -> take(ex, on(ActionType.JOINT_TRAINING, "guards")));
    EngineEvent.ActionTaken t = Desk.of(events, EngineEvent.ActionTaken.class).get(0);
    assertTrue(Double.parseDouble(t.detail().substring("ihlCompliance ".length())) > 0.3, t.detail());
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.from().equals("guards") && e.reason().equals("contact")));
  }

  @Test
  void aJointPatrolSendsAUnitToTheZone() {
    List<EngineEvent> events = run(1, 1, ex -> take(ex, inZone(ActionType.JOINT_PATROL, "elders-a", "village-a", null)));
    EngineEvent.ResponseDispatched sent = Desk.of(events, EngineEvent.ResponseDispatched.class).get(0);
    assertEquals("village-a", sent.zone());
    assertTrue(Desk.of(events, EngineEvent.ResponseArrived.class).stream()
        .anyMatch(a -> a.unit().equals(sent.unit()) && a.zone().equals("village-a")));
  }

  @Test
  void sharedInformationTravelsAsASituationReport() {
    List<EngineEvent> events = run(1, 1, ex -> {
      take(ex, on(ActionType.ASSIGN_LIAISON_OFFICER, "elders-a"));
      take(ex, on(ActionType.SHARE_INFORMATION, "elders-a"));
    });
    assertTrue(Desk.of(events, EngineEvent.MessageSent.class).stream().anyMatch(m -> m.kind().equals("SITUATION_REPORT")
        && m.from().equals("battalion") && m.to().equals("elders-a")));
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream().anyMatch(e -> e.reason().equals("information shared")));
  }

  @Test
  void deconflictionMakesTheNgoNotifyItsMovements() {
    List<EngineEvent> events = run(1, 4, ex -> take(ex, on(ActionType.DECONFLICTION_MECHANISM, "relief")));
    assertTrue(Desk.of(events, EngineEvent.AidPlanned.class).stream().anyMatch(EngineEvent.AidPlanned::deconflicted));
    assertTrue(Desk.of(events, EngineEvent.MessageSent.class).stream()
        .anyMatch(m -> m.kind().equals("MOVEMENT_NOTIFICATION") && m.from().equals("relief")));
  }

  @Test
  void mediationLowersTheFactionsHostility() {
    List<EngineEvent> events = run(1, 1, ex -> take(ex, on(ActionType.MEDIATION, "armed-group")));
    assertTrue(Desk.of(events, EngineEvent.HostilityChanged.class).stream()
        .anyMatch(h -> h.actor().equals("armed-group") && h.reason().equals("mediation") && h.hostility() < 0.8));
    assertTrue(Desk.of(events, EngineEvent.MandateDeviation.class).stream().anyMatch(d -> d.task().equals("MEDIATE")),
        "the battalion's mandate does not include mediation");
  }

  @Test
  void acceptingARequestOutsideTheMandateIsADeviationThatNeutralNgosHoldAgainstTheMission() {
    List<EngineEvent> events = run(1, 3, ex -> {
      advanceTo(ex, 26);
      take(ex, new CoordinationAction(ActionType.ACCEPT_REQUEST, "mayor", null, null, null, null, null, Task.GUARD, null));
    });
    assertTrue(Desk.of(events, EngineEvent.MandateDeviation.class).stream().anyMatch(d -> d.task().equals("GUARD")));
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.from().equals("mayor") && e.reason().equals("request accepted") && e.positive() > 0));
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.from().equals("relief") && e.reason().equals("mission acting outside its mandate") && e.negative() > 0));
  }

  @Test
  void decliningARequestWithinTheMandateCostsTheRequestersTrust() {
    List<EngineEvent> events = run(1, 3, ex -> {
      advanceTo(ex, 27);
      take(ex, new CoordinationAction(ActionType.DECLINE_REQUEST, "mayor", null, null, null, null, null, Task.PATROL, null));
    });
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.from().equals("mayor") && e.reason().equals("request within the mandate declined") && e.negative() > 0));
  }

  @Test
  void disputeResolutionReachesTheZonesCommunities() {
    List<EngineEvent> events = run(1, 1, ex -> take(ex, inZone(ActionType.DISPUTE_RESOLUTION, null, "village-a", null)));
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.from().equals("elders-a") && e.reason().equals("dispute resolution")));
  }

  @Test
  void deployingUnitsSendsAsManyAsAsked() {
    List<EngineEvent> events = run(1, 1, ex -> take(ex, inZone(ActionType.DEPLOY_UNITS, null, "village-b", 2)));
    assertEquals(2, Desk.of(events, EngineEvent.ResponseDispatched.class).stream()
        .filter(d -> d.tick() == 0 && d.zone().equals("village-b")).count());
  }

  @Test
  void anArmedEscortGoesWithTheConvoysAndTheFactionSeesTheAssociation() {
    List<EngineEvent> events = run(1, 4, ex -> take(ex, on(ActionType.ARMED_ESCORT, "relief")));
    assertTrue(Desk.of(events, EngineEvent.AidPlanned.class).stream().anyMatch(EngineEvent.AidPlanned::escorted));
    assertTrue(Desk.of(events, EngineEvent.HostilityChanged.class).stream()
        .anyMatch(h -> h.actor().equals("armed-group") && h.reason().equals("association of relief with the military")));
    assertTrue(Desk.of(events, EngineEvent.MandateDeviation.class).stream().anyMatch(d -> d.task().equals("ESCORT")));
  }

  @Test
  void aPartneredFactionKeepsPreparingAttacksGrowsLessHostileToTheMissionAndIsSeenWithIt() {
    List<EngineEvent> partnered = run(1, 8, ex -> take(ex, on(ActionType.PARTNER_WITH, "armed-group")));
    assertFalse(Desk.of(partnered, EngineEvent.AttackPrepared.class).isEmpty());
    assertTrue(Desk.of(partnered, EngineEvent.HostilityChanged.class).stream()
        .anyMatch(h -> h.actor().equals("armed-group") && h.reason().equals("partnered by the mission")
            && Math.abs(h.hostility() - 0.7) < 1e-9));
    assertTrue(Desk.of(partnered, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.to().equals("battalion") && e.reason().equals("mission seen with armed-group")
            && e.negative() > 0));
  }

  @Test
  void anEndedPartnershipIsNoLongerSeenDayAfterDay() {
    List<EngineEvent> events = run(1, 8, ex -> {
      take(ex, on(ActionType.PARTNER_WITH, "armed-group"));
      advanceTo(ex, 30);
      take(ex, CoordinationAction.ending(on(ActionType.PARTNER_WITH, "armed-group")));
    });
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .anyMatch(e -> e.tick() == 24 && e.reason().equals("mission seen with armed-group")), "seen while partnered");
    assertTrue(Desk.of(events, EngineEvent.TrustEvidence.class).stream()
        .noneMatch(e -> e.tick() > 30 && e.reason().equals("mission seen with armed-group")), "not after the end");
    assertEquals(1, Desk.of(events, EngineEvent.ArrangementEnded.class).size());
  }

  @Test
  void aReplyToTheMayorsRequestGoesBackOnTheChannel() {
    List<EngineEvent> events = run(1, 3, ex -> {
      take(ex, new CoordinationAction(ActionType.OPEN_CHANNEL, "mayor", null, null, null, Medium.RADIO, null, null, null));
      advanceTo(ex, 27);
      take(ex, on(ActionType.REPLY, "mayor"));
    });
    assertTrue(Desk.of(events, EngineEvent.MessageSent.class).stream().anyMatch(m -> m.kind().equals("REPLY")
        && m.to().equals("mayor") && m.channel().equals("open-battalion-mayor-radio")));
  }

  @Test
  void everyActionTypeHasATestHere() {
    long tests = java.util.Arrays.stream(ActionEffectsTest.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Test.class)).count();
    assertEquals(ActionType.values().length, tests - 1);
  }
}
