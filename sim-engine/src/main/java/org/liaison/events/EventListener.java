package org.liaison.events;

/** Receives the engine's events in the order they happen. */
@FunctionalInterface
public interface EventListener {
  void on(EngineEvent event);
}
