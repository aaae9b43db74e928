package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exercise.ExerciseSnapshot;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.Refusal;
import org.liaison.net.protocol.ServerMessage.ErrorCode;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/** A seat ends its own role's standing arrangements through the server, and no other role's. */
class EndArrangementTest {
  private static final CoordinationAction INTERPRETERS = new CoordinationAction(ActionType.HIRE_INTERPRETERS, null,
      null, null, null, null, "ru", null, null);

  private ExerciseServer server;
  private ScriptedClient head;
  private ScriptedClient patrol;

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    server = Exercises.serve(Exercises.UKRAINE, 7, dir.resolve("exercise"), 0);
    Map<String, String> codes = server.codes();
    head = new ScriptedClient(server.port());
    head.client.join(codes.get("head-of-office"), "Olena");
    head.await(m -> m instanceof ServerMessage.Update, 10);
    patrol = new ScriptedClient(server.port());
    patrol.client.join(codes.get("patrol-leader"), "Petra");
    patrol.await(m -> m instanceof ServerMessage.Update, 10);
  }

  @AfterEach
  void stop() throws Exception {
    head.close();
    patrol.close();
    server.close();
  }

  private static ServerMessage.Reply reply(ScriptedClient c, long id) throws InterruptedException {
    return (ServerMessage.Reply) c.await(m -> m instanceof ServerMessage.Reply r && r.id() == id, 10);
  }

  @Test
  void aSeatEndsItsOwnArrangementAndNotAnotherRoles() throws Exception {
    assertTrue(reply(head, head.client.act("head-of-office", INTERPRETERS)).accepted());
    assertEquals(1, server.exercise().arrangements().size());
    // The staff-hours are the mission's: the other role's seat sees what takes them, and who holds it.
    double perDay = Exercises.read(Exercises.UKRAINE).coordination().costOf(ActionType.HIRE_INTERPRETERS);
    ServerMessage.Update seen = (ServerMessage.Update) patrol.await(m -> m instanceof ServerMessage.Update u
        && u.view().capacity() != null && !u.view().capacity().standing().isEmpty(), 10);
    assertEquals(List.of(new ExerciseSnapshot.Commitment(INTERPRETERS, "head-of-office",
        server.exercise().arrangements().get(0).since(), perDay)), seen.view().capacity().standing());
    assertEquals(perDay, seen.view().capacity().standingPerDay(), 1e-9, "the list adds up to the standing total");

    long speaksForAnother = patrol.client.end("head-of-office", INTERPRETERS);
    ServerMessage.Error forbidden = (ServerMessage.Error) patrol.await(
        m -> m instanceof ServerMessage.Error e && e.code() == ErrorCode.FORBIDDEN, 10);
    assertEquals(speaksForAnother, forbidden.id());

    ServerMessage.Reply refused = reply(patrol, patrol.client.end("patrol-leader", INTERPRETERS));
    assertFalse(refused.accepted());
    assertTrue(refused.reason().contains("Head of the monitoring team"), refused.reason());
    // The refusal travels as its code and arguments beside the log's English text, for the seat to say in its language.
    assertEquals(Refusal.Code.MADE_BY_OTHER_ROLE, refused.refusal().code());
    assertEquals(List.of("HIRE_INTERPRETERS for ru", "Head of the monitoring team"), refused.refusal().args());
    assertEquals(refused.reason(), refused.refusal().text());
    assertEquals(1, server.exercise().arrangements().size(), "refused twice, still in force");

    ServerMessage.Reply ended = reply(head, head.client.end("head-of-office", INTERPRETERS));
    assertTrue(ended.accepted(), ended.reason());
    assertTrue(server.exercise().arrangements().isEmpty());
    var last = server.exercise().decisionLog().entries().get(server.exercise().decisionLog().entries().size() - 1);
    assertEquals(ActionType.END_ARRANGEMENT, last.action().type());
    assertEquals(ActionType.HIRE_INTERPRETERS, last.action().ends());
    assertEquals("head-of-office", last.role());
    assertTrue(head.all(ServerMessage.Error.class).isEmpty(), "the owner heard no error");
  }

  @Test
  void anEndOfSomethingThatIsNoArrangementIsMalformed() throws Exception {
    patrol.client.sendText("{\"type\":\"end\",\"id\":5,\"role\":\"patrol-leader\",\"arrangement\":"
        + "{\"type\":\"SHARE_INFORMATION\",\"target\":\"wsf\"}}");
    ServerMessage.Error e = (ServerMessage.Error) patrol.await(
        m -> m instanceof ServerMessage.Error x && x.code() == ErrorCode.MALFORMED, 10);
    assertTrue(e.message().contains("no standing arrangement"), e.message());
    assertTrue(server.exercise().decisionLog().entries().isEmpty(), "nothing reached the engine");
  }
}
