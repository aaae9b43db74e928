package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.exercise.Exercise;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/**
 * The seats' updates written from serialised parts: a whole view is the protocol's own text, and
 * an update of only what changed gives the client, applied to the view before, the whole new view.
 */
class UpdateWriterTest {
  private final Scenario scenario = Exercises.read(Exercises.UKRAINE);
  private final SeatFilter filter = new SeatFilter(scenario);
  private final List<Seat> seats = new ArrayList<>();

  UpdateWriterTest() {
    int order = 0;
    for (Role r : scenario.metadata().roles()) {
      seats.add(new Seat(r.id(), SeatKind.ROLE, r.id(), order++, "code-" + order));
    }
    seats.add(new Seat("control", SeatKind.CONTROL, null, order++, "control-code"));
    seats.add(new Seat("observer", SeatKind.OBSERVER, null, order, "observer-code"));
  }

  private Map<Seat, SeatView> picture(Exercise exercise) {
    SeatFilter.Picture picture = new SeatFilter.Picture(exercise.snapshot(), SeatView.Status.RUNNING, 0,
        exercise.decisionLog().entries(), exercise.refusals(), exercise.channels(), List.of(), List.of());
    Map<Seat, SeatView> views = new LinkedHashMap<>();
    for (Seat seat : seats) {
      views.put(seat, filter.view(seat, picture, seat.role() == null ? null : exercise.availableActions(seat.role())));
    }
    return views;
  }

  @Test
  void aWholeViewIsByteForByteWhatTheProtocolWritesAndSeatsOfOneSideShareTheirParts() {
    Exercise exercise = new Exercise(scenario, 5);
    exercise.control("Ines", ControlAct.inject("control", List.of("patrol-leader"), "Shelling near the station.", null));
    exercise.advance(30, false);
    UpdateWriter writer = new UpdateWriter();
    writer.next();
    Map<Seat, SeatView> views = picture(exercise);
    for (var e : views.entrySet()) {
      assertEquals(Protocol.write(new ServerMessage.Update(17, e.getValue())),
          UpdateWriter.text(17, writer.parts(e.getValue()), null), e.getKey().name());
    }
    List<SeatView> list = new ArrayList<>(views.values());
    assertSame(list.get(0).zones(), list.get(1).zones(), "two roles of the mission share one list of zones");
    assertSame(list.get(0).messages(), list.get(1).messages());
  }

  @Test
  void anUpdateOfWhatChangedAppliedToTheViewBeforeIsTheWholeNewView() throws Exception {
    Exercise exercise = new Exercise(scenario, 5);
    exercise.advance(20, false);
    UpdateWriter writer = new UpdateWriter();
    writer.next();
    Map<Seat, SeatView> before = picture(exercise);
    Map<Seat, UpdateWriter.Parts> beforeParts = new LinkedHashMap<>();
    before.forEach((seat, v) -> beforeParts.put(seat, writer.parts(v)));
    exercise.control("Ines", ControlAct.inject("control", List.of("patrol-leader"), "Shelling near the station.", null));
    exercise.control("Ines", ControlAct.note("Petra", "asked the elders first"));
    exercise.take("patrol-leader", exercise.availableActions("patrol-leader").stream()
        .filter(org.liaison.exercise.AvailableAction::allowed).findFirst().orElseThrow().candidates().get(0));
    exercise.advance(1, false);
    writer.next();
    Map<Seat, SeatView> after = picture(exercise);
    boolean appendedSomewhere = false;
    for (Seat seat : seats) {
      UpdateWriter.Parts now = writer.parts(after.get(seat));
      String delta = UpdateWriter.text(2, now, beforeParts.get(seat));
      String whole = UpdateWriter.text(2, now, null);
      assertTrue(delta.length() < whole.length(), seat.name() + ": the update holds less than the whole view");
      ServerMessage.Update u = (ServerMessage.Update) Protocol.readServer(delta);
      SeatView previous = ((ServerMessage.Update) Protocol.readServer(UpdateWriter.text(1, beforeParts.get(seat), null))).view();
      SeatView expected = ((ServerMessage.Update) Protocol.readServer(whole)).view();
      assertEquals(expected, u.after(previous), seat.name());
      assertTrue(u.kept().contains("zones") || seat.kind() != SeatKind.ROLE || !expected.zones().equals(previous.zones()),
          seat.name() + ": unchanged zones are kept, not sent");
      appendedSomewhere |= u.appended() != null && u.appended().contains("log");
    }
    assertTrue(appendedSomewhere, "a log that grew is sent as its new lines");
    UpdateWriter.Parts same = writer.parts(after.get(seats.get(0)));
    ServerMessage.Update nothing = (ServerMessage.Update) Protocol.readServer(UpdateWriter.text(3, same, same));
    assertNull(nothing.view().zones(), "an unchanged picture sends no list again");
    assertFalse(nothing.kept().isEmpty());
  }

  @Test
  void anUpdateThatKeepsFieldsOfNoViewBeforeIsRefused() throws Exception {
    ServerMessage.Update u = (ServerMessage.Update) Protocol.readServer(
        "{\"type\":\"update\",\"serial\":1,\"view\":{\"speed\":0,\"logSize\":0},\"kept\":[\"zones\"]}");
    Protocol.InvalidMessageException e = org.junit.jupiter.api.Assertions.assertThrows(
        Protocol.InvalidMessageException.class, () -> u.after(null));
    assertTrue(e.getMessage().contains("never received"), e.getMessage());
  }
}
