package org.liaison.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.indicators.Measured.Code;

class MeasuredTest {
  @Test
  void everyCodesTextReadsBackAsTheSameCodeAndArguments() {
    for (Code code : Code.values()) {
      List<Object> args = new ArrayList<>();
      for (Measured.Arg kind : code.kinds()) {
        args.add(switch (kind) {
          case VALUE -> 0.25;
          case HOURS -> 12L;
          case RESPONSE -> "ASSIGN_LIAISON_OFFICER on jareer-committee by head-of-office";
          case WINDOW -> "within 6 h to 48 h of the entry";
          default -> "warningCoverage";
        });
      }
      Measured made = Measured.of(code, args.toArray());
      assertEquals(made, Measured.parse(made.text()), code.name());
    }
  }

  @Test
  void theEnglishTextIsTheOneReportsHaveAlwaysCarried() {
    assertEquals("warningCoverage = 0.250", Code.VALUE.text("warningCoverage", 0.25));
    assertEquals("late: OPEN_CHANNEL taken 30 h after the entry (within 24 h expected)",
        Code.LATE_AFTER.text("OPEN_CHANNEL", 30, "within 24 h"));
    assertEquals(Code.OTHER, Measured.parse("something else").code());
  }
}
