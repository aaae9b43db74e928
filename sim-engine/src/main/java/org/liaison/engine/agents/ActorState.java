package org.liaison.engine.agents;

import java.util.ArrayList;
import java.util.List;
import org.liaison.scenario.Actor;
import org.liaison.scenario.ActorKind;
import org.liaison.scenario.Principle;

/** The mutable state of one actor during a run; its units are separate agents. */
public final class ActorState {
  public final int index;
  public final Actor spec;
  public final int homeZone;
  public final List<UnitAgent> units = new ArrayList<>();
  /**
   * Languages the actor speaks: those of its communication profile, or where it gives none (a
   * community group written without them), the languages of its home zone.
   */
  public final List<String> languages;
  /** Hostility towards the mission and those seen with it. */
  public double hostility;
  /** An armed group's drive to attack communities, separate from its hostility to the mission. */
  public double predation;
  /**
   * The hostility and predation that follow from the group's interests, towards which engagement
   * and backlash fade: the scenario's disposition, moved only by injects and the control cell.
   */
  public double standingHostility;
  public double standingPredation;
  /** An armed group's fighting strength relative to its strength at the start (arming raises it). */
  public double strengthFactor = 1;
  public double grievance;
  /** A community's fear of reprisal for informing, fading with the trust forgetting factor. */
  public double fear;
  /** A community's memory of its warnings answered by a response, fading like trust evidence. */
  public double warningsAnswered;
  /** A community's memory of its warnings left without a response, fading like trust evidence. */
  public double warningsIgnored;
  public double cooperativeness;
  public double ihlCompliance;
  /** The mission posted a liaison officer with this actor. */
  public boolean liaisonOfficer;
  /** This community group is linked to the mission by an alert network. */
  public boolean alertNetwork;
  /** This humanitarian actor notifies its movements to the mission. */
  public boolean deconfliction;
  /** The mission escorts this humanitarian actor's convoys. */
  public boolean escorted;
  /** The mission partners this armed actor (for a security company: a coordination arrangement). */
  public boolean partnered;
  /** Abuses against civilians this actor committed during the run (its record, for state forces). */
  public int abuses;
  /**
   * This actor belongs to a coordination hub of the scenario, or attended a coordination forum
   * within the last {@code forumLapseDays}.
   */
  public boolean inForum;
  /** This actor belongs to a coordination hub of the scenario: it stays in the forum. */
  public boolean hubMember;
  /** Tick of the last coordination forum this actor attended, or -1. */
  public long lastForum = -1;
  /** Whether the inclusion of this community group has been announced by an event. */
  public boolean inclusionPublished;

  /** @param languages the languages the actor speaks (see {@link #languages}) */
  public ActorState(int index, Actor spec, int homeZone, List<String> languages) {
    this.index = index;
    this.spec = spec;
    this.homeZone = homeZone;
    this.languages = languages;
    this.hostility = spec.dispositions().hostility();
    this.grievance = spec.dispositions().grievance();
    this.predation = spec.dispositions().predation();
    this.standingHostility = hostility;
    this.standingPredation = predation;
    this.cooperativeness = spec.dispositions().cooperativeness();
    this.ihlCompliance = spec.dispositions().ihlCompliance();
  }

  /**
   * A disposition the control cell may set, by the control act's name for it: the standing
   * hostility (which a control act sets and the current hostility moves towards), the grievance,
   * the cooperativeness or the IHL compliance.
   */
  public double disposition(String name) {
    return switch (name) {
      case "hostility" -> standingHostility;
      case "grievance" -> grievance;
      case "cooperativeness" -> cooperativeness;
      case "ihlCompliance" -> ihlCompliance;
      default -> throw new IllegalArgumentException("no disposition named " + name);
    };
  }

  public String id() {
    return spec.id();
  }

  public ActorKind kind() {
    return spec.kind();
  }

  public boolean isMission() {
    return spec.isMission();
  }

  public boolean hasPrinciple(Principle principle) {
    return spec.principles().contains(principle);
  }

  /** Whether this community group takes part in coordination in any way. */
  public boolean included() {
    return liaisonOfficer || alertNetwork || inForum;
  }

  public boolean isHumanitarian() {
    return kind() == ActorKind.NGO || kind() == ActorKind.INTERNATIONAL_ORGANISATION;
  }

  public boolean isArmed() {
    return kind() == ActorKind.ARMED_FACTION || kind() == ActorKind.PRIVATE_SECURITY
        || kind() == ActorKind.STATE_FORCES;
  }
}
