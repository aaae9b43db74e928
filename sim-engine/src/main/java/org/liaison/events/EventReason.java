package org.liaison.events;

import java.util.List;

/**
 * Why an actor's hostility changed, an aid delivery was blocked, civilians were harmed or an action
 * went outside the mandate, as a stable code and the ids it names. Events carry the English {@link #text()}; {@link #parse} reads code and ids back, so a
 * trainer can say it in its own language with the scenario's names.
 *
 * @param code the kind of reason ({@link Code#OTHER} for a text no template made)
 * @param args the ids the template names (actors), in order
 */
public record EventReason(Code code, List<String> args) {
  /** The reasons the engine gives, each with its English template; {0} is an actor's id. */
  public enum Code {
    CIVILIAN_HARM_BY_MISSION("civilian harm by the mission", 0),
    FIRED_ON_BY_GUARDS("fired on by guards working with the mission", 0),
    PARTNERED("partnered by the mission", 0),
    MISSION_SEEN_WITH("mission seen with {0}", 1),
    DISPOSITION_RECOVERING("disposition recovering", 0),
    NGO_WITH_MILITARY("association of {0} with the military", 1),
    MEDIATION("mediation", 0),
    INTERCEPTED("intercepted a message", 0),
    INJECT("inject", 0),
    CONTROL("control", 0),
    ROAD_CLOSED("road closed", 0),
    ACCESS_DENIED("access denied", 0),
    INCIDENT_WITH_MISSION_UNITS("incident with mission units", 0),
    /** Civilian harm in an attack; {0} is the attack's number. */
    HARM_IN_ATTACK("attack {0}", 1),
    REPRISAL_AGAINST_INFORMANTS("reprisal against informants", 0),
    ESCALATION_BY_GUARDS("escalation by guards", 0),
    CROSSFIRE("crossfire in a clash with {0}", 1),
    ABUSE_BY("abuse by {0}", 1),
    /** Why an action of the mission went outside its mandate. */
    INFORMATION_SHARED_WITH("information shared with {0}", 1),
    MEDIATION_WITH("mediation with {0}", 1),
    REQUEST_ACCEPTED("request of {0} accepted", 1),
    ESCORT_OF("escort of {0}", 1),
    /** A text no template made: shown as it is. */
    OTHER("{0}", 1);

    private final TextTemplate template;

    Code(String template, int actors) {
      this.template = new TextTemplate(template, actors);
    }

    /** The English template, a {@link java.text.MessageFormat} pattern. */
    public String template() {
      return template.template();
    }

    /** The English text of this reason naming the actors' ids. */
    public String text(String... ids) {
      return template.fill(List.of(ids));
    }
  }

  public EventReason {
    args = List.copyOf(args);
  }

  /** The English text, as events carry it. */
  public String text() {
    return code.template.fill(args);
  }

  /** The code and ids of a reason's English text; {@link Code#OTHER} with the text if no template made it. */
  public static EventReason parse(String text) {
    if (text == null) {
      return null;
    }
    for (Code code : Code.values()) {
      List<String> args = code == Code.OTHER ? null : code.template.match(text);
      if (args != null) {
        return new EventReason(code, args);
      }
    }
    return new EventReason(Code.OTHER, List.of(text));
  }
}
