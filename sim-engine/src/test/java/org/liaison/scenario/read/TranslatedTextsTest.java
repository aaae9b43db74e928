package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaison.scenario.Scenario;

/** Texts given in several languages: how a reader's language chooses among them, and each located problem. */
class TranslatedTextsTest {
  private static final Locale FRENCH = Locale.FRENCH;

  private static String validSmall() throws IOException {
    return Files.readString(BrokenScenarioCorpusTest.resource("scenarios/valid-small.yaml"));
  }

  private static String translated() throws IOException {
    return validSmall()
        .replace("  title: River crossing\n", "  title: {en: River crossing, fr: Le passage de la rivière}\n")
        .replace("    name: UN battalion\n", "    name:\n      en: UN battalion\n      fr: Bataillon de l’ONU\n")
        .replace("message: Reports of armed men gathering in the hills.",
            "message: {en: Reports of armed men gathering in the hills., fr: Des hommes armés se regroupent dans les collines.}")
        .replace("        label: Provide the escort\n", "        label: {en: Provide the escort, fr-CF: Fournir l’escorte}\n");
  }

  private static List<Problem> problemsOf(String text) {
    return assertThrows(InvalidScenarioException.class, () -> ScenarioReader.readText(text, "s.yaml", false))
        .problems();
  }

  @Test
  void aReaderReadsHisLanguageWhereTheFileGivesItAndTheScenariosOwnElsewhere() throws Exception {
    Scenario french = ScenarioReader.readText(translated(), "s.yaml", false, FRENCH);
    assertEquals("Le passage de la rivière", french.metadata().title());
    assertEquals("Bataillon de l’ONU", french.actors().get(0).name());
    assertEquals("Des hommes armés se regroupent dans les collines.", french.msel().get(0).message());
    assertEquals("Fournir l’escorte", french.decisionPoints().get(0).options().get(0).label(),
        "a text for fr-CF serves a reader of fr when there is no plain fr");
    assertEquals("Town elders", french.actors().get(2).name(), "a plain text is the scenario's own language");
    assertEquals("en", french.metadata().language());

    Scenario english = ScenarioReader.readText(translated(), "s.yaml", false, Locale.ENGLISH);
    assertEquals("River crossing", english.metadata().title());
    assertEquals("Provide the escort", english.decisionPoints().get(0).options().get(0).label());
    Scenario german = ScenarioReader.readText(translated(), "s.yaml", false, Locale.GERMAN);
    assertEquals("UN battalion", german.actors().get(0).name(), "a language the file lacks falls back to its own");
  }

  @Test
  void aCopyInAnotherLanguageKeepsTheScenarioInItsOwnForTheEngine() throws Exception {
    Scenario own = ScenarioReader.readText(translated(), "s.yaml", false);
    Scenario french = ScenarioReader.readText(translated(), "s.yaml", false, FRENCH);
    assertSame(own, own.inOwnLanguage());
    assertEquals(own, french.inOwnLanguage());
    assertEquals("River crossing", french.inOwnLanguage().metadata().title());
    assertEquals(french.inOwnLanguage(), french.withParameters(french.parameters()).inOwnLanguage());
  }

  @Test
  void aFileInFrenchFallsBackToFrench() throws Exception {
    String text = validSmall()
        .replace("  author: Liaison tests\n", "  author: Liaison tests\n  language: fr\n")
        .replace("  title: River crossing\n", "  title: {fr: Le passage, en: The crossing}\n")
        .replace("    name: UN battalion\n", "    name: Bataillon de l’ONU\n");
    Scenario german = ScenarioReader.readText(text, "s.yaml", false, Locale.GERMAN);
    assertEquals("Le passage", german.metadata().title());
    assertEquals("The crossing", ScenarioReader.readText(text, "s.yaml", false, Locale.ENGLISH).metadata().title());
    assertEquals("Le passage", ScenarioReader.readText(text, "s.yaml", false).metadata().title());
  }

  @Test
  void aMappingWithoutTheScenariosLanguageIsReportedAtItsLine() throws Exception {
    List<Problem> problems = problemsOf(validSmall().replace("    name: Town elders\n",
        "    name: {fr: Les anciens}\n"));
    assertEquals(1, problems.size(), problems::toString);
    Problem p = problems.get(0);
    assertEquals("actors[2].name", p.path());
    assertEquals(ProblemCode.TEXTS_WITHOUT_OWN_LANGUAGE, p.text().code());
    assertTrue(p.toString().startsWith("s.yaml:" + lineOf(validSmall(), "    name: Town elders") + ":"), p::toString);
    assertTrue(p.message().contains("no text in en, the scenario's language"), p::toString);
  }

  @Test
  void anEmptyMappingAMalformedTagAndAValueNotTextAreEachReported() throws Exception {
    List<Problem> problems = problemsOf(validSmall()
        .replace("  title: River crossing\n", "  title: {}\n")
        .replace("    name: Town elders\n", "    name: {en: Town elders, fr_FR: Les anciens}\n")
        .replace("    name: Water for All\n", "    name: {en: Water for All, fr: [De l’eau, pour tous]}\n"));
    assertEquals(List.of("metadata.title", "actors[2].name.fr_FR", "actors[3].name.fr"),
        problems.stream().map(Problem::path).toList(), problems::toString);
    assertEquals(List.of(ProblemCode.TEXTS_EMPTY, ProblemCode.TEXT_LANGUAGE_NOT_TAG, ProblemCode.TEXT_IN_LANGUAGE_NOT_TEXT),
        problems.stream().map(p -> p.text().code()).toList());
    assertTrue(problems.get(1).message().contains("'fr_FR' is not a language tag; use a BCP 47 tag"), problems::toString);
    assertTrue(problems.get(2).message().contains("the fr text is a list; expected text"), problems::toString);
    assertTrue(problems.stream().allMatch(p -> p.line() > 0), problems::toString);
  }

