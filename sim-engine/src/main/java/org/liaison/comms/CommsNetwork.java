package org.liaison.comms;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.liaison.events.EngineEvent;
import org.liaison.events.EventBus;
import org.liaison.scenario.Medium;

/**
 * Channels between actors and hubs and the messages in flight on them.
 *
 * <p>Endpoints are indices: actors first, then hubs. A message from actor a to actor b travels on
 * a channel joining them, or on a channel from a to a hub b belongs to (the hub relays it). The
 * route with the lowest latency wins, ties going to the channel declared first.
 */
public final class CommsNetwork {

  /** What the network needs from the world it runs in. */
  public interface World {
    boolean languageBarrier(int fromActor, int toActor);

    boolean hubHasMember(int hub, int actor);

    /** Endpoint id (actor or hub) for events. */
    String endpointId(int endpoint);

    /** The faction that would intercept a message, or -1 if none is active. */
    int interceptor();

    /** Called when a message reaches its receiver (misunderstood or not). */
    void delivered(Message message, long tick);

    /** Called when a message is intercepted. */
    void intercepted(Message message, int interceptor, long tick);
  }

  private final World world;
  private final MersenneTwisterFast random;
  private final EventBus bus;
  private final double barrierDelayHours;
  private final double misunderstandingProbability;
  private final List<ChannelState> channels = new ArrayList<>();
  private final List<List<ChannelState>> byEndpoint = new ArrayList<>();
  private final PriorityQueue<Message> inFlight = new PriorityQueue<>((a, b) -> {
    int c = Long.compare(a.dueAt(), b.dueAt());
    return c != 0 ? c : Long.compare(a.id(), b.id());
  });
  private long nextMessageId = 1;

  public CommsNetwork(World world, MersenneTwisterFast random, EventBus bus, int endpoints,
      double barrierDelayHours, double misunderstandingProbability) {
    this.world = world;
    this.random = random;
    this.bus = bus;
    this.barrierDelayHours = barrierDelayHours;
    this.misunderstandingProbability = misunderstandingProbability;
    for (int i = 0; i < endpoints; i++) {
      byEndpoint.add(new ArrayList<>());
    }
  }

  /** Adds a channel and returns it. */
  public ChannelState add(String id, int from, int to, Medium medium, double latencyHours,
      double reliability, int capacityPerHour, double interception, boolean bidirectional) {
    ChannelState c = new ChannelState(channels.size(), id, from, to, medium, latencyHours,
        reliability, capacityPerHour, interception, bidirectional);
    channels.add(c);
    byEndpoint.get(from).add(c);
    if (to != from) {
      byEndpoint.get(to).add(c);
    }
    return c;
  }

  public List<ChannelState> channels() {
    return java.util.Collections.unmodifiableList(channels);
  }

  public ChannelState byId(String id) {
    for (ChannelState c : channels) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    return null;
  }

  /** Whether a channel of this medium already joins the two endpoints directly. */
  public boolean hasDirect(int a, int b, Medium medium) {
    for (ChannelState c : byEndpoint.get(a)) {
      if ((c.joins(a, b) || c.joins(b, a)) && (medium == null || c.medium == medium)) {
        return true;
      }
    }
    return false;
  }

  /** The best channel for a message from actor a to actor b, or null if there is none. */
  public ChannelState route(int a, int b) {
    ChannelState best = null;
    for (ChannelState c : byEndpoint.get(a)) {
      int other = c.otherEnd(a);
      if (other < 0) {
        continue;
      }
      boolean reaches = other == b || world.hubHasMember(other, b);
      if (reaches && (best == null || c.latencyHours < best.latencyHours)) {
        best = c;
      }
    }
    return best;
  }

  /** Takes a channel down until the given tick. */
  public void takeDown(ChannelState channel, long untilTick) {
    channel.downUntil = Math.max(channel.downUntil, untilTick);
  }

  /**
   * Sends a message from actor a to actor b on the best route. Returns false if no route exists
   * (nothing is sent and no event published).
   */
  public boolean send(MessageKind kind, int a, int b, long subject, long tick) {
    ChannelState c = route(a, b);
    if (c == null) {
      return false;
    }
    long id = nextMessageId++;
    boolean barrier = world.languageBarrier(a, b);
    String from = world.endpointId(a);
    String to = world.endpointId(b);
    bus.publish(new EngineEvent.MessageSent(tick, id, kind.name(), from, to, c.id, barrier));
    if (c.downAt(tick)) {
      bus.publish(new EngineEvent.MessageLost(tick, id, kind.name(), from, to, "channel down"));
      return true;
    }
    if (!random.nextBoolean(c.reliability)) {
      bus.publish(new EngineEvent.MessageLost(tick, id, kind.name(), from, to, "unreliable channel"));
      return true;
    }
    if (c.loadTick != tick) {
      c.loadTick = tick;
      c.load = 0;
    }
    long queueHours = c.load / c.capacityPerHour;
    c.load++;
    double latency = c.latencyHours + queueHours;
    boolean misunderstood = false;
    if (barrier) {
      latency += barrierDelayHours;
      misunderstood = random.nextBoolean(misunderstandingProbability);
    }
    long due = tick + Math.max(1L, Math.round(latency));
    Message m = new Message(id, kind, a, b, c.index, tick, due, misunderstood, subject);
    if (c.interception > 0 && random.nextBoolean(c.interception)) {
      int faction = world.interceptor();
      if (faction >= 0) {
        bus.publish(new EngineEvent.MessageIntercepted(tick, id, kind.name(), from, to,
            world.endpointId(faction)));
        world.intercepted(m, faction, tick);
      }
    }
    inFlight.add(m);
    return true;
  }

  /** Delivers every message due at or before tick, in due order then sending order. */
  public void deliver(long tick) {
    while (!inFlight.isEmpty() && inFlight.peek().dueAt() <= tick) {
      Message m = inFlight.poll();
      String from = world.endpointId(m.from());
      String to = world.endpointId(m.to());
      bus.publish(new EngineEvent.MessageDelivered(tick, m.id(), m.kind().name(), from, to,
          tick - m.sentAt()));
      if (m.misunderstood()) {
        bus.publish(new EngineEvent.MessageMisunderstood(tick, m.id(), m.kind().name(), from, to));
      }
      world.delivered(m, tick);
    }
  }

  /** The messages in flight, in sending order; a copy, so reading it changes nothing. */
  public List<Message> inFlight() {
    List<Message> list = new ArrayList<>(inFlight);
    list.sort(java.util.Comparator.comparingLong(Message::id));
    return list;
  }

  public int inFlightCount() {
    return inFlight.size();
  }
}
