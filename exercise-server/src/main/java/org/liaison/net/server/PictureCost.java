package org.liaison.net.server;

/**
 * What the pictures sent to the seats cost the engine's thread: its CPU time from the engine's
 * snapshot to the last seat's filtered view, summed over every picture (serialising them is the
 * writer thread's, see {@link PictureWriter}). The engine's thread holds the clock while it builds
 * them, so this is the part of an act's latency that holds every other act up.
 *
 * @param pictures pictures built (one per change, for every seat at once)
 * @param views seat views filtered (one per occupied seat and picture)
 * @param cpuNanos CPU time of the engine's thread spent on them
 */
public record PictureCost(long pictures, long views, long cpuNanos) {
  /** CPU milliseconds per picture, or NaN before the first. */
  public double cpuMillisPerPicture() {
    return pictures == 0 ? Double.NaN : cpuNanos / 1e6 / pictures;
  }

  /** Adds up pictures on the engine's thread; read from any thread. */
  static final class Counter {
    private volatile PictureCost total = new PictureCost(0, 0, 0);

    /** Called by the engine's thread alone. */
    void add(int views, long cpuNanos) {
      PictureCost t = total;
      total = new PictureCost(t.pictures() + 1, t.views() + views, t.cpuNanos() + cpuNanos);
    }

    PictureCost get() {
      return total;
    }
  }
}
