package org.liaison.ui.app;

import org.liaison.scenario.CoordinationAction;

/**
 * A standing arrangement the mission has made (a liaison officer posted, interpreters hired, an
 * alert network, an escort, a partnership), which keeps costing its staff-hours every day.
 *
 * @param role who ordered it ("policy" for the doctrine, a role id otherwise)
 * @param since the tick it was taken
 * @param perDay staff-hours it costs each day
 */
public record Commitment(CoordinationAction action, String role, long since, double perDay) {}
