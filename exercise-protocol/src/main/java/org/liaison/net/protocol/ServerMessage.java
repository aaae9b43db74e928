package org.liaison.net.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.liaison.policy.Refusal;
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
   *     dispositions, the trust priors its side is not part of and the channels it does not know of
   *     (those not at one of its actors or at a hub one of them sits in)
   */
  record Welcome(@JsonProperty(required = true) String seat, @JsonProperty(required = true) SeatKind kind,
      String role, String roleTitle, @JsonProperty(required = true) String participant,
      @JsonProperty(required = true) String scenario, String scenarioTitle,
      @JsonProperty(required = true) long totalTicks, Scenario briefing) implements ServerMessage {}

  /**
   * What the seat may see now; sent after every change it can see (a tick, an act). The first
   * update of a connection holds the whole view; each later one holds only the view's fields that
   * changed since the update before it on the same connection, names in {@code kept} the fields
   * left out because they did not change, and in {@code appended} the lists it holds only the new
   * elements of. A field neither sent nor kept is null (the seat may not see it, or it has gone).
   *
   * @param serial counts the updates this connection received, from 1
   * @param view the fields that changed (every field in the first update)
   * @param kept fields of the view (lists and maps only) unchanged since the previous update, left out
   * @param appended lists of the view sent as their new elements alone, to add after the previous
   *     update's (only {@code log}, which is then trimmed to its latest {@link SeatView#LOG_LINES})
   */
  record Update(@JsonProperty(required = true) long serial, @JsonProperty(required = true) SeatView view,
      List<String> kept, List<String> appended) implements ServerMessage {
    private static final RecordComponent[] FIELDS = SeatView.class.getRecordComponents();

    /** A whole view, as the first update of a connection sends it. */
    public Update(long serial, SeatView view) {
      this(serial, view, null, null);
    }

    /**
     * The whole view this update stands for: its own fields, the kept ones from the view before,
     * the appended lists after the view before's.
     *
     * @param previous the whole view of the update before on this connection, or null for the first
     * @throws Protocol.InvalidMessageException if it keeps or appends to a field there is no view before of
     */
    public SeatView after(SeatView previous) throws Protocol.InvalidMessageException {
      List<String> keep = kept == null ? List.of() : kept;
      List<String> append = appended == null ? List.of() : appended;
      if (keep.isEmpty() && append.isEmpty()) {
        return view;
      }
      if (previous == null) {
        throw new Protocol.InvalidMessageException(ErrorCode.MALFORMED,
            "an update that keeps or appends to fields of a view this connection never received");
      }
      for (String name : keep) {
        if (java.util.Arrays.stream(FIELDS).noneMatch(f -> f.getName().equals(name)
            && (List.class.isAssignableFrom(f.getType()) || java.util.Map.class.isAssignableFrom(f.getType())))) {
          throw new Protocol.InvalidMessageException(ErrorCode.MALFORMED, "field /kept: '" + name
              + "' is not a list or map of a seat's view; only those may be kept");
        }
      }
      for (String name : append) {
        if (!name.equals("log")) {
          throw new Protocol.InvalidMessageException(ErrorCode.MALFORMED, "field /appended: '" + name
              + "' cannot be appended to; only log");
        }
      }
      Object[] values = new Object[FIELDS.length];
      Class<?>[] types = new Class<?>[FIELDS.length];
      for (int i = 0; i < FIELDS.length; i++) {
        RecordComponent f = FIELDS[i];
        types[i] = f.getType();
        Object now = value(f, view);
        if (keep.contains(f.getName())) {
          values[i] = value(f, previous);
        } else if (append.contains(f.getName())) {
          List<SeatView.LogLine> joined = new ArrayList<>(previous.log() == null ? List.of() : previous.log());
          joined.addAll(view.log() == null ? List.of() : view.log());
          values[i] = List.copyOf(joined.subList(Math.max(0, joined.size() - SeatView.LOG_LINES), joined.size()));
        } else {
          values[i] = now;
        }
      }
      try {
        return SeatView.class.getDeclaredConstructor(types).newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build the seat's view", e);
      }
    }

    private static Object value(RecordComponent field, SeatView view) {
      try {
        return field.getAccessor().invoke(view);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read the view's " + field.getName(), e);
      }
    }
  }

  /**
   * The outcome of an act, sent to the client that asked alone.
   *
   * @param id the act's id
   * @param accepted whether the engine took it
   * @param reason why not in English, as the decision log keeps it, or null
   * @param refusal why not as a code and its arguments, from which a client says it in its own
   *     language with the scenario's names, or null
   * @param logSeq the decision log entry it made, or 0 if none
   */
  record Reply(@JsonProperty(required = true) long id, @JsonProperty(required = true) boolean accepted,
      String reason, Refusal refusal, long logSeq) implements ServerMessage {}

  /**
   * A message the server refused before it reached the engine, sent to its sender alone.
   *
   * @param id the refused message's id, if it could be read
   * @param refusal what was wrong as a code and its arguments, from which a client says it in its own
   *     language; {@code message} is its English text (null from a server that sends the text alone)
   */
  record Error(@JsonProperty(required = true) ErrorCode code,
      @JsonProperty(required = true) @JsonPropertyDescription("What was wrong, in one line.") String message,
      Long id, Refusal refusal) implements ServerMessage {
    /** An error whose message is the refusal's English text. */
    public Error(ErrorCode code, Refusal refusal, Long id) {
      this(code, refusal.text(), id, refusal);
    }
  }

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
    /** An act before joining, a second join on the same connection, or a read of an update not sent. */
    OUT_OF_ORDER,
    /** The exercise has ended. */
    ENDED
  }
}
