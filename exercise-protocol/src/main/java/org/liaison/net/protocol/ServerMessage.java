package org.liaison.net.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.liaison.scenario.Scenario;

/** What the exercise server sends a client, one JSON object per WebSocket text message. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ServerMessage.Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = ServerMessage.Update.class, name = "update"),
    @JsonSubTypes.Type(value = ServerMessage.Reply.class, name = "reply"),
    @JsonSubTypes.Type(value = ServerMessage.Error.class, name = "error")})
public sealed interface ServerMessage
    permits ServerMessage.Welcome, ServerMessage.Update, ServerMessage.Reply, ServerMessage.Error {

  /**
   * The seat a join took.
   *
   * @param seat the seat's name (the role id, {@code observer} or {@code control})
   * @param role the role the seat acts for, or null for an observer or the control cell
   * @param roleTitle the role's title, or null
   * @param briefing the scenario as the seat may know it, from which its screen draws the map,
   *     names and costs: the whole file for control and observers; for a role's seat without the
   *     MSEL, the decision points (its own arrive with its picture when they come), the actors'
   *     dispositions and the trust priors its side is not part of
   */
  record Welcome(@JsonProperty(required = true) String seat, @JsonProperty(required = true) SeatKind kind,
      String role, String roleTitle, @JsonProperty(required = true) String participant,
      @JsonProperty(required = true) String scenario, String scenarioTitle,
      @JsonProperty(required = true) long totalTicks, Scenario briefing) implements ServerMessage {}

  /**
   * What the seat may see now; sent after every change it can see (a tick, an act).
   *
   * @param serial counts the updates this connection received, from 1
   */
  record Update(@JsonProperty(required = true) long serial, @JsonProperty(required = true) SeatView view)
      implements ServerMessage {}

  /**
   * The outcome of an act, sent to the client that asked alone.
   *
   * @param id the act's id
   * @param accepted whether the engine took it
   * @param reason why not, or null
   * @param logSeq the decision log entry it made, or 0 if none
   */
  record Reply(@JsonProperty(required = true) long id, @JsonProperty(required = true) boolean accepted,
      String reason, long logSeq) implements ServerMessage {}

  /**
   * A message the server refused before it reached the engine, sent to its sender alone.
   *
   * @param id the refused message's id, if it could be read
   */
  record Error(@JsonProperty(required = true) ErrorCode code,
      @JsonProperty(required = true) @JsonPropertyDescription("What was wrong, in one line.") String message,
      Long id) implements ServerMessage {}

  /** Why the server refused a message. */
  enum ErrorCode {
    /** The join code opens no seat. */
    WRONG_CODE,
    /** Not JSON, not an object of a known type, or a field missing or of the wrong type. */
    MALFORMED,
    /** Longer than {@link Protocol#MAX_MESSAGE_CHARS}. */
    TOO_LARGE,
    /** More messages than {@link Protocol#MAX_MESSAGES_PER_SECOND} a second. */
    RATE_LIMITED,
    /** An act the seat may not make: another role's, an observer's, control without the control code. */
    FORBIDDEN,
    /** An act before joining, or a second join on the same connection. */
    OUT_OF_ORDER,
    /** The exercise has ended. */
    ENDED
  }
}
