package org.liaison.scenario;

/** Principles that constrain what coordination an actor accepts. */
public enum Principle {
  /** Refuses armed escorts and shared convoys with the military. */
  REFUSES_ARMED_ESCORT,
  /** Does not pass information that could serve military operations. */
  NO_INTELLIGENCE_SHARING,
  /** Keeps visible distance from all parties; association harms its acceptance. */
  NEUTRALITY,
  /** Delivers by need alone, not by political priority. */
  IMPARTIALITY,
  /** Decides its own operations; refuses tasking. */
  INDEPENDENCE
}
