package org.liaison.net.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.CoordinationAction;

/**
 * What a client sends the exercise server, one JSON object per WebSocket text message with its
 * {@code type} first. The first message of a connection is a {@link Join}; every later one but
 * {@link Read} carries an {@code id} the server's {@link ServerMessage.Reply} answers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClientMessage.Join.class, name = "join"),
    @JsonSubTypes.Type(value = ClientMessage.Act.class, name = "act"),
    @JsonSubTypes.Type(value = ClientMessage.End.class, name = "end"),
    @JsonSubTypes.Type(value = ClientMessage.Choose.class, name = "choose"),
    @JsonSubTypes.Type(value = ClientMessage.Control.class, name = "control"),
    @JsonSubTypes.Type(value = ClientMessage.Read.class, name = "read")})
public sealed interface ClientMessage permits ClientMessage.Join, ClientMessage.Act, ClientMessage.End,
    ClientMessage.Choose, ClientMessage.Control, ClientMessage.Read {

  /**
   * Takes the seat a join code opens; joining again with the same code takes the seat back
   * (after a dropped connection) and closes the older connection.
   */
  record Join(
      @JsonProperty(required = true) @JsonPropertyDescription("The seat's, the observers' or the control cell's join code.") String code,
      @JsonProperty(required = true) @JsonPropertyDescription("The participant's name, as the review shows it.") String participant,
      @JsonPropertyDescription("The language the participant reads, as a BCP 47 tag such as fr: the scenario's texts"
          + " (names, briefing, decision points, injects) come in it where the scenario file gives them; the"
          + " scenario's own language when left out.") String language)
      implements ClientMessage {

    /** A join in the scenario's own language. */
    public Join(String code, String participant) {
      this(code, participant, null);
    }
  }

  /** A free coordination action in the name of the seat's role. */
  record Act(
      @JsonProperty(required = true) long id,
      @JsonProperty(required = true) @JsonPropertyDescription("The role acted for; must be the seat's own.") String role,
      @JsonProperty(required = true) CoordinationAction action) implements ClientMessage {}

  /**
   * Ends a standing arrangement the seat's role made (a liaison officer, an alert network,
   * interpreters, deconfliction, an escort, a partnership): the engine refuses one another role made.
   */
  record End(
      @JsonProperty(required = true) long id,
      @JsonProperty(required = true) @JsonPropertyDescription("The role acted for; must be the seat's own.") String role,
      @JsonProperty(required = true) @JsonPropertyDescription("The arrangement, as the action that made it: its type and its target or language.")
      CoordinationAction arrangement) implements ClientMessage {

    /** The action the engine takes for it. */
    public CoordinationAction action() {
      return CoordinationAction.ending(arrangement);
    }
  }

  /** A choice at a decision point waiting for the seat's role. */
  record Choose(
      @JsonProperty(required = true) long id,
      @JsonProperty(required = true) String role,
      @JsonProperty(required = true) String point,
      @JsonProperty(required = true) String option) implements ClientMessage {}

  /** An act of exercise control; only the control cell's seat may send it. */
  record Control(
      @JsonProperty(required = true) long id,
      @JsonProperty(required = true) ControlAct act) implements ClientMessage {}

  /**
   * Says that the client has read the updates up to one: sent after applying each update. From a
   * connection's first, the server keeps at most {@link Protocol#UNREAD_UPDATES} updates unread by
   * it and, while it reads, keeps only the newest picture for it, so that a client that falls
   * behind reads the newest picture next instead of every one before it. A client that never sends
   * it gets every update as soon as the one before is written. It gets no reply; one that names an
   * update not sent, or one already read, is refused.
   */
  record Read(
      @JsonProperty(required = true) @JsonPropertyDescription("The serial of the last update the client has applied.")
      long serial) implements ClientMessage {}
}
