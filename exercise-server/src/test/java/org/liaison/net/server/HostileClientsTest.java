package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.net.protocol.ClientMessage;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.net.protocol.ServerMessage.ErrorCode;
import org.liaison.policy.ControlAct;
import org.liaison.policy.DecisionLog;
import org.liaison.policy.Refusal;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.CoordinationAction;

/** Every bad message gets an error to its sender alone, changes nothing, and the others go on. */
class HostileClientsTest {
  private ExerciseServer server;
  private Map<String, String> codes;
  private ScriptedClient bystander;

  private Path dir;

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    this.dir = dir;
    server = Exercises.serve(Exercises.UKRAINE, 7, dir.resolve("exercise"), 0);
    codes = server.codes();
    bystander = new ScriptedClient(server.port());
    bystander.client.join(codes.get("head-of-office"), "Olena");
    bystander.await(m -> m instanceof ServerMessage.Update, 10);
  }

  @AfterEach
  void stop() throws Exception {
    bystander.close();
    server.close();
  }

  private static ServerMessage.Error error(ScriptedClient c, ErrorCode code) throws InterruptedException {
    return (ServerMessage.Error) c.await(m -> m instanceof ServerMessage.Error e && e.code() == code, 10);
  }

  /** The bystander still acts and hears its reply, and heard no error. */
  private void bystanderUnaffected() throws InterruptedException {
    long id = bystander.client.act("head-of-office", new CoordinationAction(ActionType.HIRE_INTERPRETERS, null, null,
        null, null, null, "ru", null, null));
    bystander.await(m -> m instanceof ServerMessage.Reply r && r.id() == id, 10);
    assertTrue(bystander.all(ServerMessage.Error.class).isEmpty(), "an error reached a bystander");
  }

  @Test
  void aWrongCodeOpensNoSeat() throws Exception {
    try (ScriptedClient intruder = new ScriptedClient(server.port())) {
      intruder.client.join("AAAA-BBBB-CCCC", "Mallory");
      ServerMessage.Error wrong = error(intruder, ErrorCode.WRONG_CODE);
      assertEquals(Refusal.Code.WRONG_CODE.of(), wrong.refusal());
      assertEquals("that code opens no seat of this exercise", wrong.message());
      intruder.client.act("patrol-leader", CoordinationAction.on(ActionType.SHARE_INFORMATION, "wsf"));
      assertEquals(Refusal.Code.JOIN_FIRST.of(), error(intruder, ErrorCode.OUT_OF_ORDER).refusal());
      assertTrue(intruder.all(ServerMessage.Welcome.class).isEmpty());
      assertTrue(intruder.all(ServerMessage.Update.class).isEmpty(), "no picture without a seat");
    }
    bystanderUnaffected();
    assertEquals(1, server.exercise().decisionLog().entries().size(), "only the bystander's act reached the engine");
  }

  /**
   * A participant who mistypes their code four times still joins with the right one; a fifth wrong
   * code closes the connection, so that codes cannot be guessed on it, and no one else notices.
   */
  @Test
  void fiveWrongCodesCloseTheConnectionFourDoNot() throws Exception {
    try (ScriptedClient typist = new ScriptedClient(server.port());
        ScriptedClient guesser = new ScriptedClient(server.port())) {
      for (int i = 0; i < 4; i++) {
        typist.client.join("AAAA-BBBB-CCC" + i, "Petra");
      }
      typist.await(m -> typist.all(ServerMessage.Error.class).size() == 4, 10);
      typist.client.join(codes.get("patrol-leader"), "Petra");
      typist.await(m -> m instanceof ServerMessage.Welcome, 10);
      assertEquals(null, typist.closedBecause, "four wrong codes leave the connection open");

      for (int i = 0; i < 5; i++) {
        guesser.client.join("DDDD-EEEE-FFF" + i, "Mallory");
      }
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (guesser.closedBecause == null && System.nanoTime() < end) {
        Thread.sleep(5);
      }
      assertEquals("too many wrong codes", guesser.closedBecause);
      assertEquals(5, guesser.all(ServerMessage.Error.class).stream().filter(e -> e.code() == ErrorCode.WRONG_CODE)
          .count(), "each wrong code answered, the last before the close");
      assertTrue(guesser.all(ServerMessage.Welcome.class).isEmpty());
    }
    bystanderUnaffected();
  }

  @Test
  void malformedMessagesAreRefusedWithAReason() throws Exception {
    try (ScriptedClient c = new ScriptedClient(server.port())) {
      c.client.join(codes.get("patrol-leader"), "Petra");
      c.await(m -> m instanceof ServerMessage.Welcome, 10);
      for (String bad : List.of("not json", "[1,2]", "{\"type\":\"fly\"}", "{\"type\":\"act\",\"id\":1}",
          "{\"type\":\"act\",\"id\":\"x\",\"role\":\"patrol-leader\",\"action\":{\"type\":\"SHARE_INFORMATION\"}}",
          "{\"type\":\"act\",\"id\":1,\"role\":\"patrol-leader\",\"action\":{\"type\":\"NO_SUCH_ACTION\"}}",
          "{\"type\":\"choose\",\"id\":1,\"role\":\"patrol-leader\",\"point\":\"p\",\"option\":\"o\",\"extra\":1}",
          "{\"type\":\"join\",\"type\":\"join\",\"code\":\"x\",\"participant\":\"y\"}")) {
        c.client.sendText(bad);
      }
      c.await(m -> c.all(ServerMessage.Error.class).size() == 8, 10);
      assertTrue(c.all(ServerMessage.Error.class).stream().allMatch(e -> e.code() == ErrorCode.MALFORMED),
          c.all(ServerMessage.Error.class).toString());
    }
    bystanderUnaffected();
  }

  @Test
  void anOversizedMessageIsRefusedAndAHugeOneClosesOnlyItsConnection() throws Exception {
    try (ScriptedClient c = new ScriptedClient(server.port())) {
      c.client.join(codes.get("patrol-leader"), "Petra");
      c.await(m -> m instanceof ServerMessage.Welcome, 10);
      c.client.send(new ClientMessage.Control(1, ControlAct.note("Petra", "x".repeat(Protocol.MAX_TEXT_CHARS + 1))));
      error(c, ErrorCode.TOO_LARGE);
      c.client.sendText("{\"type\":\"join\",\"code\":\"" + "x".repeat(Protocol.MAX_MESSAGE_CHARS) + "\",\"participant\":\"p\"}");
      error(c, ErrorCode.TOO_LARGE);
    }
    try (ScriptedClient c = new ScriptedClient(server.port())) {
      c.client.sendText("x".repeat(Protocol.MAX_MESSAGE_CHARS * 5));
      Thread.sleep(500);
    }
    bystanderUnaffected();
  }

  @Test
  void aFloodIsCutAtTheRateWithOneError() throws Exception {
    try (ScriptedClient c = new ScriptedClient(server.port())) {
      c.client.join(codes.get("patrol-leader"), "Petra");
      c.await(m -> m instanceof ServerMessage.Welcome, 10);
      for (int i = 0; i < 400; i++) {
        c.client.act("patrol-leader", CoordinationAction.on(ActionType.SHARE_INFORMATION, "no-such-actor"));
      }
      error(c, ErrorCode.RATE_LIMITED);
      Thread.sleep(300);
      long replies = c.all(ServerMessage.Reply.class).size();
      assertTrue(replies <= 2L * Protocol.MAX_MESSAGES_PER_SECOND, replies + " acts got through");
      assertTrue(c.all(ServerMessage.Error.class).stream().filter(e -> e.code() == ErrorCode.RATE_LIMITED).count() <= 2);
    }
    bystanderUnaffected();
  }

  @Test
  void aSeatCannotActForAnotherRoleNorSteerTheExercise() throws Exception {
    try (ScriptedClient c = new ScriptedClient(server.port())) {
      c.client.join(codes.get("patrol-leader"), "Petra");
      c.await(m -> m instanceof ServerMessage.Welcome, 10);
      c.client.act("head-of-office", CoordinationAction.on(ActionType.SHARE_INFORMATION, "wsf"));
      c.client.choose("head-of-office", "dp-language", "interpreters");
      c.client.control(ControlAct.resume());
      c.await(m -> c.all(ServerMessage.Error.class).size() == 3, 10);
      assertTrue(c.all(ServerMessage.Error.class).stream().allMatch(e -> e.code() == ErrorCode.FORBIDDEN));
      assertEquals(List.of(Refusal.Code.SEAT_ACTS_FOR_OTHER_ROLE.of("patrol-leader", "head-of-office"),
          Refusal.Code.SEAT_ACTS_FOR_OTHER_ROLE.of("patrol-leader", "head-of-office"), Refusal.Code.CONTROL_SEAT_ONLY.of()),
          c.all(ServerMessage.Error.class).stream().map(ServerMessage.Error::refusal).toList());
      assertTrue(c.all(ServerMessage.Error.class).stream().allMatch(e -> e.message().equals(e.refusal().text())),
          "the English message is the code's own text");
    }
    try (ScriptedClient observer = new ScriptedClient(server.port())) {
      observer.client.join(codes.get("observer"), "Evaluator");
      observer.await(m -> m instanceof ServerMessage.Welcome, 10);
      observer.client.act("head-of-office", CoordinationAction.on(ActionType.SHARE_INFORMATION, "wsf"));
      assertEquals(Refusal.Code.SEAT_ACTS_FOR_NO_ROLE.of("observer"), error(observer, ErrorCode.FORBIDDEN).refusal());
    }
    bystanderUnaffected();
    assertEquals(1, server.exercise().decisionLog().entries().size(), "no forbidden act reached the engine");
  }

  @Test
  void notesAreTheControlCellsAndItsObserversButNoRoleSeatsAndTheReviewShowsThem() throws Exception {
    try (ScriptedClient role = new ScriptedClient(server.port());
        ScriptedClient observer = new ScriptedClient(server.port());
        ScriptedClient control = new ScriptedClient(server.port())) {
      role.client.join(codes.get("patrol-leader"), "Petra");
      role.await(m -> m instanceof ServerMessage.Welcome, 10);
      long byRole = role.client.control(ControlAct.note("Olena", "slow to share"));
      ServerMessage.Error refused = (ServerMessage.Error) role.await(m -> m instanceof ServerMessage.Error e
          && e.id() != null && e.id() == byRole, 10);
      assertEquals(ErrorCode.FORBIDDEN, refused.code());

      observer.client.join(codes.get("observer"), "Evaluator");
      observer.await(m -> m instanceof ServerMessage.Welcome, 10);
      long note = observer.client.control(ControlAct.note("Olena", "briefed the patrol before asking the elders"));
      observer.await(m -> m instanceof ServerMessage.Reply r && r.id() == note && r.accepted() && r.logSeq() > 0, 10);
      long steer = observer.client.control(ControlAct.resume());
      long inject = observer.client.control(ControlAct.inject("control", List.of("patrol-leader"), "A rumour.", null));
      observer.await(m -> m instanceof ServerMessage.Error e && e.id() != null && e.id() == inject, 10);
      assertTrue(observer.all(ServerMessage.Error.class).stream().filter(e -> e.id() != null && (e.id() == steer || e.id() == inject))
          .allMatch(e -> e.code() == ErrorCode.FORBIDDEN && e.message().contains("may take notes but not steer")));

      control.client.join(codes.get("control"), "Ines");
      control.await(m -> m instanceof ServerMessage.Welcome, 10);
      long own = control.client.control(ControlAct.note("Petra", "tried to write a note of her own"));
      control.await(m -> m instanceof ServerMessage.Reply r && r.id() == own && r.accepted(), 10);

      List<DecisionLog.Entry> notes = server.exercise().decisionLog().entries().stream()
          .filter(e -> e.kind() == DecisionLog.Kind.CONTROL && e.control().type() == ControlAct.Type.NOTE).toList();
      assertEquals(List.of("Evaluator", "Ines"), notes.stream().map(DecisionLog.Entry::by).toList(),
          "the observer's and control's notes, and no role's");
      assertTrue(server.exercise().decisionLog().entries().stream().noneMatch(e -> e.kind() == DecisionLog.Kind.CONTROL
          && e.control().type() != ControlAct.Type.NOTE), "the observer steered nothing");

      for (String r : NetworkedExerciseTest.ROLES) {
        control.client.control(ControlAct.seat(r, ControlAct.SeatMode.DOCTRINE));
      }
      control.client.control(ControlAct.speed(0));
      control.client.control(ControlAct.resume());
      assertTrue(server.awaitFinished(240, TimeUnit.SECONDS));
    }
    String review = Files.readString(dir.resolve("exercise").resolve(Review.FILE));
    assertTrue(review.contains("on Olena (by Evaluator, observer seat): briefed the patrol before asking the elders"),
        review);
    assertTrue(review.contains("on Petra (by Ines, control seat): tried to write a note of her own"), review);
    assertFalse(review.contains("slow to share"), review);
  }
}
