package org.liaison.policy;

import org.liaison.scenario.Task;

/** A request an actor made to the mission, waiting for an answer. */
public record PendingRequest(String actor, Task task, long tick) {}
