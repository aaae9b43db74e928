package org.liaison.scenario;

/** The kind of place a zone is; it affects only how the map draws it. */
public enum ZoneKind { VILLAGE, TOWN, DISTRICT, CAMP, ROAD, BASE }
