package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.exercise.Exercise;
import org.liaison.net.protocol.Protocol;
import org.liaison.net.protocol.SeatKind;
import org.liaison.net.protocol.SeatView;
import org.liaison.net.protocol.ServerMessage;
import org.liaison.policy.ControlAct;
import org.liaison.scenario.Role;
import org.liaison.scenario.Scenario;

/** One picture's updates, written with their shared parts serialised once, are the protocol's own text. */
class UpdateWriterTest {
  @Test
  void everySeatsUpdateIsByteForByteWhatTheProtocolWritesAndSeatsOfOneSideShareTheirParts() {
    Scenario scenario = Exercises.read(Exercises.UKRAINE);
    Exercise exercise = new Exercise(scenario, 5);
    exercise.control("Ines", ControlAct.inject("control", List.of("patrol-leader"), "Shelling near the station.", null));
    exercise.advance(30, false);
    assertTrue(!exercise.snapshot().zones().isEmpty());
    SeatFilter filter = new SeatFilter(scenario);
    SeatFilter.Picture picture = new SeatFilter.Picture(exercise.snapshot(), SeatView.Status.RUNNING, 0,
        exercise.decisionLog().entries(), List.of(), List.of());
    List<Seat> seats = new ArrayList<>();
    int order = 0;
    for (Role r : scenario.metadata().roles()) {
      seats.add(new Seat(r.id(), SeatKind.ROLE, r.id(), order++, "code-" + order));
    }
    seats.add(new Seat("control", SeatKind.CONTROL, null, order++, "control-code"));
    seats.add(new Seat("observer", SeatKind.OBSERVER, null, order, "observer-code"));
    UpdateWriter writer = new UpdateWriter(17);
    List<SeatView> views = new ArrayList<>();
    for (Seat seat : seats) {
      SeatView view = filter.view(seat, picture, seat.role() == null ? null : exercise.availableActions(seat.role()));
      views.add(view);
      assertEquals(Protocol.write(new ServerMessage.Update(17, view)), writer.write(view), seat.name());
    }
    SeatView first = views.get(0);
    SeatView second = views.get(1);
    assertSame(first.zones(), second.zones(), "two roles of the mission share one list of zones");
    assertSame(first.messages(), second.messages());
  }
}
