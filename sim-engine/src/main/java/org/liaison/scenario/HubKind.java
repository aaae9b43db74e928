package org.liaison.scenario;

/** Kinds of coordination hub. */
public enum HubKind { CIMIC_CELL, ALERT_NETWORK, FORUM, DATA_PLATFORM }
