package org.liaison.comms;

/** What a message is about. */
public enum MessageKind {
  EARLY_WARNING, SITUATION_REPORT, REQUEST, MOVEMENT_NOTIFICATION, COORDINATION_MEETING, RUMOUR,
  /** The mission's answer to a message an actor sent it. */
  REPLY
}
