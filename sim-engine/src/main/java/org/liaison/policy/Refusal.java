package org.liaison.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.events.TextTemplate;

/**
 * Why an action, a choice or an arrangement's end is refused, as a stable code and its arguments
 * (ids, numbers, action types). The engine gives refusals in this form (an {@link ActionResult}
 * carries one, and so does the exercise protocol, beside the text), so a trainer says them in its own
 * language and with the scenario's names. Event logs, decision logs and the command line carry the
 * English {@link #text()}; {@link #parse} reads the code and arguments back from a text in a saved
 * log. Every text is made from its code's template, so the two stay one-to-one.
 *
 * @param code what kind of refusal it is ({@link Code#OTHER} for a text no template made)
 * @param args the template's arguments in order, as they appear in the English text
 */
public record Refusal(Code code, List<String> args) {
  /** What an argument names, so a reader can turn it into a person's word. */
  public enum Arg {
    /** an actor's id (or, in a few texts, its name) */
    ACTOR,
    ZONE,
    MEDIUM,
    /** an ISO 639 language code */
    LANGUAGE,
    /** an action type's code, such as ASSIGN_LIAISON_OFFICER */
    ACTION,
    /** a role's title as the scenario gives it */
    ROLE,
    /** a role's id, as a seat of the networked exercise names it */
    ROLE_ID,
    /** a seat of the networked exercise that plays no role: control or observer */
    SEAT,
    /** a scripted event's kind, such as CHANGE_NEED */
    EFFECT,
    /** an arrangement as "TYPE with actor name" or "TYPE for language" */
    ARRANGEMENT,
    /** staff-hours, written with one decimal */
    HOURS,
    /** a trust value, written with two decimals */
    TRUST,
    /** an id or text shown as given */
    TEXT
  }

