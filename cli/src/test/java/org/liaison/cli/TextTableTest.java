package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void aCellsWidthIsCountedInTerminalColumnsNotInChars() {
    assertEquals(5, TextTable.columns("Délai"), "a precomposed é is one column");
    assertEquals(5, TextTable.columns("De\u0301lai"), "e and a combining acute accent are one column");
    assertEquals(5, TextTable.columns("(0–1)"), "an en dash is one column");
    assertEquals(4, TextTable.columns("会議"), "an East Asian wide letter is two columns");
    assertEquals(2, TextTable.columns("a\u200bb"), "a zero-width space takes no column");
  }

  @Test
  void columnsLineUpWhateverTheCellsAreWrittenWith() {
    TextTable t = new TextTable("  ", 2);
    t.row("Délai moyen d’intervention (heures)", "4");
    t.heading("indicateurs");
    t.row("De\u0301lai (heures)", "not observed");
    t.row("会議 (count)", "12");
    StringWriter out = new StringWriter();
    t.print(new PrintWriter(out, true));
    String[] lines = out.toString().split("\\R");
    assertEquals("indicateurs", lines[1]);
    int valueColumn = TextTable.columns("  Délai moyen d’intervention (heures)  ");
    for (int i : new int[] {0, 2, 3}) {
      String line = lines[i];
      int at = line.lastIndexOf("  ") + 2;
      assertEquals(valueColumn, TextTable.columns(line.substring(0, at)), line);
    }
    assertEquals("  De\u0301lai (heures)" + " ".repeat(35 - 14 + 2) + "not observed", lines[2]);
  }

  @Test
  void aColumnEmptyInEveryRowTakesNoRoomAndNoRowEndsInSpaces() {
    TextTable t = new TextTable("", 3);
    t.row("M", "", "text");
    t.row("S", "", "");
    StringWriter out = new StringWriter();
    t.print(new PrintWriter(out, true));
    assertEquals("M  text" + System.lineSeparator() + "S" + System.lineSeparator(), out.toString());
  }
}
