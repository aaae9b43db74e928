package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void fieldsWithCommasOrQuotesAreQuotedAsRfc4180Says() {
    assertEquals("\"a,b\"", Csv.text("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
    assertEquals("plain", Csv.text("plain"));
  }

  /** The cases where Jackson's CSV writer (strict or default quoting) writes other bytes. */
  @Test
  void textThatWouldReadBackAsMissingOrTrimmedIsQuotedAndNothingElseIs() {
    assertEquals("\"NA\"", Csv.text("NA"));
    assertEquals("NA", Csv.text(null));
    assertEquals("\" lead\"", Csv.text(" lead"));
    assertEquals("\"trail \"", Csv.text("trail "));
    assertEquals("\"  \"", Csv.text("  "));
    assertEquals("Flood response", Csv.text("Flood response"));
    assertEquals("#hash", Csv.text("#hash"));
    assertEquals("x'y", Csv.text("x'y"));
    assertEquals("tab\there", Csv.text("tab\there"));
    assertEquals(List.of("NA", " lead", "trail "), Csv.split(Csv.join(List.of(Csv.text("NA"), Csv.text(" lead"),
        Csv.text("trail ")))));
  }

  @Test
  void lineBreaksInTextBecomeSpacesSoEveryRecordIsOneLine() {
    assertEquals("two lines", Csv.text("two\nlines"));
    assertEquals("two lines", Csv.text("two\r\nlines"));
  }

  @Test
  void missingAndUndefinedNumbersAreNA() {
    assertEquals("NA", Csv.number(null));
    assertEquals("NA", Csv.number(Double.NaN));
    assertEquals("Inf", Csv.number(Double.POSITIVE_INFINITY));
    assertEquals("-Inf", Csv.number(Double.NEGATIVE_INFINITY));
  }

  @Test
  void numbersUseADotAndWholeNumbersHaveNoFraction() {
    java.util.Locale previous = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertEquals("0.25", Csv.number(0.25));
      assertEquals("3", Csv.number(3.0));
      assertEquals("-7", Csv.number(-7.0));
      assertEquals("1.0E-7", Csv.number(1e-7));
    } finally {
      java.util.Locale.setDefault(previous);
    }
  }

  @Test
  void splittingUndoesQuoting() {
    String line = Csv.join(List.of(Csv.text("a,b"), Csv.text("say \"hi\""), "NA", ""));
    assertEquals(List.of("a,b", "say \"hi\"", "NA", ""), Csv.split(line));
  }

  @Test
  void numbersAreReadBackWithNAAsNaNAndSwitchesAsZeroOrOne() {
    assertTrue(Double.isNaN(Csv.parseNumber("NA")));
    assertEquals(1.0, Csv.parseNumber("TRUE"));
    assertEquals(0.0, Csv.parseNumber("FALSE"));
    assertEquals(0.004, Csv.parseNumber("0.004"));
  }
}
