package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.policy.ControlAct.Type;

/** Each act of exercise control carries what it needs, and only the acts on the world change it. */
class ControlActTest {
  @Test
  void eachActCarriesItsOwnFields() {
    assertEquals(Type.PAUSE, ControlAct.pause().type());
    assertEquals(Type.RESUME, ControlAct.resume().type());
    assertEquals(6.0, ControlAct.speed(6).value());
    assertEquals(Type.SPEED, ControlAct.speed(6).type());
    assertEquals(3, ControlAct.fire(3).entry());
    assertEquals(Type.FIRE, ControlAct.fire(3).type());
    ControlAct delay = ControlAct.delay(4, 12);
    assertEquals(Type.DELAY, delay.type());
    assertEquals(4, delay.entry());
    assertEquals(12, delay.hours());
    assertEquals(Type.CANCEL, ControlAct.cancel(5).type());
    assertEquals(5, ControlAct.cancel(5).entry());
    ControlAct inject = ControlAct.inject("control", List.of("commander"), "Shots heard.", null);
    assertEquals(Type.INJECT, inject.type());
    assertEquals("control", inject.from());
    assertEquals(List.of("commander"), inject.to());
    assertEquals("Shots heard.", inject.message());
    assertNull(inject.effects());
    ControlAct disposition = ControlAct.disposition("armed-group", "hostility", 0.9);
    assertEquals(Type.DISPOSITION, disposition.type());
    assertEquals("armed-group", disposition.actor());
    assertEquals("hostility", disposition.name());
    assertEquals(0.9, disposition.value());
    ControlAct parameter = ControlAct.parameter("attackRatePerDay", 2);
    assertEquals(Type.PARAMETER, parameter.type());
    assertEquals("attackRatePerDay", parameter.name());
    assertEquals(2.0, parameter.value());
    ControlAct note = ControlAct.note("Ana", "Asked the elders first.");
    assertEquals(Type.NOTE, note.type());
    assertEquals("Ana", note.participant());
    assertEquals("Asked the elders first.", note.text());
    ControlAct seat = ControlAct.seat("commander", ControlAct.SeatMode.DOCTRINE);
    assertEquals(Type.SEAT, seat.type());
    assertEquals("commander", seat.role());
    assertEquals(ControlAct.SeatMode.DOCTRINE, seat.mode());
  }

  @Test
  void onlyActsOnTheWorldChangeIt() {
    for (ControlAct act : List.of(ControlAct.fire(1), ControlAct.delay(1, 2), ControlAct.cancel(1),
        ControlAct.inject("control", List.of("commander"), "m", null), ControlAct.disposition("a", "hostility", 0.5),
        ControlAct.parameter("attackRatePerDay", 1))) {
      assertTrue(act.changesWorld(), act.type().name());
    }
    for (ControlAct act : List.of(ControlAct.pause(), ControlAct.resume(), ControlAct.speed(2), ControlAct.note("Ana", "t"),
        ControlAct.seat("commander", ControlAct.SeatMode.WAIT))) {
      assertFalse(act.changesWorld(), act.type().name());
    }
  }

  @Test
  void itsListsAreCopiesAndItsTypeIsRequired() {
    List<String> to = new ArrayList<>(List.of("commander"));
    ControlAct inject = ControlAct.inject("control", to, "m", List.of());
    to.add("civil-affairs");
    assertEquals(List.of("commander"), inject.to());
    assertThrows(UnsupportedOperationException.class, () -> inject.to().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> inject.effects().add(null));
    assertThrows(NullPointerException.class, () -> new ControlAct(null, null, null, null, null, null, null, null, null,
        null, null, null, null, null));
  }
}
