package org.liaison.scenario;

/** Tasks an actor may perform, as granted by its mandate. */
public enum Task {
  PROTECT_CIVILIANS,
  PATROL,
  ESCORT,
  MONITOR,
  DELIVER_AID,
  MEDIATE,
  SHARE_INTELLIGENCE,
  GOVERN,
  TRAIN,
  ATTACK,
  GUARD
}
