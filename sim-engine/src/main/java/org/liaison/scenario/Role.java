package org.liaison.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A seat a trainee takes in the exercise, such as force commander or civil affairs officer. */
public record Role(
    @JsonProperty(required = true) String id,
    @JsonProperty(required = true) @Translatable String title,
    @JsonPropertyDescription("What this role is responsible for in the exercise.") @Translatable String description,
    @JsonPropertyDescription("The actor this role acts for; defaults to the first mission actor.") String actor,
    @JsonPropertyDescription("The coordination actions this role may take at the desk. Left out: every action its actor's"
        + " kind can take (a civilian mission neither escorts, patrols, deploys units nor partners with armed actors)."
        + " Ending the role's own arrangements and replying to messages are always allowed.") List<ActionType> actions) {

  /** A role whose actions follow from its actor's kind. */
  public Role(String id, String title, String description, String actor) {
    this(id, title, description, actor, null);
  }

  /** Actions only an armed mission can take: they need troops or are military support. */
  private static final Set<ActionType> ARMED_ONLY = EnumSet.of(ActionType.ARMED_ESCORT, ActionType.JOINT_PATROL,
      ActionType.DEPLOY_UNITS, ActionType.PARTNER_WITH);

  /**
   * The actions this role may take at the desk, acting for an actor of the given kind: its list,
   * or by default every action that kind of mission takes; with ending its own arrangements and
   * replying to messages in every case.
   */
  public Set<ActionType> allowedActions(ActorKind actorKind) {
    Set<ActionType> out = EnumSet.of(ActionType.END_ARRANGEMENT, ActionType.REPLY);
    if (actions != null) {
      out.addAll(actions);
      return out;
    }
    for (ActionType t : ActionType.values()) {
      if (armed(actorKind) || !ARMED_ONLY.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean armed(ActorKind kind) {
    return kind == ActorKind.PEACEKEEPING_UNIT || kind == ActorKind.STATE_FORCES
        || kind == ActorKind.PRIVATE_SECURITY || kind == ActorKind.ARMED_FACTION;
  }
}
