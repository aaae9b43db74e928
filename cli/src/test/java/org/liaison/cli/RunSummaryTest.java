package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.indicators.Indicator;
import org.liaison.indicators.IndicatorNames;
import org.liaison.scenario.Actor;
import org.liaison.scenario.Objective;
import org.liaison.scenario.Scenario;
import org.liaison.scenario.Zone;
import org.liaison.scenario.read.ScenarioReader;

/** The terminal summary of liaison run names what a person reads by its name; the files keep the ids. */
class RunSummaryTest {
  @TempDir
  Path tmp;

  @Test
  void theSummaryNamesTheScenarioMeasuresAndObjectivesByTheirNamesAndShowsNoId() throws Exception {
    Path file = Path.of("..", "scenarios", "car-bangui-periphery.yaml");
    Scenario scenario = ScenarioReader.read(file);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path dir = tmp.resolve("run");
    int code = Main.execute(new String[] {"run", file.toString(), "--seed", "3", "--days", "2", "--out", dir.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    String summary = out.toString().replace(dir.toString(), "");
    assertTrue(summary.startsWith(scenario.metadata().title() + ", seed 3"), summary);
    assertTrue(summary.contains(IndicatorNames.of(Indicator.TRUST_IN_MISSION_COMMUNITY)), summary);
    for (Objective o : scenario.metadata().objectives()) {
      assertTrue(summary.contains(o.text()), "objective by its text: " + summary);
      assertFalse(summary.contains(o.id()), "objective id " + o.id() + " shown: " + summary);
    }
    // "score" is both a key and the English word the summary uses for it.
    for (Indicator i : Indicator.values()) {
      if (i == Indicator.SCORE) {
        continue;
      }
      assertFalse(summary.matches("(?s).*\\b" + i.key() + "\\b.*"), "indicator key " + i.key() + " shown: " + summary);
    }
    for (Actor a : scenario.actors()) {
      assertFalse(summary.contains(a.id()), "actor id shown: " + summary);
    }
    for (Zone z : scenario.map().zones()) {
      assertFalse(summary.contains(z.id()), "zone id shown: " + summary);
    }
    assertFalse(summary.contains(scenario.metadata().id()), "scenario id shown: " + summary);
    assertTrue(Files.readString(dir.resolve("summary.json")).contains(scenario.metadata().objectives().get(0).id()),
        "the file for tools keeps the objective's id");
  }
}
