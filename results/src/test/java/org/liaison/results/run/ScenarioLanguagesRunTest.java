package org.liaison.results.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.engine.RunSpec;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.read.ScenarioReader;

/** The language a scenario is read in changes what people read, never what a run does or writes. */
class ScenarioLanguagesRunTest {
  private static final Path CAR = Path.of("..", "scenarios", "car-bangui-periphery.yaml");

  @TempDir
  Path tmp;

  @Test
  void theCarScenarioReadInEnglishAndInFrenchWritesTheSameFilesByteForByte() throws Exception {
    Scenario english = ScenarioReader.read(CAR, "car-bangui-periphery.yaml", Locale.ENGLISH);
    Scenario french = ScenarioReader.read(CAR, "car-bangui-periphery.yaml", Locale.FRENCH);
    assertNotEquals(english.metadata().briefing(), french.metadata().briefing(), "the French copy reads French");
    assertTrue(french.msel().get(0).message().startsWith("SITREP DU SECTEUR."), french.msel().get(0).message());

    long seed = 0x9E3779B97F4A7C15L;
    Path inEnglish = tmp.resolve("en");
    Path inFrench = tmp.resolve("fr");
    RunDirectory.write(new RunSpec(english, seed, "doctrine", null), CAR, inEnglish, false, t -> { });
    RunDirectory.write(new RunSpec(french, seed, "doctrine", null), CAR, inFrench, false, t -> { });

    for (String file : List.of(RunDirectory.EVENTS, RunDirectory.DECISIONS, RunDirectory.INDICATORS,
        RunDirectory.SUMMARY)) {
      assertArrayEquals(Files.readAllBytes(inEnglish.resolve(file)), Files.readAllBytes(inFrench.resolve(file)),
          file + " differs between the English and the French reading");
    }
    String events = Files.readString(inFrench.resolve(RunDirectory.EVENTS));
    assertTrue(events.contains("SECTOR SITREP."), "the events carry the file's own texts");
    assertTrue(!events.contains("SITREP DU SECTEUR"), "and not the reader's");
    assertEquals(Files.readString(inEnglish.resolve(RunDirectory.SUMMARY)),
        Files.readString(inFrench.resolve(RunDirectory.SUMMARY)));
  }
}
