package org.liaison.scenario;

/** The three kinds of MSEL entry. */
public enum InjectType {
  /** Fires at its scenario time. */
  INJECT,
  /** Fires when its trigger condition first becomes true. */
  CONTINGENCY,
  /** Not a message: an action the trainees are expected to take, checked by time. */
  EXPECTED_ACTION
}