  @Test
  void aBlankTextPlainOrInALanguageIsReportedAtItsLineRequiredOrOptional() throws Exception {
    String text = validSmall()
        .replace("  title: River crossing\n", "  title: \"  \"\n")
        .replace("      description: Talks to communities and humanitarian actors.\n", "      description: ''\n")
        .replace("    name: Town elders\n", "    name: {en: Town elders, fr: ' '}\n")
        .replace("    message: Reports of armed men gathering in the hills.",
            "    message: {en: '', fr: Des hommes armés se regroupent dans les collines.}")
        .replace("        description: Share movement notifications instead of escorting.\n",
            "        description: {en: Share movement notifications instead of escorting., fr: \"\"}\n");
    List<Problem> problems = problemsOf(text);
    assertEquals(List.of("metadata.title", "metadata.roles[1].description", "actors[2].name.fr", "msel[0].message.en",
        "decisionPoints[0].options[1].description.fr"), problems.stream().map(Problem::path).toList(), problems::toString);
    assertEquals(List.of(ProblemCode.TEXT_BLANK, ProblemCode.TEXT_BLANK, ProblemCode.TEXT_IN_LANGUAGE_BLANK,
        ProblemCode.TEXT_IN_LANGUAGE_BLANK, ProblemCode.TEXT_IN_LANGUAGE_BLANK), problems.stream().map(p -> p.text().code()).toList(),
        "a blank text in the scenario's own language is said once, as blank");
    assertTrue(problems.get(0).toString().startsWith("s.yaml:" + lineOf(text, "  title: \"  \"") + ":"), problems::toString);
    assertTrue(problems.get(0).message().contains("the text is blank; write it, or leave out a text that is optional"),
        problems::toString);
    assertTrue(problems.get(2).message().contains("the fr text is blank; write it, or leave the fr entry out"),
        problems::toString);
    assertTrue(problems.stream().allMatch(p -> p.line() > 0), problems::toString);
  }

  @Test
  void aRequiredTextWrittenWithNothingAfterItsKeyIsBlank() throws Exception {
    List<Problem> problems = problemsOf(validSmall().replace("    dilemma: The NGO wants an escort, but escorts would"
        + " compromise its neutrality.\n", "    dilemma:\n"));
    assertEquals(List.of("decisionPoints[0].dilemma"), problems.stream().map(Problem::path).toList(), problems::toString);
    assertEquals(ProblemCode.TEXT_BLANK, problems.get(0).text().code());
  }

  @Test
  void anOptionalTextLeftOutOrGivenAsNullIsNoProblem() throws Exception {
    Scenario scenario = ScenarioReader.readText(validSmall()
        .replace("      description: Talks to communities and humanitarian actors.\n", "      description: ~\n")
        .replace("        description: Share movement notifications instead of escorting.\n", ""), "s.yaml", false);
    assertEquals(null, scenario.metadata().roles().get(1).description());
    assertEquals(null, scenario.decisionPoints().get(0).options().get(1).description());
  }

  @Test
  void oneLanguageGivenTwiceIsReported() throws Exception {
    List<Problem> problems = problemsOf(validSmall().replace("    name: Town elders\n",
        "    name: {en: Town elders, fr: Les anciens, FR: Les sages}\n"));
    assertEquals(List.of("actors[2].name.FR"), problems.stream().map(Problem::path).toList(), problems::toString);
    assertEquals(ProblemCode.TEXT_LANGUAGE_TWICE, problems.get(0).text().code());
    assertTrue(problems.get(0).message().contains("'FR' names the same language as 'fr'"), problems::toString);
  }

  @Test
  void aScenarioLanguageThatIsNotATagIsReported() throws Exception {
    List<Problem> problems = problemsOf(validSmall().replace("  author: Liaison tests\n",
        "  author: Liaison tests\n  language: french!\n"));
    assertEquals(List.of("metadata.language"), problems.stream().map(Problem::path).toList(), problems::toString);
    assertEquals(ProblemCode.LANGUAGE_NOT_TAG, problems.get(0).text().code());
  }

  @Test
  void onlyDeclaredTextsTakeALanguageMappingNotIdsThatLookLikeTags() throws Exception {
    List<Problem> problems = problemsOf(validSmall().replace("    homeZone: camp\n    mandate:\n      tasks: [MONITOR]",
        "    homeZone: {en: camp}\n    mandate:\n      tasks: [MONITOR]"));
    assertEquals(List.of("actors[1].homeZone"), problems.stream().map(Problem::path).toList(), problems::toString);
    assertEquals(ProblemCode.FOUND_NOT_TEXT, problems.get(0).text().code());
  }

  private static int lineOf(String text, String line) {
    List<String> lines = text.lines().toList();
    return lines.indexOf(line) + 1;
  }
}
