package org.liaison.results.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void derivedSeedsArePinnedSoThatOldExperimentsCanBeRepeated() {
    assertEquals(1522340842265378L, Seeds.derive(1, "minimal", "none", 0, 1));
    assertEquals(6537547886712586L, Seeds.derive(1, "minimal", "doctrine", 0, 1));
    assertEquals(8199539831518785L, Seeds.derive(-7, "somalia-2026", "none", 12, 30));
  }

  @Test
  void everyPartOfTheIdentityChangesTheSeed() {
    long base = Seeds.derive(42, "a", "none", 3, 4);
    assertNotEquals(base, Seeds.derive(43, "a", "none", 3, 4));
    assertNotEquals(base, Seeds.derive(42, "b", "none", 3, 4));
    assertNotEquals(base, Seeds.derive(42, "a", "nonf", 3, 4));
    assertNotEquals(base, Seeds.derive(42, "a", "none", 4, 4));
    assertNotEquals(base, Seeds.derive(42, "a", "none", 3, 5));
  }

  @Test
  void movingTextBetweenScenarioAndPolicyDoesNotGiveTheSameSeed() {
    assertNotEquals(Seeds.derive(1, "ab", "c", 0, 1), Seeds.derive(1, "a", "bc", 0, 1));
    assertNotEquals(Seeds.derive(1, "", "x", 0, 1), Seeds.derive(1, "x", "", 0, 1));
  }

  @Test
  void aMillionIdentitiesGetAMillionDistinctSeedsInTheExactRangeOfADouble() {
    long[] seeds = new long[1_000_000];
    int i = 0;
    String[] scenarios = {"somalia", "ukraine-east", "car"};
    String[] policies = {"none", "doctrine", "random", "liaison-first"};
    for (String scenario : scenarios) {
      for (String policy : policies) {
        for (int point = 0; point < 84 && i < seeds.length; point++) {
          for (int rep = 1; rep <= 1000 && i < seeds.length; rep++) {
            seeds[i++] = Seeds.derive(20261128L, scenario, policy, point, rep);
          }
        }
      }
    }
    assertEquals(seeds.length, i);
    for (long seed : seeds) {
      assertTrue(seed >= 0 && seed < Seeds.MAX_SEED_EXCLUSIVE, "seed out of range: " + seed);
    }
    Arrays.sort(seeds);
    for (int k = 1; k < seeds.length; k++) {
      assertNotEquals(seeds[k - 1], seeds[k], "two identities share a seed");
    }
  }
}
