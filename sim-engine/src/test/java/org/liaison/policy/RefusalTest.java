package org.liaison.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.policy.Refusal.Code;

class RefusalTest {
  @Test
  void everyCodesTextReadsBackAsTheSameCodeAndArguments() {
    for (Code code : Code.values()) {
      List<Object> args = new ArrayList<>();
      for (Refusal.Arg kind : code.kinds()) {
        args.add(switch (kind) {
          case HOURS -> 9.25;
          case TRUST -> 0.3;
          case ACTION -> "ASSIGN_LIAISON_OFFICER";
          case ARRANGEMENT -> "ASSIGN_LIAISON_OFFICER with Village elders (north)";
          default -> "it's a-" + args.size();
        });
      }
      Refusal made = Refusal.of(code, args.toArray());
      assertEquals(made, Refusal.parse(made.text()), code.name());
    }
  }

  @Test
  void theEnglishTextIsTheOneLogsHaveAlwaysCarried() {
    assertEquals("not enough coordination capacity today (9.0 staff-hours needed, 2.5 left)",
        Code.NOT_ENOUGH_CAPACITY.text(9.0, 2.5));
    assertEquals("the Force commander does not order MEDIATION (not among the role's actions)",
        Code.ROLE_DOES_NOT_ORDER.text("Force commander", "MEDIATION"));
    assertEquals("jareer-committee does not consent to contact (its trust in the mission 0.12 is below 0.30)",
        Code.NO_CONSENT.text("jareer-committee", 0.123, 0.3));
    assertEquals("unknown zone 'nowhere'", Code.UNKNOWN_ZONE.text("nowhere"));
  }

  @Test
  void aTextNoTemplateMadeIsKeptAsItIs() {
    Refusal r = Refusal.parse("not now");
    assertEquals(Code.OTHER, r.code());
    assertEquals(List.of("not now"), r.args());
    assertNotEquals(Code.OTHER, Refusal.parse("no channel to Village elders").code());
  }
}