  /**
   * The refusals the engine and the exercise server give, each with its English template ({0}, {1}…
   * for the arguments). {@link #parse} tries them in this order, so a new, looser template goes after
   * those whose texts it could also match.
   */
  public enum Code {
    NO_MISSION("the scenario has no mission actor"),
    NO_ACTION_TYPE("no action type"),
    NEEDS_TARGET("{0} needs a target", Arg.ACTION),
    NEEDS_ZONE("{0} needs a zone", Arg.ACTION),
    NEEDS_MEDIUM("{0} needs a medium", Arg.ACTION),
    NEEDS_LANGUAGE("{0} needs a language", Arg.ACTION),
    NEEDS_TASK("{0} needs a task", Arg.ACTION),
    NEEDS_ARRANGEMENT("{0} needs the standing arrangement it ends", Arg.ACTION),
    UNKNOWN_ACTOR("unknown actor ''{0}''", Arg.TEXT),
    UNKNOWN_ZONE("unknown zone ''{0}''", Arg.TEXT),
    UNKNOWN_INTERMEDIARY("unknown intermediary ''{0}''", Arg.TEXT),
    UNKNOWN_FORUM_MEMBER("unknown forum member ''{0}''", Arg.TEXT),
    UNKNOWN_ROLE_OF("unknown role ''{0}''; roles: {1}", Arg.TEXT, Arg.TEXT),
    UNKNOWN_ROLE("unknown role ''{0}''", Arg.TEXT),
    TARGET_IN_MISSION("the target is part of the mission"),
    NOT_ENOUGH_CAPACITY("not enough coordination capacity today ({0} staff-hours needed, {1} left)", Arg.HOURS,
        Arg.HOURS),
    OVER_BUDGET("needs {0} staff-hours, {1} left today", Arg.HOURS, Arg.HOURS),
    NOTHING_TO_APPLY("nothing to apply it to"),
    EXERCISE_ENDED("the exercise has ended"),
    ROLE_DOES_NOT_ORDER("the {0} does not order {1} (not among the role''s actions)", Arg.ROLE, Arg.ACTION),
    LIAISON_OFFICER_PRESENT("a liaison officer is already with {0}", Arg.ACTOR),
    MEDIUM_NOT_USED("{0} cannot use {1}", Arg.ACTOR, Arg.MEDIUM),
    CHANNEL_EXISTS("a {0} channel to {1} exists already", Arg.MEDIUM, Arg.ACTOR),
    ALERT_COMMUNITY_ONLY("alert networks link community groups only"),
    ALERT_NO_MEDIUM("{0} uses no medium an alert network can run on", Arg.ACTOR),
    ALERT_EXISTS("{0} is already in an alert network", Arg.ACTOR),
    MISSION_SPEAKS("the mission speaks {0}", Arg.LANGUAGE),
    INTERPRETERS_HIRED("interpreters for {0} are already hired", Arg.LANGUAGE),
    OUTSIDE_MANDATE("zone {0} is outside the mission''s mandate", Arg.ZONE),
    NO_FREE_UNIT("no protecting unit is free"),
    NO_CHANNEL("no channel to {0}", Arg.ACTOR),
    PROSCRIBED("{0} is a proscribed group under the mission''s mandate", Arg.ACTOR),
    NO_INTELLIGENCE_SHARING("{0} takes no part in intelligence sharing", Arg.ACTOR),
    DECONFLICTION_HUMANITARIAN_ONLY("deconfliction is with humanitarian actors"),
    DECONFLICTION_EXISTS("deconfliction with {0} exists already", Arg.ACTOR),
    MEDIATION_FACTIONS_ONLY("mediation is with armed factions"),
    MEDIATE_THROUGH_INTERMEDIARY("{0} is proscribed; mediate through an intermediary", Arg.ACTOR),
    ESCORT_HUMANITARIAN_ONLY("escorts are for humanitarian actors"),
    REFUSES_ESCORT("{0} refuses armed escorts", Arg.ACTOR),
    ALREADY_ESCORTED("{0} is already escorted", Arg.ACTOR),
    PARTNER_ARMED_ONLY("partnering is with armed actors"),
    ALREADY_PARTNER("{0} is already a partner", Arg.ACTOR),
    NO_CONTACT_LIST("{0} is on the mandate''s no-contact list (human rights due diligence)", Arg.ACTOR),
    NO_CONSENT("{0} does not consent to contact (its trust in the mission {1} is below {2})", Arg.ACTOR, Arg.TRUST,
        Arg.TRUST),
    NOTHING_TO_ANSWER("{0} has sent the mission nothing to answer", Arg.ACTOR),
    NO_ARRANGEMENT("no such arrangement is in force: {0}", Arg.ARRANGEMENT),
    MADE_BY_OTHER_ROLE("{0} was made by {1}; only that role can end it", Arg.ARRANGEMENT, Arg.ROLE),
    FORUM_NEEDS_MEMBERS("a forum needs members"),
    NO_DECISION_WAITING("no decision point ''{0}'' is waiting for a choice", Arg.TEXT),
    DECISION_OF_OTHER_ROLE("decision point {0} belongs to role {1}, not {2}", Arg.TEXT, Arg.TEXT, Arg.TEXT),
    NO_SUCH_OPTION("no option ''{0}'' at {1}; options: {2}", Arg.TEXT, Arg.TEXT, Arg.TEXT),
    // The control cell's acts (an exercise's MSEL, injects, dispositions, parameters, seats).
    NO_CONTROL_ACT("no control act"),
    SPEED_NEEDS_VALUE("speed needs a value of 0 (as fast as possible) or more hours per second"),
    NO_MSEL_NUMBER("no MSEL entry number"),
    NO_MSEL_ENTRY("no MSEL entry {0}", Arg.TEXT),
    MSEL_ENTRY_DONE("MSEL entry {0} has already fired or was cancelled", Arg.TEXT),
    DELAY_HOURS("a delay needs hours from 1 to {0}", Arg.TEXT),
    NO_ACTOR_NAMED("no actor ''{0}''", Arg.TEXT),
    NO_DISPOSITION("no disposition ''{0}''; dispositions: {1}", Arg.TEXT, Arg.TEXT),
    VALUE_OUT_OF_RANGE("{0} must be from {1} to {2}", Arg.TEXT, Arg.TEXT, Arg.TEXT),
    NO_PARAMETER("no numeric parameter ''{0}''", Arg.TEXT),
    NOTE_NEEDS_PARTICIPANT("a note names the participant it is about"),
    NOTE_NEEDS_TEXT("a note needs a text"),
    NO_ROLE_NAMED("no role ''{0}''", Arg.TEXT),
    SEAT_NEEDS_MODE("a seat needs a mode: WAIT or DOCTRINE"),
    INJECT_EMPTY("an inject needs a message, effects, or both"),
    INJECT_SENDER("an inject''s sender must be an actor or ''control'', not ''{0}''", Arg.TEXT),
    INJECT_NO_RECIPIENTS("an inject''s message needs recipients (roles or actors)"),
    NO_RECIPIENT("no role or actor ''{0}'' to send the inject to", Arg.TEXT),
    EFFECT_NEEDS_KIND("an effect needs a kind"),
    NO_ZONE_NAMED("no zone ''{0}''", Arg.TEXT),
    NO_ZONE_AMONG("no zone among {0}", Arg.TEXT),
    EFFECT_AMOUNT_NOT_NUMBER("an effect''s amount must be a number"),
    EFFECT_NEEDS_ACTOR("{0} needs an actor", Arg.EFFECT),
    ATTACK_NEEDS_FACTION_AND_ZONE("PREPARE_ATTACK needs a faction and a zone"),
    ATTACK_BY_FACTION_ONLY("only an armed faction prepares an attack, not {0}", Arg.ACTOR),
    NO_CHANNEL_NAMED("no channel ''{0}''", Arg.TEXT),
    OUTAGE_HOURS("an outage lasts 1 to {0} hours", Arg.TEXT),
    ROAD_CLOSED_NEEDS_ZONES("ROAD_CLOSED needs a zone, or two zones in ''between''"),
    ROAD_FACTOR("a road''s speed factor is 0 (closed) to 1"),
    CLOSURE_HOURS("a closure lasts 1 to {0} hours", Arg.TEXT),
    REQUEST_NEEDS_ACTOR_AND_TASK("REQUEST needs an actor and a task"),
    // The exercise server's own refusals of a message, before it reaches the engine.
    JOIN_FIRST("join with a code first"),
    ALREADY_JOINED("this connection has already joined as {0}", Arg.TEXT),
    WRONG_CODE("that code opens no seat of this exercise"),
    SEAT_TAKEN("the seat was taken by a new connection with its code"),
    SEAT_ACTS_FOR_NO_ROLE("the {0} seat acts for no role", Arg.SEAT),
    SEAT_ACTS_FOR_OTHER_ROLE("this seat acts for {0} only, not {1}", Arg.ROLE_ID, Arg.ROLE_ID),
    OBSERVER_NOTES_ONLY("an observer''s seat may take notes but not steer the exercise"),
    CONTROL_SEAT_ONLY("only the control cell''s seat may steer the exercise or take notes"),
    RATE_LIMITED("more than {0} messages a second; the rest of this second''s are dropped", Arg.TEXT),
    READ_UNSENT("update {0} was not sent on this connection or was already read; the last sent is {1}", Arg.TEXT,
        Arg.TEXT),
    MESSAGE_TOO_LARGE("message of {0} characters; at most {1}", Arg.TEXT, Arg.TEXT),
    TEXT_TOO_LARGE("a text of {0} characters; at most {1}", Arg.TEXT, Arg.TEXT),
    NOT_AN_OBJECT("expected a JSON object, got null"),
    NOT_JSON("not a JSON object: {0}", Arg.TEXT),
    UNKNOWN_MESSAGE_TYPE("unknown or missing message type"),
    UNKNOWN_MESSAGE_TYPE_NAMED("unknown or missing message type ''{0}''", Arg.TEXT),
    NOT_STANDING("field /arrangement/type: {0} makes no standing arrangement; one of {1}", Arg.ACTION, Arg.TEXT),
    BAD_FIELD("field {0}: {1}", Arg.TEXT, Arg.TEXT),
    JOIN_NEEDS_CODE_AND_NAME("a join needs a code and the participant''s name"),
    SERVER_FAILED("the server could not handle this message: {0}", Arg.TEXT),
    /** A text no template made (from an older log, a test, or another program): shown as it is. */
    OTHER("{0}", Arg.TEXT);

