package org.liaison.net.server;

import org.liaison.net.protocol.SeatKind;

/**
 * A seat of the exercise and the code that opens it.
 *
 * @param name the role id, {@code observer} or {@code control}
 * @param role the role it acts for, or null
 * @param order its place in the seat order that breaks ties between simultaneous acts (roles in
 *     scenario order first, then control, then observers)
 * @param code the join code that opens it and nothing else
 */
record Seat(String name, SeatKind kind, String role, int order, String code) {
  /** Whether several participants may sit in it at once (observers and the control cell). */
  boolean shared() {
    return kind != SeatKind.ROLE;
  }
}
