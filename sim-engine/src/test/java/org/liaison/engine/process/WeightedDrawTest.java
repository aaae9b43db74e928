package org.liaison.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/** The search over running totals gives the index of the walk, bit for bit, for any draw. */
class WeightedDrawTest {
  private static void assertSameAsWalk(WeightedDraw draw, double r) {
    assertEquals(draw.walk(r), draw.pick(r), () -> "draw " + r);
  }

  private static void fill(WeightedDraw draw, MersenneTwisterFast random, int style) {
    double[] w = draw.weights();
    for (int i = 0; i < w.length; i++) {
      w[i] = switch (style) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextBoolean(0.6) ? 0 : random.nextDouble() * 1e6;
        case 2 -> Math.pow(10, random.nextDouble() * 30 - 15);
        default -> random.nextInt(4);
      };
    }
  }

  @Test
  void uniformDrawsPickWhatTheWalkPicks() {
    MersenneTwisterFast random = new MersenneTwisterFast(11);
    for (int round = 0; round < 400; round++) {
      WeightedDraw draw = new WeightedDraw(1 + random.nextInt(400));
      fill(draw, random, round % 4);
      double total = draw.sum();
      for (int k = 0; k < 200; k++) {
        assertSameAsWalk(draw, random.nextDouble() * total);
      }
      assertSameAsWalk(draw, 0);
      assertSameAsWalk(draw, total);
      assertSameAsWalk(draw, Math.nextDown(total));
    }
  }

  @Test
  void drawsOnAndNextToEveryRunningTotalPickWhatTheWalkPicks() {
    MersenneTwisterFast random = new MersenneTwisterFast(12);
    for (int round = 0; round < 100; round++) {
      WeightedDraw draw = new WeightedDraw(1 + random.nextInt(300));
      fill(draw, random, round % 4);
      draw.sum();
      double running = 0;
      for (double w : draw.weights()) {
        running += w;
        assertSameAsWalk(draw, running);
        assertSameAsWalk(draw, Math.nextUp(running));
        assertSameAsWalk(draw, Math.nextDown(running));
        assertSameAsWalk(draw, running * (1 + 0x1p-45));
        assertSameAsWalk(draw, running * (1 - 0x1p-45));
      }
    }
  }

  @Test
  void noWeightAtAllPicksTheFirstIndexAndNegativeWeightsAreWalked() {
    WeightedDraw draw = new WeightedDraw(5);
    assertEquals(0.0, draw.sum());
    assertEquals(0, draw.pick(0));
    draw.weights()[1] = -1;
    draw.weights()[3] = 2;
    draw.sum();
    assertSameAsWalk(draw, 0.5);
    assertSameAsWalk(draw, 1.5);
  }
}
