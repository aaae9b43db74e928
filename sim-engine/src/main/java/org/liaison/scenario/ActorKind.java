package org.liaison.scenario;

/** The kinds of actor the model represents. */
public enum ActorKind {
  PEACEKEEPING_UNIT,
  INTERNATIONAL_ORGANISATION,
  NGO,
  COMMUNITY_GROUP,
  ARMED_FACTION,
  PRIVATE_SECURITY,
  LOCAL_AUTHORITY,
  /** Host-state army, gendarmerie or police: they patrol, deter and can abuse; support to them is conditioned on human rights due diligence. */
  STATE_FORCES
}
