package org.liaison.scenario;

/** What a unit does; troops and police protect, observers only watch and report. */
public enum UnitRole { TROOPS, POLICE, OBSERVERS, CIVILIAN_STAFF, FIGHTERS, GUARDS }
