package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemTextTest {

  @Test
  void theEnglishFillsEachHoleOnceSoAValueThatLooksLikeAHoleStaysAsWritten() {
    ProblemText text = ProblemText.of(ProblemCode.UNKNOWN_ZONE, "{2}", "", "camp");
    assertEquals("unknown zone '{2}'; allowed: camp", text.english());
  }

  @Test
  void nestedTextsAreSaidInsideTheirSentence() {
    ProblemText text = ProblemText.of(ProblemCode.OUT_OF_RANGE_IN, "0", "1", "5",
        ProblemText.of(ProblemCode.NOTE_EXERCISE_LASTS, 5));
    assertEquals("0 is out of range; allowed: 1 to 5 (the exercise lasts 5 days)", text.english());
  }

  @Test
  void quotedBracesAndDoubledApostrophesReadAsTheyWouldInAMessageFormat() {
    assertEquals("mapping is not closed; close it with '}'", ProblemText.of(ProblemCode.MAPPING_NOT_CLOSED).english());
    assertEquals("expected JSON: {\"key\": value, ...} with keys in double quotes",
        ProblemText.of(ProblemCode.HINT_JSON).english());
    assertEquals(new java.text.MessageFormat(ProblemCode.HINT_JSON.template()).format(new Object[0]),
        ProblemText.of(ProblemCode.HINT_JSON).english());
  }

  @Test
  void everyTemplateIsAMessageFormatPatternThatSaysWhatTheEnglishSays() {
    for (ProblemCode code : ProblemCode.values()) {
      Object[] args = new Object[code.arity()];
      for (int i = 0; i < args.length; i++) {
        args[i] = "a" + i;
      }
      assertEquals(new java.text.MessageFormat(code.template(), java.util.Locale.ROOT).format(args),
          ProblemText.of(code, args).english(), code.name());
    }
  }

  @Test
  void aConditionThatDoesNotParseIsSaidByTheParsersReasonWithItsArguments() {
    for (var reason : org.liaison.scenario.condition.ConditionSyntaxException.Reason.values()) {
      assertEquals(reason.template(), ProblemCode.of(reason).template());
    }
    var e = assertThrows(org.liaison.scenario.condition.ConditionSyntaxException.class,
        () -> org.liaison.scenario.condition.Condition.parse("day >= 3 xor hour"));
    ProblemText text = ProblemText.of(ProblemCode.of(e.reason()), e.args().toArray());
    assertEquals("unexpected 'xor hour'; expected 'and', 'or' or the end at character 10", text.english());
    assertEquals(e.getMessage(), text.english());
  }

  @Test
  void aTextTakesExactlyTheArgumentsOfItsTemplate() {
    assertThrows(IllegalArgumentException.class, () -> ProblemText.of(ProblemCode.UNKNOWN_ZONE, "x"));
    assertThrows(IllegalArgumentException.class, () -> new ProblemText(ProblemCode.OTHER, List.of(3)));
  }

  @Test
  void controlCharactersInAnArgumentAreEscaped() {
    assertEquals("unknown zone 'a\\nb'; allowed: camp",
        ProblemText.of(ProblemCode.UNKNOWN_ZONE, "a\nb", "", "camp").english());
  }

  @Test
  void aProblemReadFromAFileCarriesItsCodeAndTheValuesAsWritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.yaml");
    java.nio.file.Files.writeString(file, "metadata: 3\n");
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.read(file));
    Problem first = e.problems().stream().filter(p -> p.path().equals("metadata")).findFirst().orElseThrow();
    assertEquals(ProblemCode.FOUND_NOT_MAPPING_OF, first.text().code());
    assertEquals(ProblemText.of(ProblemCode.A_NUMBER, "3"), first.text().args().get(0));
  }
}
