package org.liaison.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.policy.Refusal;
import org.liaison.results.check.FindingText;
import org.liaison.scenario.ActionType;
import org.liaison.scenario.EffectKind;
import org.liaison.scenario.read.Problem;
import org.liaison.scenario.read.ProblemCode;
import org.liaison.scenario.read.ProblemText;

/**
 * Every code a file's problem or a sanity-check finding can carry has a text in English and in
 * French, and both say every argument the engine gives (the values as the file wrote them).
 */
class ProblemAndFindingTextsTest {
  /** Codes written the same in both languages: a value shown as it is, and units French writes alike. */
  private static final Set<String> SAME = Set.of("problem.OTHER", "problem.UNIT_KM", "problem.UNIT_KMH");

  private static Properties bundle(String file) throws IOException {
    Properties p = new Properties();
    try (var in = I18n.class.getResourceAsStream("i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @AfterEach
  void backToEnglish() {
    I18n.setLocale(Locale.ENGLISH);
  }

  /** The argument indices a MessageFormat pattern shows. */
  private static Set<Integer> holes(String pattern) {
    MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
    Object[] probe = IntStream.range(0, 10).mapToObj(i -> (Object) ("\u0001" + i + "\u0002")).toArray();
    Object[] numbers = IntStream.range(0, 10).mapToObj(i -> (Object) (1000 + i)).toArray();
    Set<Integer> shown = new TreeSet<>();
    for (int i = 0; i < 10; i++) {
      Object[] args = numbers.clone();
      args[i] = probe[i];
      try {
        if (format.format(args).contains("\u0001" + i + "\u0002")) {
          shown.add(i);
        }
      } catch (IllegalArgumentException numberWanted) {
        shown.add(i);
      }
    }
    return shown;
  }

  private static void check(String key, Set<Integer> expected, Properties en, Properties fr) {
    String english = en.getProperty(key);
    String french = fr.getProperty(key);
    assertNotNull(english, "no English text for " + key);
    assertNotNull(french, "no French text for " + key);
    if (SAME.contains(key)) {
      assertEquals(english, french, key + " is listed as the same in both languages");
    } else {
      assertNotEquals(english, french, key + " is left in English in the French bundle");
    }
    assertEquals(expected, holes(english), "the English of " + key + " shows each argument");
    assertEquals(expected, holes(french), "the French of " + key + " shows each argument");
  }

  @Test
  void everyProblemCodeHasAnEnglishAndAFrenchTextThatShowEveryArgument() throws IOException {
    Properties en = bundle("messages.properties");
    Properties fr = bundle("messages_fr.properties");
    for (ProblemCode code : ProblemCode.values()) {
      if (code.libraryWords()) {
        continue;
      }
      check("problem." + code.name(), IntStream.range(0, code.arity()).boxed().collect(Collectors.toSet()), en, fr);
    }
  }

  /**
   * A problem no code of Liaison names carries the library's English words: the English text shows
   * them, the French one says what kind of problem it is without them.
   */
  @Test
  void aProblemInTheLibrarysOwnWordsIsSaidInFrenchWithoutThem() throws IOException {
    Properties en = bundle("messages.properties");
    Properties fr = bundle("messages_fr.properties");
    int checked = 0;
    for (ProblemCode code : ProblemCode.values()) {
      if (code.libraryWords()) {
        String key = "problem." + code.name();
        assertEquals(Set.of(0), holes(en.getProperty(key)), key);
        assertEquals(Set.of(), holes(fr.getProperty(key)), key + " leaves the English words out");
        checked++;
      }
    }
    assertTrue(checked >= 5, "the codes of the readers' and the system's own words");
    Problem unknown = new Problem("s.yaml", 3, 1, "", ProblemCode.SYNTAX_ERROR,
        ProblemText.of(ProblemCode.YAML_NOT_WELL_FORMED, "found something new"), ProblemText.of(ProblemCode.HINT_YAML));
    I18n.setLocale(Locale.FRENCH);
    assertEquals("ligne 3 : erreur de syntaxe : le YAML n’est pas bien formé à cet endroit ; YAML attendu : des lignes"
        + " « clé: valeur », les clés imbriquées indentées par des espaces", Problems.line(unknown));
    I18n.setLocale(Locale.ENGLISH);
    assertTrue(Problems.line(unknown).contains("syntax error: found something new;"), Problems.line(unknown));
  }

  @Test
  void aYamlSyntaxErrorIsSaidInFrenchWithTheTokenItFound() throws Exception {
    org.liaison.scenario.read.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.liaison.scenario.read.InvalidInputException.class,
        () -> new org.liaison.scenario.read.DocumentParser().parse("a:\n  b: 1\n c: 2\n", "s.yaml", false));
    I18n.setLocale(Locale.FRENCH);
    assertEquals("ligne 3 : erreur de syntaxe : fin du bloc attendue, mais trouvé le début d’un dictionnaire ; YAML"
        + " attendu : des lignes « clé: valeur », les clés imbriquées indentées par des espaces ; mettez entre"
        + " guillemets un texte qui contient « : » ou commence par un caractère spécial",
        Problems.line(e.problems().get(0)));
  }

  /**
   * The control cell's refusals and the exercise server's, from the first control code to the last
   * server code, each say every argument but a list of allowed codes a person reads elsewhere.
   */
  @Test
  void everyControlAndServerRefusalHasAnEnglishAndAFrenchTextThatShowEveryArgument() throws IOException {
    Properties en = bundle("messages.properties");
    Properties fr = bundle("messages_fr.properties");
    int first = Refusal.Code.NO_CONTROL_ACT.ordinal();
    int last = Refusal.Code.SERVER_FAILED.ordinal();
    int checked = 0;
    for (Refusal.Code code : Refusal.Code.values()) {
      if (code.ordinal() < first || code.ordinal() > last) {
        continue;
      }
      Set<Integer> shown = IntStream.range(0, code.kinds().size()).boxed().collect(Collectors.toSet());
      if (code == Refusal.Code.NOT_STANDING) {
        shown.remove(1);
      }
      check("refusal." + code.name(), shown, en, fr);
      checked++;
    }
    assertEquals(last - first + 1, checked);
  }

  @Test
  void aServerRefusalIsSaidInFrenchWithTheRolesTitles() throws Exception {
    I18n.setLocale(Locale.FRENCH);
    org.liaison.scenario.Scenario scenario = org.liaison.scenario.read.ScenarioReader.read(
        java.nio.file.Path.of("..", "scenarios", "ukraine-donbas-monitoring.yaml"));
    String said = new Refusals(new Names(scenario)).say(Refusal.Code.SEAT_ACTS_FOR_OTHER_ROLE.of(
        scenario.metadata().roles().get(0).id(), scenario.metadata().roles().get(1).id()));
    assertEquals("ce siège agit pour " + scenario.metadata().roles().get(0).title() + " seulement, pas pour "
        + scenario.metadata().roles().get(1).title(), said);
    assertEquals("ce code n’ouvre aucun siège de cet exercice",
        Refusals.withoutScenario().say(Refusal.parse("that code opens no seat of this exercise")));
  }

  @Test
  void aSeatWithoutARoleAndAScriptedEventsKindAreSaidInFrenchNotByTheirCodes() {
    I18n.setLocale(Locale.FRENCH);
    Refusals refusals = Refusals.withoutScenario();
    assertEquals("le siège de la direction de l’exercice n’agit pour aucun rôle",
        refusals.say(Refusal.Code.SEAT_ACTS_FOR_NO_ROLE.of("control")));
    assertEquals("le siège d’observateur n’agit pour aucun rôle",
        refusals.say(Refusal.Code.SEAT_ACTS_FOR_NO_ROLE.of("observer")));
    String needsActor = refusals.say(Refusal.Code.EFFECT_NEEDS_ACTOR.of("RUMOUR"));
    assertFalse(needsActor.contains("RUMOUR"), needsActor);
    I18n.setLocale(Locale.ENGLISH);
    assertEquals("the control seat acts for no role", refusals.say(Refusal.Code.SEAT_ACTS_FOR_NO_ROLE.of("control")));
  }

  /**
   * "Needs a zone" is the engine's refusal of an action without one and of exercise control's
   * scripted event without one: each is said as what it is, an unknown kind as words, never by a code.
   */
  @Test
  void aRefusalThatNeedsAZoneNamesTheActionOrTheScriptedEventInEnglish() {
    I18n.setLocale(Locale.ENGLISH);
    Refusals refusals = Refusals.withoutScenario();
    assertEquals("“Assign a liaison officer” needs a zone",
        refusals.say(Refusal.Code.NEEDS_ZONE.of(ActionType.ASSIGN_LIAISON_OFFICER)));
    assertEquals("the scripted event “Change in need” needs a zone",
        refusals.say(Refusal.Code.NEEDS_ZONE.of(EffectKind.CHANGE_NEED)));
    assertEquals("the scripted event “A rumour” needs an actor", refusals.say(Refusal.Code.EFFECT_NEEDS_ACTOR.of(EffectKind.RUMOUR)));
    assertEquals("“field day” needs a zone", refusals.say(Refusal.Code.NEEDS_ZONE.of("FIELD_DAY")));
    assertEquals("the scripted event “Civilian harm” needs a zone", refusals.say("CIVILIAN_HARM needs a zone"),
        "read back from a log's English text");
    assertNoCode(refusals);
  }

  @Test
  void aRefusalThatNeedsAZoneNamesTheActionOrTheScriptedEventInFrench() {
    I18n.setLocale(Locale.FRENCH);
    Refusals refusals = Refusals.withoutScenario();
    assertEquals("« " + I18n.t("action.ASSIGN_LIAISON_OFFICER") + " » demande une zone",
        refusals.say(Refusal.Code.NEEDS_ZONE.of(ActionType.ASSIGN_LIAISON_OFFICER)));
    assertEquals("l’événement scripté « Variation du besoin » demande une zone",
        refusals.say(Refusal.Code.NEEDS_ZONE.of(EffectKind.CHANGE_NEED)));
    assertEquals("l’événement scripté « Une rumeur » demande un acteur",
        refusals.say(Refusal.Code.EFFECT_NEEDS_ACTOR.of(EffectKind.RUMOUR)));
    assertEquals("« field day » demande une zone", refusals.say(Refusal.Code.NEEDS_ZONE.of("FIELD_DAY")));
    assertNoCode(refusals);
  }

  /** Every action type and scripted event's kind in a "needs a zone" refusal, with no code left in the text. */
  private static void assertNoCode(Refusals refusals) {
    List<String> codes = new ArrayList<>();
    for (ActionType t : ActionType.values()) {
      codes.add(t.name());
    }
    for (EffectKind k : EffectKind.values()) {
      codes.add(k.name());
    }
    for (String code : codes) {
      String said = refusals.say(Refusal.Code.NEEDS_ZONE.of(code));
      assertFalse(said.matches(".*[A-Z]{2,}_[A-Z_]+.*") || said.contains(code), code + ": " + said);
    }
  }

  @Test
  void everyFindingCodeHasAnEnglishAndAFrenchTextThatShowEveryArgumentButTheEnglishDescription() throws IOException {
    Properties en = bundle("messages.properties");
    Properties fr = bundle("messages_fr.properties");
    for (FindingText.Code code : FindingText.Code.values()) {
      Set<Integer> shown = IntStream.range(0, code.kinds().size())
          .filter(i -> code.kinds().get(i) != FindingText.Arg.DESCRIPTION).boxed().collect(Collectors.toSet());
      check("finding." + code.name(), shown, en, fr);
    }
  }

  @Test
  void aProblemIsSaidInFrenchAroundTheValuesTheFileWrote() {
    Problem problem = new Problem("s.yaml", 12, 5, "actors[0].homeZone", ProblemCode.UNKNOWN_ZONE, "vilage-a",
        ProblemText.of(ProblemCode.DID_YOU_MEAN, "village-a"), "base, village-a");
    Problem range = new Problem("s.yaml", 3, 1, "actors[0].speedKmh", ProblemCode.OUT_OF_RANGE_IN, "500", "0", "200",
        ProblemText.of(ProblemCode.NOTE_EXERCISE_LASTS, 8));
    I18n.setLocale(Locale.FRENCH);
    assertEquals("ligne 12 : actors[0].homeZone: zone inconnue « vilage-a » (vouliez-vous dire « village-a » ?) ;"
        + " admis : base, village-a", Problems.line(problem));
    assertEquals("500 est hors limites ; admis : de 0 à 200 (l’exercice dure 8 jours)", Problems.say(range.text()));
    I18n.setLocale(Locale.ENGLISH);
    assertEquals("line 12: actors[0].homeZone: unknown zone “vilage-a” (did you mean “village-a”?); allowed: base,"
        + " village-a", Problems.line(problem));
  }
}
