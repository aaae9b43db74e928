package org.liaison.exercise;

import org.liaison.comms.ChannelCondition;
import org.liaison.scenario.Medium;

/**
 * A channel of a running exercise: the scenario's and those opened since, with how it works now.
 *
 * @param from endpoint (actor or hub) id
 * @param to endpoint (actor or hub) id
 */
public record ChannelView(String id, String from, String to, Medium medium, ChannelCondition condition) {}
