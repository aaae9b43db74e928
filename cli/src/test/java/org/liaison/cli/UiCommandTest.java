package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UiCommandTest {
  @Test
  void helpNamesTheKeyboardShortcutsAndTheScreenshotOption() {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new UiCommand());
    cl.setOut(new PrintWriter(out));
    assertEquals(ExitCode.OK, cl.execute("--help"));
    assertTrue(out.toString().contains("Space play/pause"), out.toString());
    assertTrue(out.toString().contains("--screenshots"), out.toString());
  }

  @Test
  void aWindowSizeThatIsNotWidthByHeightIsRefusedAsInvalidInput() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new UiCommand());
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCode.INVALID_INPUT, cl.execute("--window", "big"));
    assertTrue(err.toString().contains("--window: expected WIDTHxHEIGHT such as 1024x700, got 'big'"), err.toString());
  }
}
