package org.liaison.net.server;

/**
 * When the engine's thread sends the seats a new picture. A picture that follows an act (a seat's
 * action, choice or end of an arrangement, a control act, a join) goes out at once, and so does
 * one where the clock stops (a decision point, a pause, the end). At a set speed every tick makes
 * a picture, since control chose how fast the hours pass and the seats follow each one (the
 * speeds offered tick at most 48 times a second).
 *
 * <p>At the fastest speed the clock ticks as fast as the engine can, far faster than anyone can
 * read, so a picture made for ticks alone goes out at most once per {@link #FASTEST_TICK_PICTURE_NANOS}:
 * ten a second, which a person sees as the clock running on (the trainer's screen draws at most
 * one picture per frame anyway), while what the ticks changed reaches every seat within the
 * tenth of a second in which a change feels immediate. The ticks in between lose nothing: the
 * next picture shows the state they left. Seats' acts are never held back by it.
 */
final class PicturePacing {
  /** Shortest interval between two pictures made for ticks alone at the fastest speed. */
  static final long FASTEST_TICK_PICTURE_NANOS = 100_000_000L;

  private long lastPicture;
  private boolean sentAny;

  /**
   * Whether a picture is due now.
   *
   * @param now the time, in {@link System#nanoTime()}'s units
   * @param acted whether any message was applied since the last picture
   * @param ticked whether the clock moved since the last picture
   * @param speed simulated hours per real second, 0 or less for the fastest
   * @param clockStopped whether the clock is not running now (paused, at a decision point, ended)
   */
  boolean due(long now, boolean acted, boolean ticked, double speed, boolean clockStopped) {
    if (!sentAny || acted) {
      return true;
    }
    if (!ticked) {
      return false;
    }
    return speed > 0 || clockStopped || now - lastPicture >= FASTEST_TICK_PICTURE_NANOS;
  }

  /** Notes that a picture went out at {@code now}. */
  void sent(long now) {
    lastPicture = now;
    sentAny = true;
  }
}
