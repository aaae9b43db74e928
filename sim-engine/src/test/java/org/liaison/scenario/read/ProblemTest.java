package org.liaison.scenario.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Nested
  class Formatting {
    @Test
    void aProblemOnAFieldReadsFileLineColumnPathAndMessage() {
      assertEquals("a.yaml:12:5: actors[2].homeZone: unknown zone 'x'; allowed: camp",
          new Problem("a.yaml", 12, 5, "actors[2].homeZone", "unknown zone 'x'; allowed: camp").toString());
    }

    @Test
    void aProblemWithTheWholeFileHasNoPath() {
      assertEquals("a.yaml:0:0: no such file; give a path",
          new Problem("a.yaml", 0, 0, "", "no such file; give a path").toString());
    }

    @Test
    void controlCharactersFromTheFileAreEscapedSoAProblemStaysOnOneLine() {
      Problem problem = new Problem("a.yaml", 3, 1, "stre\ngth", "unknown key 'a\tb\u0007'; valid keys: x");
      assertFalse(problem.toString().contains("\n"));
      assertEquals("a.yaml:3:1: stre\\ngth: unknown key 'a\\tb\\u0007'; valid keys: x", problem.toString());
    }
  }

  @Nested
  class Ordering {
    @Test
    void problemsSortByLineThenColumnThenText() {
      Problem first = new Problem("f", 0, 0, "", "whole file; x");
      Problem second = new Problem("f", 2, 1, "b", "z; x");
      Problem third = new Problem("f", 2, 7, "a", "a; x");
      Problem fourth = new Problem("f", 10, 1, "a", "a; x");
      Problem fifth = new Problem("f", 10, 1, "a", "b; x");
      List<Problem> problems = new ArrayList<>(List.of(fifth, third, first, fourth, second));
      Collections.sort(problems);
      assertEquals(List.of(first, second, third, fourth, fifth), problems);
    }

    @Test
    void lineTenSortsAfterLineNineUnlikeText() {
      assertTrue(new Problem("f", 9, 1, "", "m; x").compareTo(new Problem("f", 10, 1, "", "m; x")) < 0);
    }

    @Test
    void equalProblemsCompareAsEqual() {
      assertEquals(0, new Problem("f", 1, 1, "p", "m; x").compareTo(new Problem("f", 1, 1, "p", "m; x")));
    }
  }
}
