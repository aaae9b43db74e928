package org.liaison.net.protocol;

/** What a join code opens. */
public enum SeatKind {
  /** A trainee role: sees what the role knows, acts and chooses in its name. */
  ROLE,
  /** Sees the whole picture and acts on nothing. */
  OBSERVER,
  /** The exercise-control cell: the whole picture, every seat, and the control acts. */
  CONTROL
}
