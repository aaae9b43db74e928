package org.liaison.events;

import java.util.ArrayList;
import java.util.List;

/** The one channel through which the engine publishes its events, in subscription order. */
public final class EventBus {
  private final List<EventListener> listeners = new ArrayList<>();
  private EventListener[] snapshot = new EventListener[0];

  public void subscribe(EventListener listener) {
    listeners.add(listener);
    snapshot = listeners.toArray(new EventListener[0]);
  }

  public void publish(EngineEvent event) {
    for (EventListener listener : snapshot) {
      listener.on(event);
    }
  }

  public boolean hasListeners() {
    return snapshot.length > 0;
  }
}
