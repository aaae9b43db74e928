package org.liaison.scenario;

/** The kind of place a zone is: how the map draws it, and CAMP zones receive people who flee. */
public enum ZoneKind { VILLAGE, TOWN, DISTRICT, CAMP, ROAD, BASE }