    private final TextTemplate template;
    private final List<Arg> kinds;

    Code(String template, Arg... kinds) {
      this.template = new TextTemplate(template, kinds.length);
      this.kinds = List.of(kinds);
    }

    /** The English template, a {@link java.text.MessageFormat} pattern. */
    public String template() {
      return template.template();
    }

    /** What each argument names, in order. */
    public List<Arg> kinds() {
      return kinds;
    }

    /** The English text of this refusal with the arguments (numbers as the engine writes them). */
    public String text(Object... args) {
      return of(args).text();
    }

    /** This refusal with the arguments (numbers written as the English text writes them). */
    public Refusal of(Object... args) {
      return Refusal.of(this, args);
    }
  }

  public Refusal {
    args = List.copyOf(args);
    if (args.size() != code.kinds.size()) {
      throw new IllegalArgumentException(code + " takes " + code.kinds.size() + " arguments, not " + args.size());
    }
  }

  /** A refusal with its arguments written as the English text writes them. */
  public static Refusal of(Code code, Object... args) {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      Arg kind = i < code.kinds.size() ? code.kinds.get(i) : Arg.TEXT;
      written.add(switch (kind) {
        case HOURS -> String.format(Locale.ROOT, "%.1f", ((Number) args[i]).doubleValue());
        case TRUST -> String.format(Locale.ROOT, "%.2f", ((Number) args[i]).doubleValue());
        default -> String.valueOf(args[i]);
      });
    }
    return new Refusal(code, written);
  }

  /** A text no template made (a control act's refusal, an older log's), said as it is. */
  public static Refusal other(String text) {
    return new Refusal(Code.OTHER, List.of(text));
  }

  /** The English text, as logs carry it. */
  public String text() {
    return code.template.fill(args);
  }

  /** The code and arguments of a refusal's English text; {@link Code#OTHER} with the text if no template made it. */
  public static Refusal parse(String text) {
    if (text == null) {
      return null;
    }
    for (Code code : Code.values()) {
      if (code == Code.OTHER) {
        continue;
      }
      List<String> args = code.template.match(text);
      if (args != null) {
        return new Refusal(code, args);
      }
    }
    return new Refusal(Code.OTHER, List.of(text));
  }
}
