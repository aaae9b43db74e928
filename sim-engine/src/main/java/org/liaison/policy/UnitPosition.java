package org.liaison.policy;

/**
 * Where one of the mission's units is, as its commander knows it.
 *
 * @param zone the zone it is in, or null while it moves
 * @param station the zone it is based in and returns to
 * @param destination the zone it is heading for, or null while it stays
 */
public record UnitPosition(String id, String zone, String station, String destination) {}
