package org.liaison.net.server;

/** One client's connection: where to send, the seat it joined, and its message rate. */
final class Connection {
  final Outbox outbox;
  /** Set on the engine's thread when the join is accepted. */
  volatile Seat seat;
  volatile String participant;
  /** The language its participant reads, as a key of {@link ScenarioLanguages}; null for the scenario's own. */
  volatile String language;
  private long windowStart;
  private int inWindow;
  private boolean warned;

  Connection(Outbox outbox) {
    this.outbox = outbox;
  }

  /** A seat's view in one language: what one picture sends to every connection with the same. */
  record View(Seat seat, String language) {}

  View view() {
    return new View(seat, language);
  }

  /**
   * Counts a message; false if it is over the rate in this second. Only the first refusal of a
   * second is reported, so a flood gets one error, not one per message.
   */
  synchronized Rate count(long nowNanos, int perSecond) {
    if (nowNanos - windowStart >= 1_000_000_000L) {
      windowStart = nowNanos;
      inWindow = 0;
      warned = false;
    }
    inWindow++;
    if (inWindow <= perSecond) {
      return Rate.OK;
    }
    if (warned) {
      return Rate.SILENT;
    }
    warned = true;
    return Rate.OVER;
  }

  /** Whether a message is within the rate, over it (report), or over it again (drop silently). */
  enum Rate { OK, OVER, SILENT }
}
