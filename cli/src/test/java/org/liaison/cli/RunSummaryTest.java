package org.liaison.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Each of the summary's tables (the measures, the objectives) starts its last column (a value, an
   * objective's text) at the same terminal column on every row, and the objectives' counts end at
   * the same column: a count of 10 criteria beside one of 6, an objective with and one without
   * criteria not observed, the longest measure's name.
   */
  @Test
  void everyRowOfEachTableStartsItsColumnsAtTheSameTerminalColumn() throws Exception {
    Path file = Path.of("..", "scenarios", "somalia-lower-shabelle.yaml");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"run", file.toString(), "--seed", "3", "--policy", "doctrine", "--out",
        tmp.resolve("run").toString()}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    List<List<String>> tables = new ArrayList<>();
    List<String> table = null;
    for (String line : out.toString().split("\\R")) {
      if (line.startsWith("  ")) {
        if (table == null) {
          table = new ArrayList<>();
          tables.add(table);
        }
        table.add(line);
      } else if (!line.equals("indicators")) {
        // "indicators" heads the second half of the measures' table; any other line ends a table.
        table = null;
      }
    }
    assertEquals(2, tables.size(), "the measures and the objectives: " + out);
    List<String> objectives = tables.get(1);
    assertTrue(objectives.stream().anyMatch(l -> l.matches(".* of \\d\\d .*"))
        && objectives.stream().anyMatch(l -> l.matches(".* of \\d .*")), "counts of one and of two digits: " + out);
    assertTrue(objectives.stream().anyMatch(l -> l.contains("not observed"))
        && objectives.stream().anyMatch(l -> !l.contains("not observed")), "with and without unrated criteria: " + out);
    for (List<String> rows : tables) {
      for (String row : rows) {
        assertEquals(lastColumn(rows.get(0)), lastColumn(row), "last column of\n" + rows.get(0) + "\n" + row);
      }
    }
    int counted = TextTable.columns(objectives.get(0).substring(0, objectives.get(0).indexOf(" criteria met")));
    for (String row : objectives) {
      assertEquals(counted, TextTable.columns(row.substring(0, row.indexOf(" criteria met"))),
          "criteria counted to the same column:\n" + objectives.get(0) + "\n" + row);
    }
  }

  /** The terminal column where a row's last cell (a measure's value, an objective's text) starts, after two spaces or more. */
  private static int lastColumn(String row) {
    java.util.regex.Matcher gap = java.util.regex.Pattern.compile(" {2,}(?=\\S+( \\S+)*$)").matcher(row);
    assertTrue(gap.find(), row);
    return TextTable.columns(row.substring(0, gap.end()));
  }
}
