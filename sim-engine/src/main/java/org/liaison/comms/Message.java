package org.liaison.comms;

/**
 * A message in flight from one actor to another over a channel.
 *
 * @param subject what the message refers to (an attack or delivery number), or -1
 */
public record Message(long id, MessageKind kind, int from, int to, int channel, long sentAt,
    long dueAt, boolean misunderstood, long subject) {}
