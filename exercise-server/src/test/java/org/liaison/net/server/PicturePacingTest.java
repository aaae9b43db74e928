package org.liaison.net.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PicturePacingTest {
  private static final long MS = 1_000_000L;
  private static final long INTERVAL = PicturePacing.FASTEST_TICK_PICTURE_NANOS;
  private static final double FASTEST = 0;

  /** Runs the clock at the fastest speed for {@code nanos}, a tick every {@code tickNanos}; returns the pictures sent. */
  private static int tickAlone(PicturePacing pacing, long from, long nanos, long tickNanos) {
    int pictures = 0;
    for (long now = from; now < from + nanos; now += tickNanos) {
      if (pacing.due(now, false, true, FASTEST, false)) {
        pacing.sent(now);
        pictures++;
      }
    }
    return pictures;
  }

  @Test
  void atTheFastestSpeedTicksAloneMakeAtMostOnePicturePerInterval() {
    PicturePacing pacing = new PicturePacing();
    pacing.sent(0);
    long second = 1_000 * MS;
    int pictures = tickAlone(pacing, 1, second, MS / 4);
    assertEquals(second / INTERVAL - 1, pictures,
        "4000 ticks in the second after a picture, a picture each interval after it (100, 200 ... 900 ms)");
    assertTrue(INTERVAL <= 100 * MS, "what the ticks changed reaches the seats within a tenth of a second");
  }

  @Test
  void aPictureAfterAnActGoesOutAtOnceWhateverTheLastOne() {
    PicturePacing pacing = new PicturePacing();
    pacing.sent(0);
    assertFalse(pacing.due(MS, false, true, FASTEST, false), "a tick alone just after a picture waits");
    assertTrue(pacing.due(MS, true, false, FASTEST, false), "an act does not");
    assertTrue(pacing.due(MS, true, true, FASTEST, false), "nor an act in the same pass as a tick");
    pacing.sent(MS);
    assertTrue(pacing.due(MS + 1, true, false, FASTEST, false), "nor one right after the act before");
  }

  @Test
  void anActsPictureDoesNotPutOffTheTicksPictureBeyondTheInterval() {
    PicturePacing pacing = new PicturePacing();
    pacing.sent(0);
    pacing.sent(60 * MS);
    assertFalse(pacing.due(100 * MS, false, true, FASTEST, false));
    assertTrue(pacing.due(160 * MS, false, true, FASTEST, false), "the interval counts from the last picture of any kind");
  }

  @Test
  void whereTheClockStopsThePictureGoesOutAtOnce() {
    PicturePacing pacing = new PicturePacing();
    pacing.sent(0);
    assertTrue(pacing.due(MS, false, true, FASTEST, true), "a decision point, a pause or the end is shown at once");
  }

  @Test
  void atASetSpeedEveryTickMakesAPicture() {
    PicturePacing pacing = new PicturePacing();
    pacing.sent(0);
    for (long now = MS; now < 100 * MS; now += 21 * MS) {
      assertTrue(pacing.due(now, false, true, 48, false), "48 hours a second: every hour is shown");
      pacing.sent(now);
    }
  }

  @Test
  void nothingChangedMakesNoPictureButTheFirstIsAlwaysDue() {
    PicturePacing pacing = new PicturePacing();
    assertTrue(pacing.due(0, false, false, FASTEST, false));
    pacing.sent(0);
    assertFalse(pacing.due(10 * INTERVAL, false, false, FASTEST, false));
    assertFalse(pacing.due(10 * INTERVAL, false, false, 1, false));
  }
}
