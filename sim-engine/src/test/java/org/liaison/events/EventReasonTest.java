package org.liaison.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.events.EventReason.Code;

class EventReasonTest {
  @Test
  void everyReasonReadsBackAsItsCodeAndTheActorsItNames() {
    for (Code code : Code.values()) {
      String text = code == Code.OTHER ? "something else" : code.text("ngo-1");
      EventReason r = EventReason.parse(text);
      assertEquals(code, r.code(), text);
      assertEquals(text, r.text());
    }
    assertEquals(List.of("shabaab"), EventReason.parse("mission seen with shabaab").args());
    assertEquals("association of ngo-1 with the military", Code.NGO_WITH_MILITARY.text("ngo-1"));
  }
}
